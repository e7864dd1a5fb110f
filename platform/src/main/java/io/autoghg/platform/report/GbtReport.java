package io.autoghg.platform.report;

import static io.autoghg.platform.report.ReportDocument.row;

import io.autoghg.platform.report.Figures.GbtCategory;
import io.autoghg.platform.report.ReportDocument.Column;
import io.autoghg.platform.report.ReportDocument.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The GB/T 32150-2015 inventory report of an industrial enterprise: basic information, boundary,
 * sources, activity data and factors with their sources, emissions by category and gas (fuel
 * combustion, process, purchased electricity and heat, less exported electricity), data quality
 * management, uncertainty, base year. Its total is the JSON's gbt32150Total (Scopes 1 and 2,
 * location-based, net of exported electricity); Scope 3 is shown for information only.
 */
final class GbtReport {
    private static final Predicate<Map<String, Object>> SCOPES_1_2 = source -> Figures.inScope(source, "scope1", "scope2");

    private final ReportParts parts;
    private final Labels l;

    GbtReport(ReportData data, Labels labels) {
        this.parts = new ReportParts(data, labels);
        this.l = labels;
    }

    ReportDocument document() {
        ReportDocument.Builder doc = new ReportDocument.Builder();
        doc.section("entity", l.m("gbt.entity")).facts(l.m("sheet.entity"), parts.entity());
        doc.section("boundary", l.m("gbt.boundary")).paragraph(l.m("gbt.boundary.text", parts.approach())).table(parts.units());
        doc.section("sources", l.m("gbt.sources")).paragraph(l.m("gbt.sources.text")).table(parts.sources());
        doc.section("emissions", l.m("gbt.emissions")).paragraph(l.m("gbt.emissions.text"))
                .table(categories())
                .table(parts.gases(l.m("sheet.gases"), l.m("table.gasesScope12"), SCOPES_1_2))
                .chart(parts.scopeChart())
                .chart(parts.monthlyChart());
        if (!parts.memo().rows().isEmpty()) {
            doc.paragraph(l.m("memo.text")).table(parts.memo());
        }
        doc.paragraph(l.m("gbt.scope3", l.t(parts.figures.total("scope3"))));
        doc.section("activity", l.m("gbt.activity")).paragraph(l.m("activity.text")).table(parts.activity(SCOPES_1_2));
        doc.section("factors", l.m("gbt.factors")).paragraph(l.m("factors.text")).table(parts.factors(SCOPES_1_2));
        doc.section("quality", l.m("gbt.quality"));
        parts.quality(doc);
        doc.section("uncertainty", l.m("gbt.uncertainty")).paragraph(l.m("uncertainty.text", l.pct(parts.figures.uncertaintyPct())))
                .table(parts.uncertainty());
        doc.section("changes", l.m("gbt.changes"));
        parts.baseYear(doc);
        parts.verification(doc, null);
        return parts.document(Standard.GBT32150, doc);
    }

    /** Emissions by GB/T 32150 category; the exported electricity is deducted, the total is the JSON's gbt32150Total. */
    private ReportDocument.Table categories() {
        Map<GbtCategory, BigDecimal> sums = parts.figures.gbtCategories();
        List<List<Object>> rows = new ArrayList<>();
        BigDecimal subtotal = BigDecimal.ZERO;
        for (Map.Entry<GbtCategory, BigDecimal> category : sums.entrySet()) {
            rows.add(row(l.m("gbt.category." + category.getKey()), category.getValue()));
            subtotal = subtotal.add(category.getValue());
        }
        rows.add(row(l.m("gbt.category.subtotal"), subtotal));
        BigDecimal exported = Figures.orZero(parts.figures.total("exportedElectricityDeduction"));
        rows.add(row(l.m("gbt.category.exported"), exported.negate()));
        rows.add(row(l.m("total.gbt32150Total"), parts.figures.total("gbt32150Total")));
        return ReportDocument.table(l.m("sheet.categories"), l.m("table.gbtCategories"),
                List.of(Column.text(l.m("col.category")), Column.of(l.m("col.tco2e"), Kind.TONNES)), rows, true);
    }
}
