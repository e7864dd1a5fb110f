package io.autoghg.platform.report;

import io.autoghg.accounting.catalogue.MethodKind;
import io.autoghg.accounting.catalogue.SourceType;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of one inventory version, read from its accounting JSON with exact decimals, and the
 * groupings the reports need that the JSON does not carry ready-made (GB/T 32150 categories, gases
 * of Scopes 1 and 2, energy carriers, months by unit). Sums are of the JSON's figures as stored
 * (tCO2e to 6 decimals); nothing is recalculated from activity data.
 */
final class Figures {
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final Map<String, Object> inventory;

    private Figures(Map<String, Object> inventory) {
        this.inventory = inventory;
    }

    @SuppressWarnings("unchecked")
    static Figures parse(String json) {
        return new Figures(JSON.readValue(json, Map.class));
    }

    Map<String, Object> inventory() {
        return inventory;
    }

    int version() {
        return dec(inventory.get("version")).intValue();
    }

    String text(String key) {
        Object value = inventory.get(key);
        return value == null ? null : value.toString();
    }

    /** A total of the JSON's "totals" (total, scope1, scope2Location, scope2Market, scope3, totalMarket, gbt32150Total …). */
    BigDecimal total(String key) {
        return dec(map(inventory, "totals").get(key));
    }

    BigDecimal uncertaintyPct() {
        return dec(inventory.get("uncertaintyPct"));
    }

    /** One map of the JSON's "aggregation" (byGas, byScope3Category, byIsoCategory, byOrgUnit, byMonth …), in its order. */
    Map<String, BigDecimal> aggregation(String name) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, Object> aggregation = map(inventory, "aggregation");
        Map<String, Object> group = aggregation == null ? null : map(aggregation, name);
        if (group != null) {
            group.forEach((key, value) -> values.put(key, dec(value)));
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> sources() {
        Object sources = inventory.get("sources");
        return sources == null ? List.of() : (List<Map<String, Object>>) sources;
    }

    static SourceType type(Map<String, Object> source) {
        return SourceType.valueOf(String.valueOf(source.get("type")));
    }

    /** The source's trace entries of one kind (input, parameter, step, result, note). */
    static List<TraceItem> trace(Map<String, Object> source, String kind) {
        List<TraceItem> items = new ArrayList<>();
        if (source.get("trace") instanceof List<?> trace) {
            for (Object entry : trace) {
                Map<?, ?> item = (Map<?, ?>) entry;
                if (kind.equals(item.get("kind"))) {
                    List<String> rows = item.get("rows") instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
                    items.add(new TraceItem(String.valueOf(item.get("name")), dec(item.get("value")),
                            item.get("unit") == null ? null : item.get("unit").toString(),
                            item.get("detail") == null ? "" : item.get("detail").toString(), rows));
                }
            }
        }
        return items;
    }

    record TraceItem(String name, BigDecimal value, String unit, String detail, List<String> rows) {
    }

    /** Gas → {mass in t, tCO2e} over the sources that pass the filter (memo gases left out). */
    Map<String, BigDecimal[]> gases(Predicate<Map<String, Object>> filter) {
        Map<String, BigDecimal[]> gases = new LinkedHashMap<>();
        for (Map<String, Object> source : sources()) {
            if (filter.test(source) && source.get("gases") instanceof List<?> list) {
                for (Object item : list) {
                    Map<?, ?> gas = (Map<?, ?>) item;
                    BigDecimal[] sums = gases.computeIfAbsent(String.valueOf(gas.get("gas")), key -> new BigDecimal[] {null, BigDecimal.ZERO});
                    BigDecimal mass = dec(gas.get("mass_t"));
                    if (mass != null) {
                        sums[0] = sums[0] == null ? mass : sums[0].add(mass);
                    }
                    sums[1] = sums[1].add(orZero(dec(gas.get("tco2e"))));
                }
            }
        }
        return gases;
    }

    static boolean inScope(Map<String, Object> source, String... scopes) {
        for (String scope : scopes) {
            if (scope.equals(source.get("scope"))) {
                return true;
            }
        }
        return false;
    }

    /** The emission categories of GB/T 32150: the sources of Scopes 1 and 2, grouped by what emits. */
    enum GbtCategory {
        FUEL_COMBUSTION, PROCESS, FUGITIVE, ELECTRICITY, HEAT;

        static GbtCategory of(SourceType type) {
            if (type.method() == MethodKind.FUEL_COMBUSTION) {
                return FUEL_COMBUSTION;
            }
            String code = type.code();
            if (code.startsWith("PROC_")) {
                return PROCESS;
            }
            if (code.startsWith("FUG_")) {
                return FUGITIVE;
            }
            if (code.startsWith("ELEC_")) {
                return ELECTRICITY;
            }
            return code.startsWith("HEAT_") ? HEAT : null;
        }
    }

    /** tCO2e (location-based) of each GB/T 32150 category, before the deduction of exported electricity. */
    Map<GbtCategory, BigDecimal> gbtCategories() {
        Map<GbtCategory, BigDecimal> sums = new EnumMap<>(GbtCategory.class);
        for (GbtCategory category : GbtCategory.values()) {
            sums.put(category, BigDecimal.ZERO);
        }
        for (Map<String, Object> source : sources()) {
            GbtCategory category = GbtCategory.of(type(source));
            if (category != null) {
                sums.merge(category, orZero(dec(source.get("tco2e"))), BigDecimal::add);
            }
        }
        return sums;
    }

    /** Energy carriers of the plant: fuels burned, electricity bought and generated, heat bought. */
    enum Carrier {
        NATURAL_GAS, COAL, DIESEL, GASOLINE, LPG, LNG, ELECTRICITY, PV, HEAT;

        static Carrier of(SourceType type) {
            return switch (type) {
                case STAT_COMB_NG -> NATURAL_GAS;
                case STAT_COMB_COAL -> COAL;
                case STAT_COMB_DIESEL, MOB_COMB_DIESEL -> DIESEL;
                case MOB_COMB_GASOLINE -> GASOLINE;
                case MOB_COMB_LPG -> LPG;
                case MOB_COMB_LNG -> LNG;
                case ELEC_PURCHASED -> ELECTRICITY;
                case ELEC_PV_ONSITE -> PV;
                case HEAT_PURCHASED -> HEAT;
                default -> null;
            };
        }
    }

    /** Quantity by unit, energy in GJ (null when unknown) and tCO2e (location-based) of one carrier. */
    record CarrierUse(Carrier carrier, Map<String, BigDecimal> quantities, BigDecimal energyGj, BigDecimal tco2e, int sources) {
    }

    private static final BigDecimal GJ_PER_MWH = new BigDecimal("3.6");

    List<CarrierUse> carriers() {
        Map<Carrier, CarrierUse> uses = new EnumMap<>(Carrier.class);
        for (Map<String, Object> source : sources()) {
            Carrier carrier = Carrier.of(type(source));
            if (carrier == null) {
                continue;
            }
            Map<String, BigDecimal> quantities = new TreeMap<>();
            BigDecimal energy = null;
            for (TraceItem input : trace(source, "input")) {
                if (input.value() == null || input.unit() == null) {
                    continue;
                }
                if (input.name().equals("activity") || input.name().equals("steam")) {
                    quantities.merge(input.unit(), input.value(), BigDecimal::add);
                }
                if (input.name().equals("activity") && input.unit().equals("MWh")) {
                    energy = add(energy, input.value().multiply(GJ_PER_MWH));
                } else if (input.name().equals("activity") && input.unit().equals("GJ")) {
                    energy = add(energy, input.value());
                }
            }
            for (TraceItem step : trace(source, "step")) {
                if ("GJ".equals(step.unit()) && step.value() != null) {
                    energy = add(energy, step.value());
                }
            }
            CarrierUse before = uses.get(carrier);
            BigDecimal tco2e = orZero(dec(source.get("tco2e")));
            if (before == null) {
                uses.put(carrier, new CarrierUse(carrier, quantities, energy, tco2e, 1));
            } else {
                quantities.forEach((unit, value) -> before.quantities().merge(unit, value, BigDecimal::add));
                uses.put(carrier, new CarrierUse(carrier, before.quantities(), add(before.energyGj(), energy), before.tco2e().add(tco2e),
                        before.sources() + 1));
            }
        }
        return new ArrayList<>(uses.values());
    }

    /** The monthly tCO2e of one source, in month order. */
    static Map<YearMonth, BigDecimal> monthly(Map<String, Object> source) {
        Map<YearMonth, BigDecimal> months = new TreeMap<>();
        Map<String, Object> monthly = map(source, "monthly");
        if (monthly != null) {
            monthly.forEach((month, value) -> months.put(YearMonth.parse(month), dec(value)));
        }
        return months;
    }

    /** The months of the inventory's period (January–December of the year). */
    List<YearMonth> months() {
        Map<String, Object> period = map(inventory, "period");
        List<YearMonth> months = new ArrayList<>();
        YearMonth from = YearMonth.from(java.time.LocalDate.parse(String.valueOf(period.get("from"))));
        YearMonth to = YearMonth.from(java.time.LocalDate.parse(String.valueOf(period.get("to"))).minusDays(1));
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** tCO2e by month of the sources that pass the filter. */
    Map<YearMonth, BigDecimal> monthly(Predicate<Map<String, Object>> filter) {
        Map<YearMonth, BigDecimal> sums = new TreeMap<>();
        for (Map<String, Object> source : sources()) {
            if (filter.test(source)) {
                monthly(source).forEach((month, value) -> sums.merge(month, value, BigDecimal::add));
            }
        }
        return sums;
    }

    static BigDecimal dec(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.get(key);
    }
}
