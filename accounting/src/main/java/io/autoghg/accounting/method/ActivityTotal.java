package io.autoghg.accounting.method;

import io.autoghg.accounting.unit.Units;
import io.autoghg.accounting.unit.Unit;
import java.math.BigDecimal;
import java.util.List;

/** The sum of one input's rows in one unit, with its absolute uncertainty (95 %) when known. */
public record ActivityTotal(String item, BigDecimal value, Unit unit, BigDecimal absoluteUncertainty, List<String> rows) {

    /** The same input expressed as another quantity (e.g. steam tonnes as GJ), keeping its relative uncertainty. */
    public ActivityTotal as(BigDecimal newValue, Unit newUnit) {
        BigDecimal relative = relativeUncertaintyPct();
        BigDecimal absolute = relative == null ? null : newValue.abs().multiply(relative).movePointLeft(2);
        return new ActivityTotal(item, newValue, newUnit, absolute, rows);
    }

    /** Relative uncertainty in percent; null when no row carried one. */
    public BigDecimal relativeUncertaintyPct() {
        if (absoluteUncertainty == null) {
            return null;
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return absoluteUncertainty.multiply(BigDecimal.valueOf(100)).divide(value.abs(), Units.MATH);
    }
}
