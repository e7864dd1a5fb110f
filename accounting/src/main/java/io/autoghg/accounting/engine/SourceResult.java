package io.autoghg.accounting.engine;

import io.autoghg.accounting.catalogue.Scope;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.trace.TraceEntry;
import io.autoghg.accounting.unit.Quantity;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The result of one source for the reporting year: gases, CO2e (location-based; market-based for
 * electricity), the GB/T 32150 export deduction, uncertainty, monthly split, metrics and the trace.
 */
public record SourceResult(String code, String name, SourceType type, String orgUnit, String method,
                           List<GasResult> gases, List<GasResult> memo, BigDecimal tco2e, BigDecimal tco2eMarket,
                           BigDecimal exportCreditTco2, BigDecimal uncertaintyPct,
                           SortedMap<YearMonth, BigDecimal> monthly, Map<String, Quantity> metrics,
                           List<TraceEntry> trace) {

    public Scope scope() {
        return type.scope();
    }
}
