package io.autoghg.platform.web;

import static io.autoghg.platform.web.InventoryReader.map;
import static io.autoghg.platform.web.InventoryReader.sources;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.platform.organisation.OrgUnit;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.web.InventoryTable.Cell;
import io.autoghg.platform.web.InventoryTable.Column;
import io.autoghg.platform.web.InventoryTable.Section;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the six inventory tables of AII/003-2024 6.5.3 a) from the inventory JSON of one plant and
 * year. Every number comes from the JSON as it is; nothing is recalculated here. tCO2e figures
 * link to the calculation trace of their source, or to the calculation table filtered to the
 * sources behind an aggregate.
 */
final class InventoryTables {
    private final InventoryData.Loaded data;
    private final InventoryLabels labels;
    private final Map<String, Object> inventory;
    private final String plant;
    private final int year;

    InventoryTables(InventoryData.Loaded data) {
        this.data = data;
        this.labels = data.labels();
        this.inventory = data.inventory();
        this.plant = data.plant().code();
        this.year = data.year();
    }

    /** The table named {@code key} (one of {@link InventoryTable#KEYS}); {@code by} filters the calculation table. */
    InventoryTable table(String key, String by) {
        return switch (key) {
            case "ghg" -> ghg();
            case "boundary" -> boundary();
            case "sources" -> sourceIdentification();
            case "activity" -> activity();
            case "factors" -> factors();
            case "calculation" -> new InventoryCalculation(data).table(by);
            default -> throw new IllegalArgumentException(key);
        };
    }

    private String m(String key, Object... args) {
        return labels.msg(key, args);
    }

    private InventoryTable table(String key, List<Section> sections) {
        return new InventoryTable(key, m("inventory.tab." + key), sections);
    }

    private static Section section(String caption, List<Column> columns, List<List<Cell>> rows) {
        return new Section(caption, columns, rows);
    }

    private String trace(Object source) {
        return InventoryLinks.trace(plant, year, source);
    }

    private String calc(String by) {
        return InventoryLinks.calculation(plant, year, by);
    }

    // (1) GHG inventory

    private InventoryTable ghg() {
        Map<String, Object> totals = map(inventory, "totals");
        Map<String, Object> aggregation = map(inventory, "aggregation");
        String t = m("common.tco2e");
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.text(m("inventory.ghg.total")), Cell.t(totals.get("total")).link(calc(null)), Cell.text(t)));
        rows.add(List.of(Cell.text(labels.scope("scope1")), Cell.t(totals.get("scope1")).link(calc("scope:scope1")), Cell.text(t)));
        rows.add(List.of(Cell.text(labels.scope("scope2Location")), Cell.t(totals.get("scope2Location")).link(calc("scope:scope2")),
                Cell.text(t)));
        rows.add(List.of(Cell.text(labels.scope("scope2Market")), Cell.t(totals.get("scope2Market")).link(calc("scope:scope2")),
                Cell.text(t)));
        rows.add(List.of(Cell.text(labels.scope("scope3")), Cell.t(totals.get("scope3")).link(calc("scope:scope3")), Cell.text(t)));
        rows.add(List.of(Cell.text(m("inventory.ghg.totalMarket")), Cell.t(totals.get("totalMarket")).link(calc(null)),
                Cell.text(t)));
        if (totals.get("exportedElectricityDeduction") != null) {
            rows.add(List.of(Cell.text(m("inventory.ghg.exported")),
                    Cell.t(totals.get("exportedElectricityDeduction")).link(calc("type:ELEC_PV_ONSITE")), Cell.text(t)));
        }
        if (totals.get("gbt32150Total") != null) {
            rows.add(List.of(Cell.text(m("inventory.ghg.gbt32150")), Cell.t(totals.get("gbt32150Total")).link(calc(null)),
                    Cell.text(t)));
        }
        rows.add(List.of(Cell.text(m("inventory.ghg.uncertainty")), Cell.num(inventory.get("uncertaintyPct"), 2), Cell.text("%")));
        List<Section> sections = new ArrayList<>();
        sections.add(section(m("inventory.ghg.totals"),
                List.of(Column.text(m("inventory.col.item")), Column.number(m("inventory.col.value")), Column.text(m("inventory.col.unit"))),
                rows));

        Map<String, Object> byGas = map(aggregation, "byGas");
        Map<String, Object> byGasMass = map(aggregation, "byGasMass_t");
        List<List<Cell>> gases = new ArrayList<>();
        byGas.forEach((gas, tco2e) -> gases.add(List.of(
                Cell.text(Gas.CO2E.label().equals(gas) ? m("inventory.gas.co2e") : gas),
                byGasMass.get(gas) == null ? Cell.text(null) : Cell.num(byGasMass.get(gas), 6),
                Cell.t(tco2e).link(calc("gas:" + gas)))));
        sections.add(section(m("inventory.ghg.byGas"), List.of(Column.text(m("inventory.col.gas")),
                Column.number(m("inventory.col.mass")), Column.number(m("inventory.col.tco2e"))), gases));

        List<List<Cell>> iso = new ArrayList<>();
        map(aggregation, "byIsoCategory").forEach((category, tco2e) -> iso.add(List.of(Cell.text(labels.iso(category)),
                Cell.t(tco2e).link(calc("iso:" + category)))));
        sections.add(section(m("inventory.ghg.byIso"),
                List.of(Column.text(m("inventory.col.isoCategory")), Column.number(m("inventory.col.tco2e"))), iso));

        List<List<Cell>> scope3 = new ArrayList<>();
        map(aggregation, "byScope3Category").forEach((category, tco2e) -> scope3.add(List.of(
                Cell.text(labels.scope3Category(category)), Cell.t(tco2e).link(calc("s3:" + category)))));
        sections.add(section(m("inventory.ghg.byScope3"),
                List.of(Column.text(m("inventory.col.scope3Category")), Column.number(m("inventory.col.tco2e"))), scope3));

        List<List<Cell>> memo = new ArrayList<>();
        for (Map<String, Object> source : sources(inventory)) {
            if (source.get("memo") instanceof List<?> items) {
                for (Object item : items) {
                    Map<?, ?> gas = (Map<?, ?>) item;
                    memo.add(List.of(Cell.text(source.get("code")).link(trace(source.get("code"))), Cell.text(gas.get("gas")),
                            Cell.num(gas.get("mass_t"), 6)));
                }
            }
        }
        if (!memo.isEmpty()) {
            memo.add(List.of(Cell.text(m("inventory.ghg.memoTotal")), Cell.text(""), Cell.num(totals.get("memoNonKyotoMass_t"), 6)));
        }
        sections.add(section(m("inventory.ghg.memo"), List.of(Column.text(m("inventory.col.source")), Column.text(m("inventory.col.gas")),
                Column.number(m("inventory.col.mass"))), memo));
        return table("ghg", sections);
    }

    // (2) organisational and operational boundary

    private InventoryTable boundary() {
        Plant p = data.plant();
        List<List<Cell>> plantRows = new ArrayList<>();
        plantRows.add(List.of(Cell.text(m("inventory.boundary.plant")), Cell.text(p.code() + " · " + p.name())));
        plantRows.add(List.of(Cell.text(m("inventory.boundary.group")), Cell.text(p.groupCode())));
        plantRows.add(List.of(Cell.text(m("inventory.boundary.approach")), Cell.text(labels.approach(p.boundaryApproach()))));
        plantRows.add(List.of(Cell.text(m("inventory.boundary.equityShare")),
                p.equitySharePct() == null ? Cell.text(null) : Cell.num(p.equitySharePct(), 2)));
        plantRows.add(List.of(Cell.text(m("inventory.boundary.period")), Cell.text(period())));
        plantRows.add(List.of(Cell.text(m("inventory.boundary.gwp")), Cell.text(inventory.get("gwp"))));
        plantRows.add(List.of(Cell.text(m("inventory.boundary.library")), Cell.text(inventory.get("parameterLibrary"))));
        plantRows.add(List.of(Cell.text(m("inventory.boundary.timezone")), Cell.text(p.timezone())));
        List<Section> sections = new ArrayList<>();
        sections.add(section(m("inventory.boundary.organisation"),
                List.of(Column.text(m("inventory.col.item")), Column.text(m("inventory.col.value"))), plantRows));

        Map<String, List<String>> byUnit = new LinkedHashMap<>();
        for (Map<String, Object> source : sources(inventory)) {
            Object unit = source.get("orgUnit");
            byUnit.computeIfAbsent(unit == null ? InventoryLabels.NO_UNIT : unit.toString(), key -> new ArrayList<>())
                    .add(String.valueOf(source.get("code")));
        }
        Map<String, Object> unitTotals = map(map(inventory, "aggregation"), "byOrgUnit");
        Set<String> codes = new LinkedHashSet<>(labels.units().keySet());
        codes.addAll(byUnit.keySet());
        List<List<Cell>> units = new ArrayList<>();
        for (String code : codes) {
            OrgUnit unit = labels.units().get(code);
            Object tco2e = unitTotals.get(code);
            units.add(List.of(Cell.text(code), Cell.text(labels.unit(code)), Cell.text(unit == null ? null : unit.kind()),
                    Cell.text(String.join(", ", byUnit.getOrDefault(code, List.of()))),
                    tco2e == null ? Cell.text(null) : Cell.t(tco2e).link(calc("unit:" + code))));
        }
        sections.add(section(m("inventory.boundary.units"), List.of(Column.text(m("inventory.col.code")),
                Column.text(m("inventory.col.name")), Column.text(m("inventory.col.kind")), Column.text(m("inventory.col.sources")),
                Column.number(m("inventory.col.tco2e"))), units));

        Map<String, Object> byScope = map(map(inventory, "aggregation"), "byScope");
        List<List<Cell>> scopes = new ArrayList<>();
        for (String scope : List.of("scope1", "scope2", "scope3")) {
            List<Map<String, Object>> in = sources(inventory).stream().filter(source -> scope.equals(source.get("scope"))).toList();
            String iso = in.stream().map(source -> String.valueOf(source.get("isoCategory"))).distinct().sorted()
                    .map(labels::iso).collect(Collectors.joining("; "));
            Object tco2e = byScope.get(scope.equals("scope2") ? "scope2Location" : scope);
            scopes.add(List.of(Cell.text(labels.scope(scope)), Cell.text(in.isEmpty() ? m("inventory.boundary.excluded") : iso),
                    Cell.num(in.size(), 0), tco2e == null ? Cell.text(null) : Cell.t(tco2e).link(calc("scope:" + scope))));
        }
        sections.add(section(m("inventory.boundary.operational"), List.of(Column.text(m("inventory.col.scope")),
                Column.text(m("inventory.col.isoCategory")), Column.number(m("inventory.col.sourceCount")),
                Column.number(m("inventory.col.tco2eLocation"))), scopes));
        return table("boundary", sections);
    }

    private String period() {
        Map<String, Object> period = map(inventory, "period");
        return period == null ? String.valueOf(year) : m("inventory.boundary.periodValue", period.get("from"), period.get("to"));
    }

    // (3) source identification

    private InventoryTable sourceIdentification() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Map<String, Object> source : sources(inventory)) {
            EmissionSource setUp = data.sources().get(String.valueOf(source.get("code")));
            Object unit = source.get("orgUnit");
            rows.add(List.of(Cell.text(source.get("code")), Cell.text(source.get("name")), Cell.text(source.get("type")),
                    Cell.text(labels.typeEn(source.get("type"))), Cell.text(labels.typeZh(source.get("type"))),
                    Cell.text(labels.scope(source.get("scope"))), Cell.text(labels.iso(source.get("isoCategory"))),
                    Cell.text(source.get("scope3Category") == null ? null : labels.scope3Category(source.get("scope3Category"))),
                    Cell.text(gases(source)),
                    Cell.text(setUp == null ? null : labels.collection(setUp.collectionMethod())),
                    Cell.text(setUp == null ? null : labels.frequency(setUp.frequency())),
                    Cell.text(unit == null ? labels.unit(null) : unit + " · " + labels.unit(unit))));
        }
        return table("sources", List.of(section(m("inventory.tab.sources"), List.of(Column.text(m("inventory.col.source")),
                Column.text(m("inventory.col.name")), Column.text(m("inventory.col.type")), Column.text(m("inventory.col.catalogueEn")),
                Column.text(m("inventory.col.catalogueZh")), Column.text(m("inventory.col.scope")),
                Column.text(m("inventory.col.isoCategory")), Column.text(m("inventory.col.scope3Category")),
                Column.text(m("inventory.col.gases")), Column.text(m("inventory.col.collection")),
                Column.text(m("inventory.col.frequency")), Column.text(m("inventory.col.orgUnit"))), rows)));
    }

    /** The gases a source emitted (memo gases included); the catalogue's gases when it emitted none. */
    private String gases(Map<String, Object> source) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : List.of("gases", "memo")) {
            if (source.get(key) instanceof List<?> list) {
                for (Object item : list) {
                    Map<?, ?> gas = (Map<?, ?>) item;
                    names.add(gas.get("gas") + ("non-fossil".equals(gas.get("origin")) ? " (" + m("inventory.gas.nonFossil") + ")" : ""));
                }
            }
        }
        if (names.isEmpty()) {
            SourceType.find(String.valueOf(source.get("type")))
                    .ifPresent(type -> type.gases().forEach(gas -> names.add(gas.label())));
        }
        return names.isEmpty() ? "–" : String.join(", ", names);
    }

    // (4) activity data collection

    private InventoryTable activity() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Map<String, Object> source : sources(inventory)) {
            Object code = source.get("code");
            EmissionSource setUp = data.sources().get(String.valueOf(code));
            Cell collection = Cell.text(setUp == null ? null : labels.collection(setUp.collectionMethod()));
            List<TraceEntry> inputs = TraceEntry.of(source, "input");
            if (inputs.isEmpty()) {
                rows.add(List.of(Cell.text(code).link(trace(code)), Cell.text(source.get("name")), Cell.text(null), Cell.text(null),
                        Cell.text(null), Cell.text(m("inventory.activity.noData")), Cell.text(null), collection));
            }
            for (TraceEntry input : inputs) {
                rows.add(List.of(Cell.text(code).link(trace(code)), Cell.text(source.get("name")), Cell.text(input.name()),
                        Cell.exact(input.value()), Cell.text(input.unit()), Cell.text(input.detail()), Cell.text(input.rowsText()),
                        collection));
            }
        }
        return table("activity", List.of(section(m("inventory.tab.activity"), List.of(Column.text(m("inventory.col.source")),
                Column.text(m("inventory.col.name")), Column.text(m("inventory.col.input")), Column.number(m("inventory.col.value")),
                Column.text(m("inventory.col.unit")), Column.text(m("inventory.col.detail")), Column.text(m("inventory.col.rows")),
                Column.text(m("inventory.col.collection"))), rows)));
    }

    // (5) emission factor selection

    private InventoryTable factors() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Map<String, Object> source : sources(inventory)) {
            Object code = source.get("code");
            for (TraceEntry parameter : TraceEntry.of(source, "parameter")) {
                String status = parameter.status();
                rows.add(List.of(Cell.text(code).link(trace(code)), Cell.text(parameter.name()), Cell.exact(parameter.value()),
                        Cell.text(parameter.unit()),
                        status == null ? Cell.text(null)
                                : Cell.badge(status, m("inventory.status." + status)).tooltip(m("inventory.status." + status + ".long")),
                        Cell.text(parameter.detail())));
            }
        }
        return table("factors", List.of(section(m("inventory.tab.factors"), List.of(Column.text(m("inventory.col.source")),
                Column.text(m("inventory.col.parameter")), Column.number(m("inventory.col.value")), Column.text(m("inventory.col.unit")),
                Column.text(m("inventory.col.status")), Column.text(m("inventory.col.provenance"))), rows)));
    }
}
