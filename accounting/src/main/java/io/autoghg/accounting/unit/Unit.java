package io.autoghg.accounting.unit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A unit of measure: a simple unit (numerator only) or a ratio numerator/denominator.
 * {@code scale} turns a value in this unit into the canonical unit of its dimension(s),
 * e.g. kWh has scale 0.0036 (GJ), kg/L has scale 1 (t/m3).
 * Ratios of one dimension over itself (kg/kg, %) are dimensionless.
 */
public record Unit(String symbol, Dimension numerator, Dimension denominator, BigDecimal scale) {

    public Unit {
        Objects.requireNonNull(symbol);
        Objects.requireNonNull(numerator);
        Objects.requireNonNull(scale);
    }

    public static Unit simple(String symbol, Dimension dimension, String scale) {
        return new Unit(symbol, dimension, null, new BigDecimal(scale));
    }

    public boolean isRatio() {
        return denominator != null;
    }

    public boolean isDimensionless() {
        return numerator == Dimension.DIMENSIONLESS && denominator == null;
    }

    /** True when a value in this unit can be converted to {@code other} without further data. */
    public boolean sameDimensionAs(Unit other) {
        return numerator == other.numerator && denominator == other.denominator;
    }

    /** The unit that a quantity of the denominator's dimension becomes when multiplied by this ratio. */
    public String dimensionText() {
        return isRatio() ? numerator.describe() + " per " + denominator.describe() : numerator.describe();
    }

    @Override
    public String toString() {
        return symbol;
    }
}
