package io.autoghg.accounting.unit;

import java.math.BigDecimal;
import java.util.Objects;

/** A decimal value with its unit. */
public record Quantity(BigDecimal value, Unit unit) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String value, String unit) {
        return new Quantity(new BigDecimal(value), Units.parse(unit));
    }

    public static Quantity of(BigDecimal value, Unit unit) {
        return new Quantity(value, unit);
    }

    /** The value expressed in {@code target}, which must have the same dimension. */
    public BigDecimal in(Unit target) {
        return Units.convert(value, unit, target);
    }

    public Quantity to(Unit target) {
        return new Quantity(in(target), target);
    }

    public boolean isDimension(Dimension dimension) {
        return unit.numerator() == dimension && unit.denominator() == null;
    }

    @Override
    public String toString() {
        return value.toPlainString() + (unit.isDimensionless() && unit.symbol().equals("1") ? "" : " " + unit.symbol());
    }
}
