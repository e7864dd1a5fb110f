package io.autoghg.cli;

import io.autoghg.accounting.engine.GasResult;
import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.io.ResultJson;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * CSV rendering: one row per source and gas (memo gases with empty gwp and tco2e), then one row per
 * total (source "TOTAL", type = the total's name).
 * Columns: source,type,scope,iso_category,scope3_category,org_unit,gas,mass_t,gwp,tco2e,tco2e_market.
 */
final class ResultCsv {
    static final String HEADER = "source,type,scope,iso_category,scope3_category,org_unit,gas,mass_t,gwp,tco2e,tco2e_market\n";

    private ResultCsv() {
    }

    static String write(InventoryResult result) {
        StringBuilder out = new StringBuilder(HEADER);
        for (SourceResult source : result.sources()) {
            String prefix = String.join(",", quote(source.code()), source.type().code(), ResultJson.scopeKey(source),
                    String.valueOf(source.type().isoCategory().number()), nullToEmpty(source.type().scope3Category()),
                    quote(nullToEmpty(source.orgUnit())));
            if (source.gases().isEmpty()) {
                out.append(prefix).append(",,0,,0,").append(number(source.tco2eMarket())).append('\n');
            }
            boolean sameUnderBothMethods = source.tco2eMarket().compareTo(source.tco2e()) == 0;
            for (GasResult gas : source.gases()) {
                String market = sameUnderBothMethods ? number(gas.tco2e())
                        : source.gases().size() == 1 ? number(source.tco2eMarket()) : "";
                out.append(prefix).append(',').append(gas.label()).append(',').append(number(gas.massT())).append(',')
                        .append(gas.gwp().toPlainString()).append(',').append(number(gas.tco2e())).append(',')
                        .append(market).append('\n');
            }
            for (GasResult memo : source.memo()) {
                out.append(prefix).append(',').append(memo.label()).append(" (memo)").append(',').append(number(memo.massT()))
                        .append(",,,\n");
            }
        }
        total(out, "total", result.totals().total());
        total(out, "scope1", result.totals().scope1());
        total(out, "scope2Location", result.totals().scope2Location());
        total(out, "scope2Market", result.totals().scope2Market());
        total(out, "scope3", result.totals().scope3());
        total(out, "totalMarket", result.totals().totalMarket());
        total(out, "exportedElectricityDeduction", result.totals().exportCredit());
        total(out, "gbt32150Total", result.totals().gbt32150Total());
        return out.toString();
    }

    private static void total(StringBuilder out, String name, BigDecimal value) {
        out.append("TOTAL,").append(name).append(",,,,,,,,").append(number(value)).append(",\n");
    }

    private static String number(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
