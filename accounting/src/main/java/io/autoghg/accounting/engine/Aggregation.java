package io.autoghg.accounting.engine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;

/** Totals in tCO2e by source type, gas, scope, Scope 3 category, ISO category, organisational unit and month. */
public record Aggregation(Map<String, BigDecimal> bySourceType, Map<String, BigDecimal> byGasTco2e,
                          Map<String, BigDecimal> byGasMassT, Map<String, BigDecimal> byScope,
                          Map<String, BigDecimal> byScope3Category, Map<Integer, BigDecimal> byIsoCategory,
                          Map<String, BigDecimal> byOrgUnit, SortedMap<YearMonth, BigDecimal> byMonth) {
}
