package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.Set;

/**
 * Refrigerant screening (methodology §2, IPCC 2006 Vol. 3 Ch. 7 Table 7.9): E = installed charge ×
 * annual leak rate, pro rata for the share of the year each charge row covers.
 */
final class RefrigerantScreening implements CalculationMethod {
    /** The installed charge is a level, not a flow: its rows are never prorated, only weighted by days. */
    static final String ITEM = "charge";

    @Override
    public String name() {
        return "refrigerant screening";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(Set.of(ITEM));
        Gas gas = GasChoice.of(ctx);
        String item = ITEM;
        BigDecimal leakRate = ctx.valueIn(ctx.parameter("leakRate",
                "annual leak rate, IPCC 2006 Vol. 3 Ch. 7 Table 7.9: chillers 2–15 %/yr, commercial AC 1–10 %/yr"), Units.FRACTION);
        ActivityTotal charge = ctx.total(item, "installed charge", Units.T);
        BigDecimal chargeYears = BigDecimal.ZERO;
        for (ActivityRow row : ctx.rows(item)) {
            BigDecimal share = BigDecimal.valueOf(row.days()).divide(BigDecimal.valueOf(row.start().lengthOfYear()), Units.MATH);
            chargeYears = chargeYears.add(row.quantity().in(Units.T).multiply(share));
        }
        ctx.trace().step("charge-years", "Σ charge × (days covered / days in year)", chargeYears, "t·yr");
        BigDecimal released = chargeYears.multiply(leakRate);
        ctx.trace().step(gas.label(), "released = charge-years × leak rate (" + charge.rows().size() + " row range(s))",
                released, "t");
        return new MethodOutcome().emit(gas, released);
    }
}
