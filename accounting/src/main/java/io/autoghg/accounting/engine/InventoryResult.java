package io.autoghg.accounting.engine;

import io.autoghg.accounting.parameter.GwpSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The accounted inventory of one plant for a year (or any period [periodFrom, periodTo); year is periodFrom's). */
public record InventoryResult(String plant, String plantName, int year, LocalDate periodFrom, LocalDate periodTo, GwpSet gwp,
                              Totals totals,
                              List<SourceResult> sources, Aggregation aggregation, BigDecimal uncertaintyPct,
                              int rowsUsed, int rowsOutsideYear, String libraryVersion) {
}
