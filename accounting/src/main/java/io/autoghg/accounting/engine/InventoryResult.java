package io.autoghg.accounting.engine;

import io.autoghg.accounting.parameter.GwpSet;
import java.math.BigDecimal;
import java.util.List;

/** The accounted inventory of one plant and year. */
public record InventoryResult(String plant, String plantName, int year, GwpSet gwp, Totals totals,
                              List<SourceResult> sources, Aggregation aggregation, BigDecimal uncertaintyPct,
                              int rowsUsed, int rowsOutsideYear, String libraryVersion) {
}
