package io.autoghg.platform.report;

import static io.autoghg.platform.report.ReportDocument.row;

import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.platform.report.ReportDocument.Column;
import io.autoghg.platform.report.ReportDocument.Fact;
import io.autoghg.platform.report.ReportDocument.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ISO 14064-1:2018 GHG report: the organisation, period and boundaries, direct emissions per gas,
 * biogenic CO2 and removals, indirect emissions in categories 2–6, exclusions, base year,
 * quantification approaches, factors and GWP values, uncertainty, data quality, the statement of
 * conformity and the verification statement — the required content of clause 9.3.1, in that spirit.
 */
final class IsoReport {
    private final ReportParts parts;
    private final Labels l;

    IsoReport(ReportData data, Labels labels) {
        this.parts = new ReportParts(data, labels);
        this.l = labels;
    }

    ReportDocument document() {
        ReportDocument.Builder doc = new ReportDocument.Builder();
        doc.section("organisation", l.m("iso.organisation")).facts(l.m("sheet.entity"), organisation());
        doc.section("boundaries", l.m("iso.boundaries")).paragraph(l.m("iso.boundaries.text", parts.approach()))
                .table(parts.units()).paragraph(l.m("iso.significance", threshold()));
        doc.section("summary", l.m("iso.summary")).table(categories()).chart(parts.scopeChart()).chart(parts.monthlyChart());
        doc.section("direct", l.m("iso.direct"))
                .table(parts.gases(l.m("sheet.gases"), l.m("table.gasesDirect"), source -> Figures.inScope(source, "scope1")))
                .paragraph(l.m("iso.biogenic")).paragraph(l.m("iso.removals"));
        if (!parts.memo().rows().isEmpty()) {
            doc.paragraph(l.m("memo.text")).table(parts.memo());
        }
        doc.section("indirect", l.m("iso.indirect")).paragraph(l.m("iso.indirect.text", l.t(parts.figures.total("scope2Market"))))
                .table(indirectSources());
        doc.section("exclusions", l.m("iso.exclusions")).paragraph(l.m("iso.exclusions.text")).table(exclusions());
        doc.section("baseYear", l.m("iso.baseYear"));
        parts.baseYear(doc);
        doc.section("approaches", l.m("iso.approaches")).paragraph(l.m("iso.approaches.text")).table(approaches())
                .table(parts.activity(source -> true));
        doc.section("factors", l.m("iso.factors")).paragraph(l.m("factors.text")).table(parts.factors(source -> true));
        doc.section("gwp", l.m("iso.gwp")).paragraph(l.m("iso.gwp.text", parts.figures.text("gwp"), l.m("gwp.source." + parts.figures.text("gwp"))))
                .table(gwp());
        doc.section("uncertainty", l.m("iso.uncertainty")).paragraph(l.m("uncertainty.text", l.pct(parts.figures.uncertaintyPct())))
                .table(parts.uncertainty());
        doc.section("quality", l.m("iso.quality"));
        parts.quality(doc);
        doc.section("conformity", l.m("iso.conformity"))
                .paragraph(parts.data.basis().locked() ? l.m("iso.conformity.locked") : l.m("iso.conformity.draft"));
        parts.verification(doc, l.m("iso.verification.text"));
        return parts.document(Standard.ISO14064, doc);
    }

    private List<Fact> organisation() {
        List<Fact> facts = new ArrayList<>(parts.entity());
        facts.add(2, new Fact(l.m("iso.responsible"), l.m("iso.responsible.value")));
        return facts;
    }

    private String threshold() {
        return parts.data.baseYear() == null ? "5"
                : parts.data.baseYear().significanceThresholdPct().stripTrailingZeros().toPlainString();
    }

    /** Categories 1–6 with their tCO2e (category 2 location-based); 5 and 6 are not quantified. */
    private ReportDocument.Table categories() {
        Map<String, BigDecimal> byIso = parts.figures.aggregation("byIsoCategory");
        List<List<Object>> rows = new ArrayList<>();
        for (int category = 1; category <= 6; category++) {
            BigDecimal value = byIso.get(String.valueOf(category));
            rows.add(row(l.iso(category), value == null ? BigDecimal.ZERO : value,
                    value == null ? l.m("iso.notQuantified") : l.m("iso.quantified")));
        }
        rows.add(row(l.m("total.total"), parts.figures.total("total"), ""));
        return ReportDocument.table(l.m("sheet.categories"), l.m("table.isoCategories"), List.of(Column.text(l.m("col.isoCategory")),
                Column.of(l.m("col.tco2e"), Kind.TONNES), Column.text(l.m("col.note"))), rows, true);
    }

    /** The sources of categories 2–6 with their category and tCO2e. */
    private ReportDocument.Table indirectSources() {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> source : parts.figures.sources()) {
            int category = Figures.dec(source.get("isoCategory")).intValue();
            if (category > 1) {
                rows.add(row(String.valueOf(category), source.get("code"), l.type(Figures.type(source)), Figures.dec(source.get("tco2e")),
                        Figures.dec(source.get("tco2eMarket"))));
            }
        }
        return ReportDocument.table(l.m("sheet.indirect"), l.m("table.indirect"), List.of(Column.text(l.m("col.isoShort")),
                Column.text(l.m("col.source")), Column.text(l.m("col.type")), Column.of(l.m("col.tco2e"), Kind.TONNES),
                Column.of(l.m("col.tco2eMarket"), Kind.TONNES)), rows, false);
    }

    /** Catalogue source types the inventory does not contain, and the categories not quantified. */
    private ReportDocument.Table exclusions() {
        Set<String> present = parts.figures.sources().stream().map(source -> String.valueOf(source.get("type"))).collect(Collectors.toSet());
        List<List<Object>> rows = new ArrayList<>();
        for (SourceType type : SourceType.values()) {
            if (!present.contains(type.code())) {
                rows.add(row(type.code(), l.type(type), String.valueOf(type.isoCategory().number()), l.m("iso.excluded.notPresent")));
            }
        }
        for (int category = 5; category <= 6; category++) {
            if (!parts.figures.aggregation("byIsoCategory").containsKey(String.valueOf(category))) {
                rows.add(row("–", l.iso(category), String.valueOf(category), l.m("iso.excluded.category" + category)));
            }
        }
        return ReportDocument.table(l.m("sheet.exclusions"), l.m("table.exclusions"), List.of(Column.text(l.m("col.type")),
                Column.text(l.m("col.name")), Column.text(l.m("col.isoShort")), Column.text(l.m("col.reason"))), rows, false);
    }

    private ReportDocument.Table approaches() {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> source : parts.figures.sources()) {
            rows.add(row(source.get("code"), l.type(Figures.type(source)), source.get("method"), parts.scope(source)));
        }
        return ReportDocument.table(l.m("sheet.approaches"), l.m("table.approaches"), List.of(Column.text(l.m("col.source")),
                Column.text(l.m("col.type")), Column.text(l.m("col.method")), Column.text(l.m("col.scope"))), rows, false);
    }

    /** The GWP of every gas the inventory used, as the sources' gas results state it. */
    private ReportDocument.Table gwp() {
        Map<String, BigDecimal> values = new TreeMap<>();
        for (Map<String, Object> source : parts.figures.sources()) {
            if (source.get("gases") instanceof List<?> gases) {
                for (Object item : gases) {
                    Map<?, ?> gas = (Map<?, ?>) item;
                    if (gas.get("gwp") != null) {
                        String name = String.valueOf(gas.get("gas")) + ("non-fossil".equals(gas.get("origin")) ? " (" + l.m("gas.nonFossil") + ")" : "");
                        values.put(name, Figures.dec(gas.get("gwp")));
                    }
                }
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        values.forEach((gas, value) -> rows.add(row(parts.gasLabel(gas), value)));
        return ReportDocument.table(l.m("sheet.gwp"), l.m("table.gwp", parts.figures.text("gwp")), List.of(Column.text(l.m("col.gas")),
                Column.of(l.m("col.gwp"), Kind.EXACT)), rows, false);
    }
}
