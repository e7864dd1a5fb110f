package io.autoghg.accounting.method;

import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.Collection;

/** Uncertainties combined in quadrature (methodology §7): √(Σxᵢ²), used by the product and the sum rule. */
public final class Quadrature {
    private Quadrature() {
    }

    /** √(Σxᵢ²) over the given terms; null when there are none (no uncertainty known). */
    public static BigDecimal root(Collection<BigDecimal> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal term : terms) {
            sum = sum.add(term.multiply(term));
        }
        return sum.sqrt(Units.MATH);
    }
}
