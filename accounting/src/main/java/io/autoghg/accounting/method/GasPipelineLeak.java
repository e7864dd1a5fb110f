package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Natural-gas pipeline leaks (catalogue: leaked volume × factor): CH4 = V × emissionFactorCH4
 * (default ρ(CH4) = 0.717 kg/Nm3, i.e. the leaked gas taken as methane), CO2 = V × emissionFactorCO2
 * when given.
 */
final class GasPipelineLeak implements CalculationMethod {

    @Override
    public String name() {
        return "gas pipeline leak";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(Set.of(""));
        BigDecimal volume = ctx.total("", "natural gas leaked", Units.NM3).value();
        MethodOutcome outcome = new MethodOutcome();
        BigDecimal ch4 = volume.multiply(ctx.parameterIn("emissionFactorCH4", Units.parse("t/Nm3")));
        ctx.trace().step("CH4", "CH4 = leaked volume × emissionFactorCH4", ch4, "t");
        outcome.emit(Gas.CH4, ch4);
        Optional<ResolvedParameter> co2Factor = ctx.optionalParameter("emissionFactorCO2");
        if (co2Factor.isPresent()) {
            BigDecimal co2 = volume.multiply(ctx.valueIn(co2Factor.get(), Units.parse("t/Nm3")));
            ctx.trace().step("CO2", "CO2 = leaked volume × emissionFactorCO2", co2, "t");
            outcome.emit(Gas.CO2, co2);
        }
        return outcome;
    }
}
