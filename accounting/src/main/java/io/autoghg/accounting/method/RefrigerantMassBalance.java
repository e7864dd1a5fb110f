package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Refrigerant mass balance (methodology §2, GHG Protocol HFC tool): E = stockStart − stockEnd +
 * purchased − disposed + retiredEquipmentCharge − newEquipmentCharge. Uncertainty by the sum rule.
 */
final class RefrigerantMassBalance implements CalculationMethod {
    static final Set<String> ITEMS = Set.of("stockStart", "stockEnd", "purchased", "disposed",
            "retiredEquipmentCharge", "newEquipmentCharge");

    @Override
    public String name() {
        return "refrigerant mass balance";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(ITEMS);
        Gas gas = GasChoice.of(ctx);
        List<ActivityTotal> added = new ArrayList<>();
        List<ActivityTotal> subtracted = new ArrayList<>();
        take(ctx, "stockStart", "refrigerant in stock at the start", added);
        take(ctx, "stockEnd", "refrigerant in stock at the end", subtracted);
        take(ctx, "purchased", "refrigerant purchased", added);
        take(ctx, "disposed", "refrigerant disposed of or returned", subtracted);
        take(ctx, "retiredEquipmentCharge", "charge of retired equipment", added);
        take(ctx, "newEquipmentCharge", "charge of new equipment", subtracted);
        BigDecimal released = added.stream().map(ActivityTotal::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                .subtract(subtracted.stream().map(ActivityTotal::value).reduce(BigDecimal.ZERO, BigDecimal::add));
        ctx.trace().step(gas.label(), "released = stockStart − stockEnd + purchased − disposed"
                + " + retiredEquipmentCharge − newEquipmentCharge", released, "t");
        ctx.replaceActivityUncertaintyBySum("activity (mass balance)", added, subtracted, released);
        if (released.signum() < 0) {
            ctx.trace().note("the balance is negative (" + released.toPlainString()
                    + " t): stock or purchase data are incomplete; emission set to 0, check the stock records");
            released = BigDecimal.ZERO;
        }
        return new MethodOutcome().emit(gas, released);
    }

    private static void take(MethodContext ctx, String item, String description, List<ActivityTotal> into) {
        if (ctx.has(item)) {
            into.add(ctx.total(item, description, Units.T));
        }
    }
}
