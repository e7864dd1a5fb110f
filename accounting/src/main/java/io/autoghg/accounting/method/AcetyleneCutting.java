package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Acetylene cutting (methodology §2): C2H2 + 2.5 O2 → 2 CO2 + H2O, so CO2 = m(C2H2) × 2 × 44.01 / 26.04;
 * volumes through ρ(C2H2) = 1.17 kg/Nm3.
 */
final class AcetyleneCutting implements CalculationMethod {
    static final BigDecimal CO2_PER_C2H2 = new BigDecimal("88.02").divide(new BigDecimal("26.04"), Units.MATH);

    @Override
    public String name() {
        return "acetylene cutting";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(Set.of(""));
        BigDecimal mass = ctx.total("", "acetylene consumed", Units.T, "density").value();
        BigDecimal co2 = mass.multiply(CO2_PER_C2H2, Units.MATH);
        ctx.trace().step("CO2", "CO2 = C2H2 × 2 × 44.01 / 26.04 (stoichiometric, complete combustion)", co2, "t");
        return new MethodOutcome().emit(Gas.CO2, co2);
    }
}
