package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Purchased heat (methodology §2): CO2 = GJ × heat factor (default 0.11 tCO2/GJ). Heat in GJ is the
 * main input; steam in tonnes (item "steam") becomes GJ = m × (h − 83.74 kJ/kg) × 10⁻³ with its
 * enthalpy h (parameter "enthalpy", kJ/kg).
 */
final class PurchasedHeat implements CalculationMethod {
    static final BigDecimal FEED_WATER_ENTHALPY = new BigDecimal("83.74");

    @Override
    public String name() {
        return "purchased heat";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(Set.of("", "steam"));
        List<ActivityTotal> parts = new ArrayList<>();
        if (ctx.has("")) {
            parts.add(ctx.total("", "heat purchased", Units.GJ));
        }
        if (ctx.has("steam")) {
            ActivityTotal steam = ctx.total("steam", "steam purchased", Units.T);
            BigDecimal enthalpy = ctx.parameterIn("enthalpy", Units.parse("kJ/kg"));
            BigDecimal steamHeat = steam.value().multiply(enthalpy.subtract(FEED_WATER_ENTHALPY)).movePointLeft(3);
            ctx.trace().step("steam heat", "GJ = steam (t) × (enthalpy − 83.74 kJ/kg) × 10⁻³", steamHeat, "GJ");
            parts.add(steam.as(steamHeat, Units.GJ));
        }
        BigDecimal heat = parts.stream().map(ActivityTotal::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (parts.size() > 1) {
            ctx.replaceActivityUncertaintyBySum("activity (heat + steam)", parts, List.of(), heat);
        }
        BigDecimal co2 = heat.multiply(ctx.parameterIn("heatFactor", Units.parse("tCO2/GJ")));
        ctx.trace().step("CO2", "CO2 = heat × heat factor", co2, "t");
        return new MethodOutcome().emit(Gas.CO2, co2);
    }
}
