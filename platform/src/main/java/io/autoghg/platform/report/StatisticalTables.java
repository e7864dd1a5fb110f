package io.autoghg.platform.report;

import static io.autoghg.platform.report.ReportDocument.row;

import io.autoghg.platform.activity.ProductionMonth;
import io.autoghg.platform.report.Figures.CarrierUse;
import io.autoghg.platform.report.ReportDocument.Column;
import io.autoghg.platform.report.ReportDocument.Kind;
import io.autoghg.platform.report.ReportDocument.Table;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Statistical tables of a plant's year: tCO2e by month and source, by month and organisational
 * unit, by month and scope, use and emissions by energy carrier, and intensity per vehicle by month.
 * Monthly figures are location-based; a month's figures are the engine's monthly split as stored.
 */
final class StatisticalTables {
    private final ReportParts parts;
    private final Figures figures;
    private final Labels l;

    StatisticalTables(ReportData data, Labels labels) {
        this.parts = new ReportParts(data, labels);
        this.figures = data.figures();
        this.l = labels;
    }

    ReportDocument document() {
        ReportDocument.Builder doc = new ReportDocument.Builder();
        doc.section("overview", l.m("tables.overview")).facts(l.m("sheet.entity"), parts.entity()).paragraph(l.m("tables.text"))
                .chart(parts.monthlyChart()).chart(parts.scopeChart());
        doc.section("bySource", l.m("tables.bySource")).table(bySource());
        doc.section("byUnit", l.m("tables.byUnit")).table(byUnit());
        doc.section("byScope", l.m("tables.byScope")).table(byScope());
        doc.section("byCarrier", l.m("tables.byCarrier")).paragraph(l.m("tables.byCarrier.text")).table(byCarrier());
        doc.section("intensity", l.m("tables.intensity"));
        if (parts.vehicles() == 0) {
            doc.paragraph(l.m("tables.noProduction"));
        }
        doc.table(intensity());
        parts.verification(doc, null);
        return parts.document(Standard.TABLES, doc);
    }

    private List<Column> monthColumns(String first) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(first));
        figures.months().forEach(month -> columns.add(Column.of(l.month(month), Kind.TONNES)));
        columns.add(Column.of(l.m("col.year", figures.months().get(0).getYear()), Kind.TONNES));
        return columns;
    }

    private List<Object> monthRow(String label, Map<YearMonth, BigDecimal> monthly, BigDecimal annual) {
        List<Object> row = row(label);
        figures.months().forEach(month -> row.add(monthly.getOrDefault(month, BigDecimal.ZERO)));
        row.add(annual);
        return row;
    }

    private List<Object> totalRow() {
        Map<YearMonth, BigDecimal> months = new java.util.TreeMap<>();
        figures.aggregation("byMonth").forEach((month, value) -> months.put(YearMonth.parse(month), value));
        return monthRow(l.m("total"), months, figures.total("total"));
    }

    private Table wide(String sheet, String caption, List<Column> columns, List<List<Object>> rows) {
        return new Table(sheet, caption, columns, rows, true, true);
    }

    private Table bySource() {
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> source : figures.sources()) {
            rows.add(monthRow(String.valueOf(source.get("code")), Figures.monthly(source), Figures.dec(source.get("tco2e"))));
        }
        rows.add(totalRow());
        return wide(l.m("sheet.bySource"), l.m("table.bySource"), monthColumns(l.m("col.source")), rows);
    }

    private Table byUnit() {
        Map<String, BigDecimal> annual = figures.aggregation("byOrgUnit");
        Set<String> codes = new LinkedHashSet<>();
        parts.data.units().forEach(unit -> codes.add(unit.code()));
        figures.sources().forEach(source -> codes.add((String) source.get("orgUnit")));
        List<List<Object>> rows = new ArrayList<>();
        for (String code : codes) {
            Predicate<Map<String, Object>> inUnit = source -> java.util.Objects.equals(code, source.get("orgUnit"));
            if (figures.sources().stream().noneMatch(inUnit)) {
                continue;
            }
            BigDecimal total = code == null ? figures.sources().stream().filter(inUnit).map(s -> Figures.orZero(Figures.dec(s.get("tco2e"))))
                    .reduce(BigDecimal.ZERO, BigDecimal::add) : annual.get(code);
            rows.add(monthRow((code == null ? "–" : code) + " · " + l.unit(code, parts.data.units()), figures.monthly(inUnit), total));
        }
        rows.add(totalRow());
        return wide(l.m("sheet.byUnit"), l.m("table.byUnit"), monthColumns(l.m("col.unit")), rows);
    }

    private Table byScope() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(monthRow(l.m("total.scope1"), figures.monthly(source -> Figures.inScope(source, "scope1")), figures.total("scope1")));
        rows.add(monthRow(l.m("total.scope2Location"), figures.monthly(source -> Figures.inScope(source, "scope2")),
                figures.total("scope2Location")));
        rows.add(monthRow(l.m("total.scope3"), figures.monthly(source -> Figures.inScope(source, "scope3")), figures.total("scope3")));
        rows.add(totalRow());
        return wide(l.m("sheet.byScope"), l.m("table.byScope"), monthColumns(l.m("col.scope")), rows);
    }

    private Table byCarrier() {
        List<List<Object>> rows = new ArrayList<>();
        BigDecimal energy = BigDecimal.ZERO;
        BigDecimal tco2e = BigDecimal.ZERO;
        for (CarrierUse use : figures.carriers()) {
            String quantities = use.quantities().entrySet().stream().map(q -> l.exact(q.getValue()) + " " + q.getKey())
                    .collect(Collectors.joining("; "));
            rows.add(row(l.m("carrier." + use.carrier()), quantities, use.energyGj(), use.tco2e(), BigDecimal.valueOf(use.sources())));
            energy = energy.add(Figures.orZero(use.energyGj()));
            tco2e = tco2e.add(use.tco2e());
        }
        rows.add(row(l.m("total"), "", energy, tco2e, null));
        return ReportDocument.table(l.m("sheet.byCarrier"), l.m("table.byCarrier"), List.of(Column.text(l.m("col.carrier")),
                Column.text(l.m("col.quantity")), Column.of(l.m("col.energyGj"), Kind.TONNES), Column.of(l.m("col.tco2e"), Kind.TONNES),
                Column.of(l.m("col.sourceCount"), Kind.INTEGER)), rows, true);
    }

    private Table intensity() {
        Map<YearMonth, Integer> vehicles = new java.util.TreeMap<>();
        for (ProductionMonth month : parts.data.production()) {
            vehicles.put(month.month(), month.vehicles());
        }
        Map<YearMonth, BigDecimal> total = figures.monthly(source -> true);
        Map<YearMonth, BigDecimal> scope12 = figures.monthly(source -> Figures.inScope(source, "scope1", "scope2"));
        List<List<Object>> rows = new ArrayList<>();
        for (YearMonth month : figures.months()) {
            int produced = vehicles.getOrDefault(month, 0);
            BigDecimal all = total.getOrDefault(month, BigDecimal.ZERO);
            BigDecimal direct = scope12.getOrDefault(month, BigDecimal.ZERO);
            rows.add(row(month.toString(), BigDecimal.valueOf(produced), all, direct, GhgpReport.perVehicle(all, produced),
                    GhgpReport.perVehicle(direct, produced)));
        }
        int year = parts.vehicles();
        BigDecimal all = figures.total("total");
        BigDecimal direct = figures.total("scope1").add(figures.total("scope2Location"));
        rows.add(row(l.m("col.year", figures.months().get(0).getYear()), BigDecimal.valueOf(year), all, direct,
                GhgpReport.perVehicle(all, year), GhgpReport.perVehicle(direct, year)));
        return ReportDocument.table(l.m("sheet.intensity"), l.m("table.intensity"), List.of(Column.text(l.m("col.month")),
                Column.of(l.m("col.vehicles"), Kind.INTEGER), Column.of(l.m("col.tco2e"), Kind.TONNES),
                Column.of(l.m("col.tco2eScope12"), Kind.TONNES), Column.of(l.m("col.kgPerVehicle"), Kind.INTENSITY),
                Column.of(l.m("col.kgPerVehicleScope12"), Kind.INTENSITY)), rows, true);
    }
}
