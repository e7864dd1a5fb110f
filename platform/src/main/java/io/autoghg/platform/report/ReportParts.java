package io.autoghg.platform.report;

import static io.autoghg.platform.report.ReportDocument.row;

import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.platform.activity.ProductionMonth;
import io.autoghg.platform.cycle.PeriodState;
import io.autoghg.platform.cycle.ReportingPeriod;
import io.autoghg.platform.quality.QualityReport;
import io.autoghg.platform.quality.SourceQuality;
import io.autoghg.platform.report.Figures.TraceItem;
import io.autoghg.platform.report.ReportDocument.Bar;
import io.autoghg.platform.report.ReportDocument.Chart;
import io.autoghg.platform.report.ReportDocument.Chrome;
import io.autoghg.platform.report.ReportDocument.Column;
import io.autoghg.platform.report.ReportDocument.Fact;
import io.autoghg.platform.report.ReportDocument.Kind;
import io.autoghg.platform.report.ReportDocument.Table;
import io.autoghg.platform.report.ReportDocument.Total;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.verification.Statement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts every report shares: page furniture, cover facts, headline totals, and the tables and
 * charts that several standards show (sources, activity data, factors, gases, months, scopes,
 * uncertainty, data quality, base year).
 */
final class ReportParts {
    private static final Pattern STATUS = Pattern.compile("status ([CVAP])\\b");

    final ReportData data;
    final Figures figures;
    final Labels l;

    ReportParts(ReportData data, Labels labels) {
        this.data = data;
        this.figures = data.figures();
        this.l = labels;
    }

    ReportDocument document(Standard standard, ReportDocument.Builder sections) {
        String title = l.m("title." + standard.code());
        ReportBasis basis = data.basis();
        String hash = basis.inputsHash();
        Chrome chrome = new Chrome(
                (basis.draft() ? l.m("draft.mark") + " · " : "") + data.plantName() + " · " + basis.year() + " · " + l.m("short." + standard.code()),
                l.m("footer", basis.version(), hash), l.m("pageOf"), l.m("contents"), l.m("draft.mark"),
                l.m("draft.banner", l.m("state." + basis.state())), l.language().code());
        return new ReportDocument(standard, basis, title, data.plantName(), chrome, cover(standard), totals(), sections.sections());
    }

    private List<Fact> cover(Standard standard) {
        ReportBasis basis = data.basis();
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(l.m("cover.plant"), data.plantName() + " (" + data.plant().code() + ")"));
        if (data.groupName() != null) {
            facts.add(new Fact(l.m("cover.group"), data.groupName() + " (" + data.plant().groupCode() + ")"));
        }
        facts.add(new Fact(l.m("cover.period"), period()));
        facts.add(new Fact(l.m("cover.standard"), l.m("standardName." + standard.code())));
        facts.add(new Fact(l.m("cover.version"), l.m("cover.versionValue", basis.version(), l.time(basis.computedAt(), data.plant().timezone()))));
        facts.add(new Fact(l.m("cover.hash"), basis.inputsHash()));
        facts.add(new Fact(l.m("cover.status"), basis.locked() ? l.m("cover.locked", basis.version())
                : l.m("cover.draft", l.m("state." + basis.state()))));
        facts.add(new Fact(l.m("cover.gwp"), figures.text("gwp")));
        facts.add(new Fact(l.m("cover.library"), figures.text("parameterLibrary")));
        facts.add(new Fact(l.m("cover.rounding"), l.m("rounding")));
        return facts;
    }

    String period() {
        Map<String, Object> period = Figures.map(figures.inventory(), "period");
        return l.m("periodValue", period.get("from"), java.time.LocalDate.parse(String.valueOf(period.get("to"))).minusDays(1));
    }

    /** The headline totals of the inventory JSON, exact, in its order. */
    private List<Total> totals() {
        List<Total> totals = new ArrayList<>();
        for (String key : List.of("total", "scope1", "scope2Location", "scope2Market", "scope3", "totalMarket",
                "exportedElectricityDeduction", "gbt32150Total")) {
            BigDecimal value = figures.total(key);
            if (value != null) {
                totals.add(new Total(key, l.m("total." + key), value, "tCO2e"));
            }
        }
        return totals;
    }

    // shared tables

    /** Basic information of the reporting entity and its boundary. */
    List<Fact> entity() {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(l.m("entity.name"), data.plantName()));
        facts.add(new Fact(l.m("entity.code"), data.plant().code()));
        facts.add(new Fact(l.m("entity.group"), data.groupName() == null ? "–" : data.groupName()));
        facts.add(new Fact(l.m("entity.timezone"), data.plant().timezone()));
        facts.add(new Fact(l.m("entity.period"), period()));
        facts.add(new Fact(l.m("entity.approach"), approach()));
        facts.add(new Fact(l.m("entity.units"), String.valueOf(data.units().size())));
        facts.add(new Fact(l.m("entity.sources"), String.valueOf(figures.sources().size())));
        int vehicles = vehicles();
        facts.add(new Fact(l.m("entity.production"), vehicles == 0 ? l.m("entity.noProduction") : l.number(BigDecimal.valueOf(vehicles), 0)));
        return facts;
    }

    String approach() {
        String approach = l.m("approach." + data.plant().boundaryApproach());
        return data.plant().equitySharePct() == null ? approach
                : approach + " (" + data.plant().equitySharePct().stripTrailingZeros().toPlainString() + " %)";
    }

    int vehicles() {
        return data.production().stream().mapToInt(ProductionMonth::vehicles).sum();
    }

    Table units() {
        Map<String, BigDecimal> byUnit = figures.aggregation("byOrgUnit");
        List<List<Object>> rows = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        data.units().forEach(unit -> codes.add(unit.code()));
        codes.addAll(byUnit.keySet());
        for (String code : codes) {
            List<String> sources = figures.sources().stream().filter(source -> code.equals(source.get("orgUnit")))
                    .map(source -> String.valueOf(source.get("code"))).toList();
            rows.add(row(code, l.unit(code, data.units()), String.join(", ", sources), byUnit.get(code)));
        }
        return ReportDocument.table(l.m("sheet.units"), l.m("table.units"), List.of(Column.text(l.m("col.code")),
                Column.text(l.m("col.name")), Column.text(l.m("col.sources")), Column.of(l.m("col.tco2e"), Kind.TONNES)), rows, false);
    }

    Table sources() {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> source : figures.sources()) {
            SourceType type = Figures.type(source);
            EmissionSource setUp = data.sources().get(String.valueOf(source.get("code")));
            rows.add(row(source.get("code"), source.get("name"), l.type(type), scope(source), String.valueOf(source.get("isoCategory")),
                    gasNames(source), l.unit((String) source.get("orgUnit"), data.units()),
                    setUp == null ? "–" : l.m("collection." + setUp.collectionMethod())));
        }
        return ReportDocument.table(l.m("sheet.sources"), l.m("table.sources"), List.of(Column.text(l.m("col.code")),
                Column.text(l.m("col.name")), Column.text(l.m("col.type")), Column.text(l.m("col.scope")),
                Column.text(l.m("col.isoShort")), Column.text(l.m("col.gases")), Column.text(l.m("col.unit")),
                Column.text(l.m("col.collection"))), rows, false);
    }

    String scope(Map<String, Object> source) {
        return l.m("scope." + source.get("scope"));
    }

    private String gasNames(Map<String, Object> source) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : List.of("gases", "memo")) {
            if (source.get(key) instanceof List<?> list) {
                list.forEach(item -> names.add(String.valueOf(((Map<?, ?>) item).get("gas"))));
            }
        }
        return names.isEmpty() ? "–" : String.join(", ", names);
    }

    /** Activity data of each source as the trace states them (sums over the year's rows), with their origin. */
    Table activity(java.util.function.Predicate<Map<String, Object>> filter) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> source : figures.sources()) {
            if (!filter.test(source)) {
                continue;
            }
            EmissionSource setUp = data.sources().get(String.valueOf(source.get("code")));
            String collection = setUp == null ? "–" : l.m("collection." + setUp.collectionMethod());
            for (TraceItem input : Figures.trace(source, "input")) {
                rows.add(row(source.get("code"), input.name(), input.value(), input.unit(), collection, input.detail()));
            }
        }
        return new Table(l.m("sheet.activity"), l.m("table.activity"), List.of(Column.text(l.m("col.source")),
                Column.text(l.m("col.input")), Column.of(l.m("col.value"), Kind.EXACT), Column.text(l.m("col.unitOfMeasure")),
                Column.text(l.m("col.collection")), Column.text(l.m("col.detail"))), rows, false, false);
    }

    /** Emission factors and other parameters used, with their value, status and provenance. */
    Table factors(java.util.function.Predicate<Map<String, Object>> filter) {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> source : figures.sources()) {
            if (!filter.test(source)) {
                continue;
            }
            for (TraceItem parameter : Figures.trace(source, "parameter")) {
                rows.add(row(source.get("code"), parameter.name(), parameter.value(), parameter.unit(), status(parameter.detail()),
                        parameter.detail()));
            }
        }
        return new Table(l.m("sheet.factors"), l.m("table.factors"), List.of(Column.text(l.m("col.source")),
                Column.text(l.m("col.parameter")), Column.of(l.m("col.value"), Kind.EXACT), Column.text(l.m("col.unitOfMeasure")),
                Column.text(l.m("col.status")), Column.text(l.m("col.provenance"))), rows, false, false);
    }

    private String status(String detail) {
        if (detail.startsWith("plant file override")) {
            return l.m("status.P");
        }
        Matcher matcher = STATUS.matcher(detail);
        return matcher.find() ? l.m("status." + matcher.group(1)) : "–";
    }

    /** Gases of the sources that pass the filter: mass (t) and tCO2e, with the GWP set's values. */
    Table gases(String sheet, String caption, java.util.function.Predicate<Map<String, Object>> filter) {
        List<List<Object>> rows = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal[]> gas : figures.gases(filter).entrySet()) {
            rows.add(row(gasLabel(gas.getKey()), gas.getValue()[0], gas.getValue()[1]));
            sum = sum.add(gas.getValue()[1]);
        }
        rows.add(row(l.m("total"), null, sum));
        return ReportDocument.table(sheet, caption, List.of(Column.text(l.m("col.gas")), Column.of(l.m("col.massT"), Kind.MASS),
                Column.of(l.m("col.tco2e"), Kind.TONNES)), rows, true);
    }

    String gasLabel(String gas) {
        return "CO2e".equals(gas) ? l.m("gas.co2e") : gas;
    }

    Table memo() {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> source : figures.sources()) {
            if (source.get("memo") instanceof List<?> items) {
                for (Object item : items) {
                    Map<?, ?> gas = (Map<?, ?>) item;
                    rows.add(row(source.get("code"), gas.get("gas"), Figures.dec(gas.get("mass_t"))));
                }
            }
        }
        return ReportDocument.table(l.m("sheet.memo"), l.m("table.memo"), List.of(Column.text(l.m("col.source")),
                Column.text(l.m("col.gas")), Column.of(l.m("col.massT"), Kind.MASS)), rows, false);
    }

    /** Uncertainty of the plant total and of each source (95 %), as the engine combined them. */
    Table uncertainty() {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> source : figures.sources()) {
            rows.add(row(source.get("code"), Figures.dec(source.get("tco2e")), Figures.dec(source.get("uncertaintyPct"))));
        }
        rows.add(row(l.m("total"), figures.total("total"), figures.uncertaintyPct()));
        return ReportDocument.table(l.m("sheet.uncertainty"), l.m("table.uncertainty"), List.of(Column.text(l.m("col.source")),
                Column.of(l.m("col.tco2e"), Kind.TONNES), Column.of(l.m("col.uncertaintyPct"), Kind.PCT)), rows, true);
    }

    /** The data-quality scorecard (GB/T 36344 dimensions) and the shares of measured data, per source. */
    void quality(ReportDocument.Builder doc) {
        QualityReport quality = data.quality();
        if (quality == null) {
            doc.paragraph(l.m("quality.none"));
            return;
        }
        doc.paragraph(l.m("quality.intro", quality.checkedFrom(), quality.checkedTo().minusDays(1), quality.rows(), quality.findings().size()));
        doc.facts(l.m("sheet.quality"), List.of(new Fact(l.m("quality.completeness"), l.pct(quality.completeness())),
                new Fact(l.m("quality.accuracy"), l.pct(quality.accuracy())),
                new Fact(l.m("quality.consistency"), l.pct(quality.consistency())),
                new Fact(l.m("quality.timeliness"), l.pct(quality.timeliness())),
                new Fact(l.m("quality.measured"), l.pct(quality.measuredPct())),
                new Fact(l.m("quality.findings"), String.valueOf(quality.findings().size()))));
        List<List<Object>> rows = new ArrayList<>();
        for (SourceQuality source : quality.sources()) {
            rows.add(row(source.source(), decimal(source.completeness()), decimal(source.accuracy()), decimal(source.measuredPct()),
                    decimal(source.evidencePct()), decimal(source.estimatedPct()), BigDecimal.valueOf(source.findings())));
        }
        doc.table(ReportDocument.table(l.m("sheet.qualitySources"), l.m("table.qualitySources"), List.of(Column.text(l.m("col.source")),
                Column.of(l.m("quality.completeness"), Kind.PCT), Column.of(l.m("quality.accuracy"), Kind.PCT),
                Column.of(l.m("col.measuredPct"), Kind.PCT), Column.of(l.m("col.evidencePct"), Kind.PCT),
                Column.of(l.m("col.estimatedPct"), Kind.PCT), Column.of(l.m("col.findings"), Kind.INTEGER)), rows, false));
    }

    private static BigDecimal decimal(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /** Comparison with the base year (reporting-cycle setting), or why there is none, and the recalculation check. */
    void baseYear(ReportDocument.Builder doc) {
        ReportData.BaseYear base = data.baseYear();
        if (base == null) {
            doc.paragraph(l.m("base.none"));
            return;
        }
        String threshold = base.significanceThresholdPct().stripTrailingZeros().toPlainString();
        if (base.year() == data.basis().year()) {
            doc.paragraph(l.m("base.self", base.year(), threshold));
        } else if (!base.hasInventory()) {
            doc.paragraph(l.m("base.noInventory", base.year(), threshold));
        } else {
            comparison(doc, base, threshold);
        }
        if (base.check() != null) {
            new BaseYearCheckText(l).write(doc, base.check());
        }
    }

    private void comparison(ReportDocument.Builder doc, ReportData.BaseYear base, String threshold) {
        List<List<Object>> rows = new ArrayList<>();
        for (String key : List.of("scope1", "scope2Location", "scope2Market", "scope3", "total", "gbt32150Total")) {
            BigDecimal before = base.figures().total(key);
            BigDecimal now = figures.total(key);
            if (before == null || now == null) {
                continue;
            }
            BigDecimal change = now.subtract(before);
            BigDecimal pct = before.signum() == 0 ? null : change.multiply(BigDecimal.valueOf(100)).divide(before, 4, RoundingMode.HALF_EVEN);
            rows.add(row(l.m("total." + key), before, now, change, pct));
        }
        doc.paragraph(l.m("base.intro", base.year(), base.basis().version(), base.basis().locked() ? l.m("base.locked") : l.m("base.draft"),
                threshold));
        doc.table(ReportDocument.table(l.m("sheet.baseYear"), l.m("table.baseYear", base.year(), data.basis().year()),
                List.of(Column.text(l.m("col.item")), Column.of(l.m("col.baseYear", base.year()), Kind.TONNES),
                        Column.of(l.m("col.year", data.basis().year()), Kind.TONNES), Column.of(l.m("col.change"), Kind.TONNES),
                        Column.of(l.m("col.changePct"), Kind.PCT)), rows, false));
    }

    /**
     * The "Verification" section: the statement that covers the report's inventory version, or that
     * the version is not (yet) verified and which version a statement of the year covers; then the
     * stage the reporting period reached. {@code standardNote} opens the section when not null.
     */
    void verification(ReportDocument.Builder doc, String standardNote) {
        doc.section("verification", l.m("verification.title"));
        if (standardNote != null) {
            doc.paragraph(standardNote);
        }
        ReportData.Verification verification = data.verification();
        ReportBasis basis = data.basis();
        List<Fact> facts = new ArrayList<>();
        if (verification.verified()) {
            facts.add(new Fact(l.m("verification.status"), l.m("verification.verified", basis.version())));
            facts.addAll(statement(verification.covering(), verification.issuer()));
        } else if (verification.latest() != null) {
            Statement latest = verification.latest();
            facts.add(new Fact(l.m("verification.status"), l.m("verification.otherVersion", basis.version(), basis.year(),
                    latest.inventoryVersion(), l.time(latest.issuedAt(), data.plant().timezone()))));
            facts.add(new Fact(l.m("verification.version"), l.m("verification.versionValue", latest.inventoryVersion(),
                    latest.inputsHash())));
        } else {
            facts.add(new Fact(l.m("verification.status"), l.m("verification.notVerified", basis.version(), basis.year())));
        }
        doc.facts(l.m("sheet.verification"), facts).paragraph(stage());
    }

    private List<Fact> statement(Statement statement, String issuer) {
        return List.of(new Fact(l.m("verification.verifier"), issuer),
                new Fact(l.m("verification.assurance"), l.m("verification.assurance." + statement.assurance())),
                new Fact(l.m("verification.materiality"), statement.materialityPct().stripTrailingZeros().toPlainString() + " %"),
                new Fact(l.m("verification.opinion"), l.m("verification.opinion." + statement.opinion())),
                new Fact(l.m("verification.text"), statement.text()),
                new Fact(l.m("verification.version"), l.m("verification.versionValue", statement.inventoryVersion(), statement.inputsHash())),
                new Fact(l.m("verification.total"), l.t(statement.totalTco2e()) + " tCO2e"),
                new Fact(l.m("verification.issuedAt"), l.time(statement.issuedAt(), data.plant().timezone())));
    }

    /** The stage the reporting period reached, from the reporting cycle's history. */
    private String stage() {
        ReportingPeriod period = data.period();
        ReportingPeriod.Event verified = null;
        for (ReportingPeriod.Event event : period.history()) {
            if (event.to() == PeriodState.VERIFICATION) {
                verified = event;
            }
        }
        String state = l.m("state." + period.state());
        return verified == null ? l.m("verification.none", state) : l.m("verification.stage", verified.at().substring(0, 10), state);
    }

    // charts

    Chart monthlyChart() {
        List<Bar> bars = new ArrayList<>();
        figures.aggregation("byMonth").forEach((month, value) -> bars.add(new Bar(l.month(YearMonth.parse(month)), value)));
        return new Chart(l.m("chart.monthly"), "tCO2e", bars, true);
    }

    Chart scopeChart() {
        List<Bar> bars = new ArrayList<>();
        for (String key : List.of("scope1", "scope2Location", "scope2Market", "scope3")) {
            BigDecimal value = figures.total(key);
            if (value != null) {
                bars.add(new Bar(l.m("total." + key), value));
            }
        }
        return new Chart(l.m("chart.scopes"), "tCO2e", bars, false);
    }
}
