package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Waste treatment (methodology §2): each gas = waste mass × that gas's factor (emissionFactorCO2,
 * emissionFactorCH4, emissionFactorN2O, e.g. from IPCC 2006 Vol. 5 or the treatment contractor).
 * CH4 from waste is of biological origin and counted as non-fossil methane.
 */
final class WasteTreatment implements CalculationMethod {
    private static final Map<String, Gas> FACTORS = Map.of(
            "emissionFactorCO2", Gas.CO2, "emissionFactorCH4", Gas.CH4_NON_FOSSIL, "emissionFactorN2O", Gas.N2O);

    @Override
    public String name() {
        return "waste treatment";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(Set.of(""));
        MethodOutcome outcome = new MethodOutcome();
        BigDecimal waste = null;
        for (String factorName : new String[] {"emissionFactorCO2", "emissionFactorCH4", "emissionFactorN2O"}) {
            Optional<ResolvedParameter> factor = ctx.optionalParameter(factorName);
            if (factor.isEmpty()) {
                continue;
            }
            if (waste == null) {
                waste = ctx.total("", "waste treated", Units.T).value();
            }
            BigDecimal perTonne = ctx.valueIn(factor.get(), Units.FRACTION);
            BigDecimal mass = waste.multiply(perTonne);
            Gas gas = FACTORS.get(factorName);
            ctx.trace().step(gas.label(), gas.label() + " = waste treated × " + factorName, mass, "t");
            outcome.emit(gas, mass);
        }
        if (waste == null) {
            throw ctx.problem("parameters.emissionFactorCO2", "waste treatment needs at least one of emissionFactorCO2, "
                    + "emissionFactorCH4, emissionFactorN2O (mass of gas per mass of waste, e.g. \"0.05 kg/t\")");
        }
        return outcome;
    }
}
