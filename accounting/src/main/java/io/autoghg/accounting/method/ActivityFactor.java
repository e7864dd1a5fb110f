package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.unit.Dimension;
import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Scope 3 distance- or activity-based factors (methodology §2): emission = activity (t·km, p·km,
 * km, kWh, …) × emissionFactor. A factor in CO2e (kgCO2e/t.km) gives CO2e directly; a factor in CO2
 * mass gives CO2. Storage sources default to the grid factor for their electricity use.
 */
final class ActivityFactor implements CalculationMethod {

    @Override
    public String name() {
        return "activity × factor";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(Set.of(""));
        ResolvedParameter factor = ctx.parameter("emissionFactor",
                "emission factor per unit of activity, e.g. \"0.1 kgCO2e/t.km\" from the carrier or a recognised database");
        Unit unit = factor.value().unit();
        boolean inCo2e = unit.numerator() == Dimension.CO2E_MASS;
        if (!unit.isRatio() || !(inCo2e || unit.numerator() == Dimension.MASS)) {
            throw ctx.problem("parameters.emissionFactor", "emissionFactor = " + factor.value()
                    + " must be CO2 or CO2e per unit of activity, e.g. kgCO2e/t.km or tCO2/MWh");
        }
        Unit activityUnit = Formula.denominator(unit);
        BigDecimal perUnit = ctx.valueIn(factor, Units.parse((inCo2e ? Units.TCO2E : Units.T).symbol() + "/" + activityUnit.symbol()));
        BigDecimal activity = ctx.total("", "activity", activityUnit).value();
        BigDecimal emission = activity.multiply(perUnit);
        Gas gas = inCo2e ? Gas.CO2E : Gas.CO2;
        ctx.trace().step(gas.label(), gas.label() + " = activity × emission factor", emission, "t");
        return new MethodOutcome().emit(gas, emission);
    }
}
