package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.Set;

/** CO2 shielding gas (methodology §2): CO2 = mass of gas consumed × purity; Nm3 through ρ(CO2) = 1.977 kg/Nm3. */
final class Co2ShieldingGas implements CalculationMethod {

    @Override
    public String name() {
        return "CO2 shielding gas";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(Set.of(""));
        BigDecimal mass = ctx.total("", "CO2 shielding gas consumed", Units.T, "density").value();
        BigDecimal purity = ctx.parameterIn("purity", Units.FRACTION);
        BigDecimal co2 = mass.multiply(purity);
        ctx.trace().step("CO2", "CO2 = gas consumed × purity (the gas leaves the torch as CO2)", co2, "t");
        return new MethodOutcome().emit(Gas.CO2, co2);
    }
}
