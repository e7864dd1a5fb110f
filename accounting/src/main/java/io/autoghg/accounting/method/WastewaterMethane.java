package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wastewater CH4 (methodology §2, IPCC 2006 Vol. 5 Ch. 6): CH4 = (TOW − S) × Bo × MCF − R, with TOW
 * the COD removed (item "cod", or the main input), S the COD leaving with sludge (item "sludge")
 * and R the CH4 recovered (item "recovered"). Bo defaults to 0.25 kg CH4/kg COD; MCF depends on the
 * treatment system and has no default.
 */
final class WastewaterMethane implements CalculationMethod {

    @Override
    public String name() {
        return "wastewater CH4";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(Set.of("", "cod", "sludge", "recovered"));
        List<ActivityTotal> organics = new ArrayList<>();
        for (String item : new String[] {"", "cod"}) {
            if (ctx.has(item)) {
                organics.add(ctx.total(item, "COD removed (TOW)", Units.KG));
            }
        }
        BigDecimal tow = organics.stream().map(ActivityTotal::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ActivityTotal> sludgeTotals = ctx.has("sludge")
                ? List.of(ctx.total("sludge", "COD removed with sludge (S)", Units.KG)) : List.of();
        BigDecimal sludge = sludgeTotals.stream().map(ActivityTotal::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        ctx.replaceActivityUncertaintyBySum("activity (TOW − S)", organics, sludgeTotals, tow.subtract(sludge));
        BigDecimal recovered = ctx.has("recovered") ? ctx.total("recovered", "CH4 recovered (R)", Units.KG).value() : BigDecimal.ZERO;
        BigDecimal bo = ctx.parameterIn("bo", Units.FRACTION);
        BigDecimal mcf = ctx.valueIn(ctx.parameter("mcf",
                "methane correction factor of the treatment system, IPCC 2006 Vol. 5 Ch. 6 Table 6.3"), Units.FRACTION);
        BigDecimal ch4Kg = Formula.times(tow.subtract(sludge), bo, mcf).subtract(recovered);
        ctx.trace().step("CH4", "CH4 = (TOW − S) × Bo × MCF − R", ch4Kg, "kg");
        if (ch4Kg.signum() < 0) {
            ctx.trace().note("recovered CH4 exceeds generated CH4; emission set to 0");
            ch4Kg = BigDecimal.ZERO;
        }
        return new MethodOutcome().emit(Gas.CH4_NON_FOSSIL, ch4Kg.movePointLeft(3));
    }
}
