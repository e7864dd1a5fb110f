package io.autoghg.platform.web;

import static io.autoghg.platform.web.InventoryReader.map;
import static io.autoghg.platform.web.InventoryReader.sources;

import io.autoghg.platform.source.EmissionSource;
import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The overview's charts and their text equivalents, from the inventory JSON: the month-by-month
 * trend against last year, the structure by source type and by organisational unit, and the flow
 * from energy carriers to organisational units to scopes (sources grouped by type, unit and scope;
 * the tCO2e are the sources' own figures).
 */
final class OverviewCharts {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record MonthRow(String month, BigDecimal current, BigDecimal previous) {
    }

    record Share(String code, String name, BigDecimal tco2e, String href) {
    }

    record Flow(String carrier, String unit, String scope, BigDecimal tco2e) {
    }

    private final InventoryData.Loaded data;
    private final InventoryLabels labels;
    private final Map<String, Object> previous;

    /** {@code previous}: last year's inventory, or null when last year has no data. */
    OverviewCharts(InventoryData.Loaded data, Map<String, Object> previous) {
        this.data = data;
        this.labels = data.labels();
        this.previous = previous;
    }

    List<MonthRow> trend() {
        Map<String, Object> current = map(map(data.inventory(), "aggregation"), "byMonth");
        Map<String, Object> last = previous == null ? Map.of() : map(map(previous, "aggregation"), "byMonth");
        List<MonthRow> rows = new ArrayList<>();
        for (Month month : Month.values()) {
            String name = month.getDisplayName(TextStyle.SHORT, labels.locale());
            rows.add(new MonthRow(name, decimal(current.get(key(data.year(), month))), decimal(last.get(key(data.year() - 1, month)))));
        }
        return rows;
    }

    public boolean hasPrevious() {
        return previous != null;
    }

    private static String key(int year, Month month) {
        return String.format("%04d-%02d", year, month.getValue());
    }

    List<Share> byType() {
        List<Share> shares = new ArrayList<>();
        map(map(data.inventory(), "aggregation"), "bySourceType").forEach((type, tco2e) -> shares.add(new Share(type,
                labels.type(type), decimal(tco2e), InventoryLinks.calculation(data.plant().code(), data.year(), "type:" + type))));
        return sorted(shares);
    }

    List<Share> byUnit() {
        List<Share> shares = new ArrayList<>();
        map(map(data.inventory(), "aggregation"), "byOrgUnit").forEach((unit, tco2e) -> shares.add(new Share(unit,
                labels.unit(unit), decimal(tco2e), InventoryLinks.calculation(data.plant().code(), data.year(), "unit:" + unit))));
        return sorted(shares);
    }

    private static List<Share> sorted(List<Share> shares) {
        return shares.stream().filter(share -> share.tco2e() != null && share.tco2e().signum() != 0)
                .sorted(Comparator.comparing(Share::tco2e).reversed()).toList();
    }

    /** Sources grouped by carrier, unit and scope, largest first; sources with zero tCO2e are left out. */
    List<Flow> flows() {
        Map<List<String>, BigDecimal> sums = new LinkedHashMap<>();
        for (Map<String, Object> source : sources(data.inventory())) {
            BigDecimal tco2e = decimal(source.get("tco2e"));
            if (tco2e == null || tco2e.signum() <= 0) {
                continue;
            }
            Object unit = source.get("orgUnit");
            List<String> key = List.of(carrier(source), unit == null ? InventoryLabels.NO_UNIT : unit.toString(),
                    String.valueOf(source.get("scope")));
            sums.merge(key, tco2e, BigDecimal::add);
        }
        List<Flow> flows = new ArrayList<>();
        sums.forEach((key, tco2e) -> flows.add(new Flow(key.get(0), key.get(1), key.get(2), tco2e)));
        flows.sort(Comparator.comparing(Flow::tco2e).reversed());
        return flows;
    }

    /** The energy carrier behind a source: its fuel parameter when it names one, else its catalogue type. */
    String carrier(Map<String, Object> source) {
        String type = String.valueOf(source.get("type"));
        EmissionSource setUp = data.sources().get(String.valueOf(source.get("code")));
        String fuel = setUp == null || setUp.parameters() == null ? null : setUp.parameters().get("fuel");
        if (fuel != null && (type.startsWith("STAT_COMB_") || type.startsWith("MOB_COMB_"))) {
            return switch (fuel.strip()) {
                case "natural-gas" -> "naturalGas";
                case "bituminous-coal", "anthracite", "coke" -> "coal";
                case "diesel" -> "diesel";
                case "gasoline" -> "gasoline";
                case "lpg" -> "lpg";
                case "lng" -> "lng";
                default -> "otherFuels";
            };
        }
        return switch (type) {
            case "ELEC_PURCHASED", "ELEC_PV_ONSITE" -> "electricity";
            case "STAT_COMB_NG", "FUG_GAS_PIPELINE" -> "naturalGas";
            case "STAT_COMB_COAL" -> "coal";
            case "STAT_COMB_DIESEL", "MOB_COMB_DIESEL" -> "diesel";
            case "MOB_COMB_GASOLINE" -> "gasoline";
            case "MOB_COMB_LPG" -> "lpg";
            case "MOB_COMB_LNG" -> "lng";
            case "HEAT_PURCHASED" -> "heat";
            default -> type.startsWith("S3_") ? "valueChain" : "process";
        };
    }

    /** The chart data for overview.js (ECharts options are assembled in the browser). */
    String json(boolean hasPrevious) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unit", labels.msg("common.tco2e"));
        List<MonthRow> trend = trend();
        Map<String, Object> trendData = new LinkedHashMap<>();
        trendData.put("months", trend.stream().map(MonthRow::month).toList());
        trendData.put("current", trend.stream().map(row -> number(row.current())).toList());
        trendData.put("currentName", String.valueOf(data.year()));
        if (hasPrevious) {
            trendData.put("previous", trend.stream().map(row -> number(row.previous())).toList());
            trendData.put("previousName", String.valueOf(data.year() - 1));
        }
        out.put("trend", trendData);
        out.put("byType", byType().stream().map(share -> Map.of("name", share.name(), "value", number(share.tco2e()),
                "href", share.href())).toList());
        out.put("byUnit", byUnit().stream().map(share -> Map.of("name", share.name(), "value", number(share.tco2e()),
                "href", share.href())).toList());
        out.put("sankey", sankey());
        // a JSON island in <script type="application/json">: "</" must not close the element
        return JSON.writeValueAsString(out).replace("</", "<\\/");
    }

    private Map<String, Object> sankey() {
        List<Flow> flows = flows();
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        Map<List<String>, BigDecimal> links = new LinkedHashMap<>();
        for (Flow flow : flows) {
            String carrier = node(names, used, "c:" + flow.carrier(), labels.carrier(flow.carrier()));
            String unit = node(names, used, "u:" + flow.unit(), labels.unit(flow.unit()));
            String scope = node(names, used, "s:" + flow.scope(), labels.scope(flow.scope()));
            links.merge(List.of(carrier, unit), flow.tco2e(), BigDecimal::add);
            links.merge(List.of(unit, scope), flow.tco2e(), BigDecimal::add);
        }
        List<Map<String, Object>> linkList = new ArrayList<>();
        links.forEach((ends, value) -> linkList.add(Map.of("source", ends.get(0), "target", ends.get(1), "value", number(value))));
        return Map.of("nodes", names.values().stream().map(name -> Map.of("name", name)).toList(), "links", linkList);
    }

    /** A node name unique across the three columns of the Sankey (ECharts identifies nodes by name). */
    private static String node(Map<String, String> names, Set<String> used, String id, String label) {
        return names.computeIfAbsent(id, key -> {
            String name = label;
            for (int n = 2; used.contains(name); n++) {
                name = label + " (" + n + ")";
            }
            used.add(name);
            return name;
        });
    }

    private static Object number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    static BigDecimal decimal(Object value) {
        return InventoryTable.Cell.decimal(value);
    }
}
