package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.Set;

/** Other fugitive releases (fire suppressants, SF6 switchgear): E = mass released; CO2e = E × GWP of the "gas". */
final class FugitiveRelease implements CalculationMethod {

    @Override
    public String name() {
        return "fugitive release";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(Set.of(""));
        Gas gas = GasChoice.of(ctx);
        BigDecimal released = ctx.total("", "mass released", Units.T).value();
        ctx.trace().step(gas.label(), "released = mass released (GWP applied with the plant's GWP set)", released, "t");
        return new MethodOutcome().emit(gas, released);
    }
}
