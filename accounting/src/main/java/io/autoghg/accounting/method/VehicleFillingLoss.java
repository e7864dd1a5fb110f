package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Refrigerant lost while filling new vehicles (methodology §2, IPCC 2006 Vol. 3 Ch. 7: assembly
 * loss 0.2–0.5 % of charge): E = refrigerant filled × loss rate.
 */
final class VehicleFillingLoss implements CalculationMethod {

    @Override
    public String name() {
        return "refrigerant filling loss";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(Set.of("", "filled"));
        Gas gas = GasChoice.of(ctx);
        BigDecimal filled = BigDecimal.ZERO;
        for (String item : new String[] {"", "filled"}) {
            if (ctx.has(item)) {
                filled = filled.add(ctx.total(item, "refrigerant filled into new vehicles", Units.T).value());
            }
        }
        BigDecimal lossRate = ctx.parameterIn("lossRate", Units.FRACTION);
        BigDecimal released = filled.multiply(lossRate);
        ctx.trace().step(gas.label(), "released = refrigerant filled × loss rate", released, "t");
        return new MethodOutcome().emit(gas, released);
    }
}
