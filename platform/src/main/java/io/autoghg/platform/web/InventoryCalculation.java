package io.autoghg.platform.web;

import static io.autoghg.platform.web.InventoryReader.map;
import static io.autoghg.platform.web.InventoryReader.sources;

import io.autoghg.platform.web.InventoryTable.Cell;
import io.autoghg.platform.web.InventoryTable.Column;
import io.autoghg.platform.web.InventoryTable.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Table (6) of 6.5.3 a), the emission calculation: one row per source and gas with mass, GWP and
 * tCO2e, the source's location- and market-based tCO2e and uncertainty, optionally filtered to
 * the sources behind an aggregate ("scope:scope1", "gas:CH4", "iso:3", "s3:6+7", "unit:PAINT",
 * "type:STAT_COMB_NG"). Every tCO2e links to the trace of its source.
 */
final class InventoryCalculation {
    private final InventoryLabels labels;
    private final Map<String, Object> inventory;
    private final String plant;
    private final int year;

    InventoryCalculation(InventoryData.Loaded data) {
        this.labels = data.labels();
        this.inventory = data.inventory();
        this.plant = data.plant().code();
        this.year = data.year();
    }

    private String m(String key, Object... args) {
        return labels.msg(key, args);
    }

    private String trace(Object source) {
        return InventoryLinks.trace(plant, year, source);
    }

    InventoryTable table(String by) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Map<String, Object> source : sources(inventory)) {
            if (!matches(source, by)) {
                continue;
            }
            Object code = source.get("code");
            String link = trace(code);
            List<Map<?, ?>> gases = new ArrayList<>();
            for (String key : List.of("gases", "memo")) {
                if (source.get(key) instanceof List<?> list) {
                    list.forEach(item -> gases.add((Map<?, ?>) item));
                }
            }
            if (by != null && by.startsWith("gas:")) {
                gases.removeIf(gas -> !Objects.equals(by.substring(4), gas.get("gas")));
            }
            if (gases.isEmpty()) {
                gases.add(null);
            }
            boolean first = true;
            for (Map<?, ?> gas : gases) {
                boolean memo = gas != null && gas.get("tco2e") == null;
                List<Cell> row = new ArrayList<>();
                row.add(first ? Cell.text(code).link(link) : Cell.text(""));
                row.add(first ? Cell.text(source.get("name")) : Cell.text(""));
                row.add(first ? Cell.text(labels.scope(source.get("scope"))) : Cell.text(""));
                row.add(gas == null ? Cell.text(null)
                        : Cell.text(gas.get("gas") + (memo ? " (" + m("inventory.gas.memo") + ")"
                        : "non-fossil".equals(gas.get("origin")) ? " (" + m("inventory.gas.nonFossil") + ")" : "")));
                row.add(gas == null ? Cell.text(null) : Cell.num(gas.get("mass_t"), 6));
                row.add(gas == null || gas.get("gwp") == null ? Cell.text(null) : Cell.exact(gas.get("gwp")));
                row.add(gas == null || memo ? Cell.text(null) : Cell.t(gas.get("tco2e")).link(link));
                row.add(first ? Cell.t(source.get("tco2e")).link(link) : Cell.text(""));
                row.add(first ? Cell.t(source.get("tco2eMarket")).link(link) : Cell.text(""));
                row.add(first ? (source.get("uncertaintyPct") == null ? Cell.text(null) : Cell.num(source.get("uncertaintyPct"), 2))
                        : Cell.text(""));
                rows.add(row);
                first = false;
            }
        }
        if (by == null) {
            Map<String, Object> totals = map(inventory, "totals");
            rows.add(List.of(Cell.text(m("inventory.ghg.total")), Cell.text(""), Cell.text(""), Cell.text(""), Cell.text(""),
                    Cell.text(""), Cell.text(""), Cell.t(totals.get("total")).link(InventoryLinks.table(plant, year, "ghg")),
                    Cell.t(totals.get("totalMarket")).link(InventoryLinks.table(plant, year, "ghg")),
                    inventory.get("uncertaintyPct") == null ? Cell.text(null) : Cell.num(inventory.get("uncertaintyPct"), 2)));
        }
        String caption = by == null ? m("inventory.tab.calculation") : m("inventory.calculation.filtered", describe(by));
        List<Column> columns = List.of(Column.text(m("inventory.col.source")), Column.text(m("inventory.col.name")),
                Column.text(m("inventory.col.scope")), Column.text(m("inventory.col.gas")), Column.number(m("inventory.col.mass")),
                Column.number(m("inventory.col.gwp")), Column.number(m("inventory.col.tco2e")),
                Column.number(m("inventory.col.sourceTco2e")), Column.number(m("inventory.col.marketTco2e")),
                Column.number(m("inventory.col.uncertainty")));
        return new InventoryTable("calculation", m("inventory.tab.calculation"), List.of(new Section(caption, columns, rows)));
    }

    /** Whether a source belongs to the filter "kind:value" of the calculation table. */
    private static boolean matches(Map<String, Object> source, String by) {
        if (by == null || !by.contains(":")) {
            return true;
        }
        String kind = by.substring(0, by.indexOf(':'));
        String value = by.substring(by.indexOf(':') + 1);
        return switch (kind) {
            case "scope" -> value.equals(source.get("scope"));
            case "iso" -> value.equals(String.valueOf(source.get("isoCategory")));
            case "s3" -> value.equals(String.valueOf(source.get("scope3Category")));
            case "unit" -> value.equals(source.get("orgUnit") == null ? InventoryLabels.NO_UNIT : source.get("orgUnit"));
            case "type" -> value.equals(source.get("type"));
            case "gas" -> hasGas(source, value);
            default -> true;
        };
    }

    private static boolean hasGas(Map<String, Object> source, String gas) {
        for (String key : List.of("gases", "memo")) {
            if (source.get(key) instanceof List<?> list
                    && list.stream().anyMatch(item -> gas.equals(((Map<?, ?>) item).get("gas")))) {
                return true;
            }
        }
        return false;
    }

    /** The filter in words, for the caption. */
    private String describe(String by) {
        if (by == null || !by.contains(":")) {
            return "";
        }
        String value = by.substring(by.indexOf(':') + 1);
        return switch (by.substring(0, by.indexOf(':'))) {
            case "scope" -> labels.scope(value);
            case "iso" -> labels.iso(value);
            case "s3" -> labels.scope3Category(value);
            case "unit" -> labels.unit(value);
            case "type" -> labels.type(value);
            default -> value;
        };
    }
}
