package io.autoghg.cli;

import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.engine.Totals;
import io.autoghg.accounting.io.ResultJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/** A readable plain-text rendering of an inventory: sources, totals, breakdowns (tCO2e to 3 decimals). */
final class ResultTable {
    private static final String SOURCE_ROW = "%-22s %-24s %-7s %16s %16s %8s%n";

    private ResultTable() {
    }

    static String write(InventoryResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("Inventory of plant %s (%s), year %d, GWP %s, parameter library %s%n%n",
                result.plant(), result.plantName(), result.year(), result.gwp(), result.libraryVersion()));
        out.append(String.format(SOURCE_ROW, "source", "type", "scope", "tCO2e", "tCO2e market", "±%"));
        out.append("-".repeat(98)).append('\n');
        for (SourceResult source : result.sources()) {
            out.append(String.format(SOURCE_ROW, source.code(), source.type().code(), ResultJson.scopeKey(source),
                    tonnes(source.tco2e()), tonnes(source.tco2eMarket()), pct(source.uncertaintyPct())));
        }
        Totals totals = result.totals();
        out.append('\n').append("Totals (tCO2e)\n");
        line(out, "Scope 1", totals.scope1());
        line(out, "Scope 2, location-based", totals.scope2Location());
        line(out, "Scope 2, market-based", totals.scope2Market());
        line(out, "Scope 3", totals.scope3());
        line(out, "Total (GHG Protocol, location-based)", totals.total());
        line(out, "Total (market-based)", totals.totalMarket());
        line(out, "Exported electricity deduction", totals.exportCredit());
        line(out, "GB/T 32150 total (Scope 1 + 2 net of exports)", totals.gbt32150Total());
        out.append(String.format("  %-48s %16s%n", "Uncertainty of the total (95 %)", "±" + pct(result.uncertaintyPct()) + " %"));
        if (totals.memoHcfcT().signum() != 0) {
            out.append(String.format("  %-48s %16s%n", "Memo: non-Kyoto gases (t, not in totals)", tonnes(totals.memoHcfcT())));
        }
        section(out, "By gas (tCO2e)", result.aggregation().byGasTco2e());
        section(out, "By organisational unit (tCO2e)", result.aggregation().byOrgUnit());
        out.append(String.format("%nRows used: %d; outside %d: %d%n", result.rowsUsed(), result.year(), result.rowsOutsideYear()));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, Map<String, BigDecimal> values) {
        out.append('\n').append(title).append('\n');
        values.forEach((key, value) -> line(out, key, value));
    }

    private static void line(StringBuilder out, String label, BigDecimal value) {
        out.append(String.format("  %-48s %16s%n", label, tonnes(value)));
    }

    static String tonnes(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.000", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value.setScale(3, RoundingMode.HALF_EVEN));
    }

    private static String pct(BigDecimal value) {
        return value == null ? "–" : value.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
