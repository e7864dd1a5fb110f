package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Purchased electricity (methodology §2). Location-based: MWh × grid factor. Market-based: the
 * quantities covered by green certificates or green-power contracts (item "certified") count as
 * zero-carbon first; the rest is multiplied by the residual factor.
 */
final class ElectricityPurchase implements CalculationMethod {
    private static final Unit PER_MWH = Units.parse("tCO2/MWh");

    @Override
    public String name() {
        return "purchased electricity";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(Set.of("", "certified"));
        BigDecimal purchased = ctx.total("", "electricity purchased", Units.MWH).value();
        BigDecimal gridFactor = ctx.parameterIn("gridFactor", PER_MWH);
        BigDecimal location = purchased.multiply(gridFactor);
        ctx.trace().step("CO2 (location-based)", "CO2 = electricity purchased × grid factor", location, "t");

        BigDecimal certified = ctx.has("certified")
                ? ctx.total("certified", "electricity covered by green certificates / green-power contracts", Units.MWH).value()
                : BigDecimal.ZERO;
        // the certificates change only the market-based figure; the reported uncertainty is the location-based one's
        ctx.excludeFromUncertainty("certified");
        BigDecimal covered = certified.min(purchased);
        if (certified.compareTo(purchased) > 0) {
            ctx.trace().note("certified quantity exceeds purchases; only " + purchased.toPlainString()
                    + " MWh can be claimed, the excess is not carried over");
        }
        BigDecimal residual = purchased.subtract(covered);
        ctx.trace().step("residual electricity", "residual = purchased − certified (zero-carbon quantities first)", residual, "MWh");
        BigDecimal residualFactor = ctx.parameterIn("residualFactor", PER_MWH);
        BigDecimal market = residual.multiply(residualFactor);
        ctx.trace().step("CO2 (market-based)", "CO2 = residual electricity × residual factor", market, "t");
        return new MethodOutcome().emit(Gas.CO2, location).emitMarketBased(Gas.CO2, market)
                .metric("purchasedMWh", new Quantity(purchased, Units.MWH))
                .metric("certifiedMWh", new Quantity(covered, Units.MWH));
    }
}
