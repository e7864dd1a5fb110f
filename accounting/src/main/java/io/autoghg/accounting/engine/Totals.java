package io.autoghg.accounting.engine;

import java.math.BigDecimal;

/**
 * Plant totals in tCO2e. {@code total} = Scope 1 + Scope 2 location-based + Scope 3 (GHG Protocol,
 * exports not netted); {@code totalMarket} uses Scope 2 market-based; {@code gbt32150Total} is the
 * Chinese-guideline figure: Scope 1 + Scope 2 location-based − exported electricity × grid factor.
 */
public record Totals(BigDecimal total, BigDecimal scope1, BigDecimal scope2Location, BigDecimal scope2Market,
                     BigDecimal scope3, BigDecimal totalMarket, BigDecimal exportCredit, BigDecimal gbt32150Total,
                     BigDecimal memoHcfcT) {
}
