package io.autoghg.platform.report;

import static io.autoghg.platform.report.ReportDocument.row;

import io.autoghg.platform.report.ReportDocument.Column;
import io.autoghg.platform.report.ReportDocument.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The GHG Protocol summary (Corporate Standard, chapter 9; Scope 2 Guidance, chapter 7; Scope 3
 * Standard): Scope 1 by gas, Scope 2 location- and market-based side by side with the contractual
 * instruments, Scope 3 by category 1–15, the totals, intensity per vehicle, base year, exclusions, verification.
 */
final class GhgpReport {
    private final ReportParts parts;
    private final Labels l;

    GhgpReport(ReportData data, Labels labels) {
        this.parts = new ReportParts(data, labels);
        this.l = labels;
    }

    ReportDocument document() {
        ReportDocument.Builder doc = new ReportDocument.Builder();
        doc.section("company", l.m("ghgp.company")).facts(l.m("sheet.entity"), parts.entity())
                .paragraph(l.m("ghgp.boundary", parts.approach()));
        doc.section("summary", l.m("ghgp.summary")).table(summary()).chart(parts.scopeChart()).chart(parts.monthlyChart());
        doc.section("scope1", l.m("ghgp.scope1"))
                .table(parts.gases(l.m("sheet.gases"), l.m("table.gasesScope1"), source -> Figures.inScope(source, "scope1")))
                .paragraph(l.m("ghgp.biogenic"));
        if (!parts.memo().rows().isEmpty()) {
            doc.paragraph(l.m("memo.text")).table(parts.memo());
        }
        doc.section("scope2", l.m("ghgp.scope2")).paragraph(l.m("ghgp.scope2.text")).table(scope2());
        doc.section("scope3", l.m("ghgp.scope3")).paragraph(l.m("ghgp.scope3.text")).table(scope3());
        doc.section("intensity", l.m("ghgp.intensity")).table(intensity());
        doc.section("baseYear", l.m("ghgp.baseYear"));
        parts.baseYear(doc);
        doc.section("methods", l.m("ghgp.methods")).paragraph(l.m("ghgp.methods.text", parts.figures.text("gwp"),
                l.m("gwp.source." + parts.figures.text("gwp")), parts.figures.text("parameterLibrary")))
                .paragraph(l.m("uncertainty.text", l.pct(parts.figures.uncertaintyPct())));
        parts.verification(doc, l.m("ghgp.verification.text"));
        return parts.document(Standard.GHGP, doc);
    }

    private ReportDocument.Table summary() {
        Figures f = parts.figures;
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(l.m("total.scope1"), f.total("scope1"), f.total("scope1")));
        rows.add(row(l.m("ghgp.scope2Row"), f.total("scope2Location"), f.total("scope2Market")));
        rows.add(row(l.m("ghgp.scope12"), f.total("scope1").add(f.total("scope2Location")), f.total("scope1").add(f.total("scope2Market"))));
        rows.add(row(l.m("total.scope3"), f.total("scope3"), f.total("scope3")));
        rows.add(row(l.m("ghgp.scope123"), f.total("total"), f.total("totalMarket")));
        return ReportDocument.table(l.m("sheet.summary"), l.m("table.ghgpSummary"), List.of(Column.text(l.m("col.item")),
                Column.of(l.m("col.location"), Kind.TONNES), Column.of(l.m("col.market"), Kind.TONNES)), rows, true);
    }

    /** Scope 2 sources with both methods and the metrics that explain the difference (MWh bought, certified, generated). */
    private ReportDocument.Table scope2() {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> source : parts.figures.sources()) {
            if (!Figures.inScope(source, "scope2")) {
                continue;
            }
            List<String> metrics = new ArrayList<>();
            if (source.get("metrics") instanceof Map<?, ?> map) {
                map.forEach((name, value) -> metrics.add(l.mOr("metric." + name, String.valueOf(name)) + " " + l.exact(Figures.dec(((Map<?, ?>) value).get("value")))
                        + " " + ((Map<?, ?>) value).get("unit")));
            }
            rows.add(row(source.get("code"), l.type(Figures.type(source)), Figures.dec(source.get("tco2e")),
                    Figures.dec(source.get("tco2eMarket")), String.join("; ", metrics)));
        }
        rows.add(row(l.m("total"), "", parts.figures.total("scope2Location"), parts.figures.total("scope2Market"), ""));
        return ReportDocument.table(l.m("sheet.scope2"), l.m("table.scope2"), List.of(Column.text(l.m("col.source")),
                Column.text(l.m("col.type")), Column.of(l.m("col.location"), Kind.TONNES), Column.of(l.m("col.market"), Kind.TONNES),
                Column.text(l.m("col.instruments"))), rows, true);
    }

    /** The 15 categories of the Scope 3 Standard: the inventory's figures where it has them ("6+7" when combined). */
    private ReportDocument.Table scope3() {
        Map<String, BigDecimal> byCategory = parts.figures.aggregation("byScope3Category");
        List<List<Object>> rows = new ArrayList<>();
        for (int category = 1; category <= 15; category++) {
            String key = String.valueOf(category);
            if (category == 6 && byCategory.containsKey("6+7")) {
                rows.add(row(l.scope3Category("6+7"), byCategory.get("6+7"), l.m("ghgp.reported")));
                category = 7;
                continue;
            }
            BigDecimal value = byCategory.get(key);
            rows.add(row(l.scope3Category(key), value, value == null ? l.m("ghgp.notReported") : l.m("ghgp.reported")));
        }
        rows.add(row(l.m("total.scope3"), parts.figures.total("scope3"), ""));
        return ReportDocument.table(l.m("sheet.scope3"), l.m("table.scope3"), List.of(Column.text(l.m("col.scope3Category")),
                Column.of(l.m("col.tco2e"), Kind.TONNES), Column.text(l.m("col.note"))), rows, true);
    }

    private ReportDocument.Table intensity() {
        int vehicles = parts.vehicles();
        Figures f = parts.figures;
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(l.m("ghgp.scope12") + " (" + l.m("col.location") + ")", perVehicle(f.total("scope1").add(f.total("scope2Location")), vehicles)));
        rows.add(row(l.m("ghgp.scope12") + " (" + l.m("col.market") + ")", perVehicle(f.total("scope1").add(f.total("scope2Market")), vehicles)));
        rows.add(row(l.m("ghgp.scope123") + " (" + l.m("col.location") + ")", perVehicle(f.total("total"), vehicles)));
        return ReportDocument.table(l.m("sheet.intensity"), l.m("table.intensityAnnual", l.number(BigDecimal.valueOf(vehicles), 0)),
                List.of(Column.text(l.m("col.item")), Column.of(l.m("col.kgPerVehicle"), Kind.INTENSITY)), rows, false);
    }

    /** kg CO2e per vehicle; null without production. */
    static BigDecimal perVehicle(BigDecimal tco2e, long vehicles) {
        return vehicles <= 0 || tco2e == null ? null
                : tco2e.multiply(BigDecimal.valueOf(1000)).divide(BigDecimal.valueOf(vehicles), 6, RoundingMode.HALF_EVEN);
    }
}
