package io.autoghg.accounting.method;

import io.autoghg.accounting.unit.Dimension;
import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;

/** Small arithmetic helpers shared by the methods; all exact decimal arithmetic. */
final class Formula {
    static final BigDecimal CO2_PER_C = new BigDecimal("44").divide(new BigDecimal("12"), Units.MATH);
    static final BigDecimal THOUSAND = new BigDecimal("1000");

    private Formula() {
    }

    /** The canonical unit of a dimension, e.g. Nm3 for normal volume. */
    static Unit canonical(Dimension dimension) {
        return Units.parse(dimension.canonicalSymbol());
    }

    /** A ratio unit "numerator per canonical denominator", e.g. t/Nm3. */
    static Unit per(Unit numerator, Dimension denominator) {
        return Units.parse(numerator.symbol() + "/" + denominator.canonicalSymbol());
    }

    /** The unit a ratio is "per", as written (MWh in tCO2/MWh), so that activity is summed in the factor's own unit. */
    static Unit denominator(Unit ratio) {
        String symbol = ratio.symbol();
        return Units.parse(symbol.substring(symbol.indexOf('/') + 1));
    }

    static BigDecimal times(BigDecimal... factors) {
        BigDecimal product = BigDecimal.ONE;
        for (BigDecimal factor : factors) {
            product = product.multiply(factor, Units.MATH);
        }
        return product;
    }
}
