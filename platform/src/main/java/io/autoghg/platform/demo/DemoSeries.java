package io.autoghg.platform.demo;

import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.activity.NewRow;
import io.autoghg.platform.demo.DemoData.Shop;
import io.autoghg.platform.source.SourceRequests.NewSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Generates the demo plant's activity data: daily meter readings for the METERED and DIRECT sources
 * and monthly entries with evidence references for the MANUAL and INTEGRATION ones. Each daily
 * series is an annual target spread over the days by a load profile (base load, production-driven
 * load, seasonal HVAC) with a few percent of noise; PV self-use lowers the shops' grid purchases.
 */
final class DemoSeries {
    private static final String FILE = "demo";
    private static final double GAS_NCV = 0.038931;
    private static final double COAL_NCV = 19.570;

    /** Gas curtailments during which the standby coal boiler replaces most of the gas boilers' output. */
    private static final List<LocalDate[]> CURTAILMENTS = List.of(
            new LocalDate[] {LocalDate.of(2025, 1, 8), LocalDate.of(2025, 1, 18)},
            new LocalDate[] {LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 24)});

    /** A grid outage during which the emergency generators ran. */
    private record Outage(double litres, double hours, String note) {
    }

    private static final Map<LocalDate, Outage> OUTAGES = Map.of(
            LocalDate.of(2025, 7, 23), new Outage(5640, 6, "grid outage during a typhoon; both generators ran about 6 h"),
            LocalDate.of(2026, 9, 16), new Outage(2180, 2.5, "grid outage (110 kV line fault); generators ran about 2.5 h"));

    /** Fugitive events: source, month, kg, evidence. */
    private record Event(String source, YearMonth month, String kilograms, List<String> evidence, String note) {
    }

    private static final List<Event> EVENTS = List.of(
            new Event("SF6-SWITCHGEAR", YearMonth.of(2025, 6), "2.5",
                    List.of("MAINT-2025-06-0031 (maintenance work order)", "INV-2025-06-2207 (SF6 refill invoice)"),
                    "top-up after a leak was found at a bay's density monitor"),
            new Event("SF6-SWITCHGEAR", YearMonth.of(2026, 4), "1.8",
                    List.of("MAINT-2026-04-0017 (maintenance work order)", "INV-2026-04-1190 (SF6 refill invoice)"),
                    "top-up during the annual switchgear inspection"),
            new Event("FIRE-FM200", YearMonth.of(2025, 8), "45",
                    List.of("INC-2025-08-002 (incident report)", "INV-2025-09-3318 (FM-200 refill invoice)"),
                    "accidental discharge in the server room (faulty smoke detector)"),
            new Event("FIRE-FM200", YearMonth.of(2026, 5), "6.5",
                    List.of("MAINT-2026-05-0044 (maintenance work order)", "WEIGH-2026-05 (cylinder weighing record)"),
                    "cylinder weight loss found at the semi-annual check"));

    private record Pending(String source, LocalDate start, LocalDate end, BigDecimal value, Unit unit, String item,
                           BigDecimal uncertainty, String collection, String meter, List<String> evidence, String note) {
    }

    /**
     * The data problems the demo plant ships with, so that the quality scorecard has something to
     * show (docs/quality.md §7), all in the last full year: the district-heat meter stuck for six
     * days in March, a missing week on the office electricity feeder in September, a one-day spike
     * on the paint-shop gas meter in November, an export reading above the PV generation in August
     * (the sub-meter check) and a dealer energy survey that never came back for August. The
     * calibration lapses come from the calibration records (DemoData#calibrations).
     */
    record Problems(LocalDate stuckFrom, LocalDate stuckTo, LocalDate missingFrom, LocalDate missingTo, LocalDate spike,
                    LocalDate exportAboveGeneration, YearMonth missingSurvey) {
        static Problems of(int year) {
            LocalDate stuckFrom = LocalDate.of(year, 3, 10);
            LocalDate missingFrom = LocalDate.of(year, 9, 15).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            LocalDate spike = LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY)).plusWeeks(1);
            LocalDate export = LocalDate.of(year, 8, 12);
            return new Problems(stuckFrom, stuckFrom.plusDays(6), missingFrom, missingFrom.plusDays(7), spike, export,
                    YearMonth.of(year, 8));
        }

        boolean stuck(LocalDate day) {
            return !day.isBefore(stuckFrom) && day.isBefore(stuckTo);
        }

        boolean missing(LocalDate day) {
            return !day.isBefore(missingFrom) && day.isBefore(missingTo);
        }
    }

    /** Heat meter whose reading sticks, the feeder that misses a week, the gas meter that spikes, the monthly source that misses a month. */
    static final String STUCK_METER = "HM-PAINT";
    static final String MISSING_SOURCE = "ELEC-OFFICE";
    static final String SPIKE_METER = "GM-PAINT";
    static final String MISSING_SURVEY_SOURCE = "S3-DEALER";

    private final DemoData plan;
    private final DemoCalendar calendar = new DemoCalendar();
    private final Map<String, Double> yearSums = new HashMap<>();
    private final Map<LocalDate, Double> production = new HashMap<>();
    private final Map<String, String> collections = new HashMap<>();
    private final Problems problems;
    private BigDecimal stuckHeat;
    private List<NewRow> rows;
    private SortedMap<YearMonth, Integer> monthly;

    DemoSeries(DemoData plan) {
        this.plan = plan;
        this.problems = Problems.of(plan.lastFullYear());
    }

    Problems problems() {
        return problems;
    }

    synchronized List<NewRow> rows() {
        if (rows == null) {
            rows = generate();
        }
        return rows;
    }

    synchronized SortedMap<YearMonth, Integer> production() {
        if (monthly == null) {
            SortedMap<YearMonth, Integer> map = new TreeMap<>();
            for (LocalDate day = plan.firstDay(); day.isBefore(plan.today()); day = day.plusDays(1)) {
                map.merge(YearMonth.from(day), calendar.vehicles(day), Integer::sum);
            }
            monthly = Collections.unmodifiableSortedMap(map);
        }
        return monthly;
    }

    // ---------------------------------------------------------------------------------------------------- targets

    static double electricityMWh(int year) {
        return 204_000 * (1 + 0.005 * (year - 2025));
    }

    static double pvMWh(int year) {
        return 30 * 1_080 * (1 - 0.005 * (year - 2025));
    }

    static double paintGasNm3(int year) {
        return 10_000_000 * (1 - 0.01 * (year - 2025));
    }

    static double boilerGasNm3(int year) {
        return 8_000_000 * (1 - 0.02 * (year - 2025));
    }

    static double heatGJ(int year) {
        return 100_000;
    }

    static double codKg(int year) {
        return 360_000;
    }

    // ---------------------------------------------------------------------------------------------------- generation

    private List<NewRow> generate() {
        Map<String, List<Pending>> bySource = new LinkedHashMap<>();
        for (NewSource source : plan.sources()) {
            bySource.put(source.code(), new ArrayList<>());
            collections.put(source.code(), source.collectionMethod());
        }
        Map<YearMonth, Double> gasIntake = new HashMap<>();
        for (LocalDate day = plan.firstDay(); day.isBefore(plan.today()); day = day.plusDays(1)) {
            daily(day, bySource, gasIntake);
        }
        for (YearMonth month = YearMonth.from(plan.firstDay()); !month.plusMonths(1).atDay(1).isAfter(plan.today());
             month = month.plusMonths(1)) {
            monthly(month, bySource, gasIntake.getOrDefault(month, 0.0));
        }
        certificates(bySource);
        List<NewRow> result = new ArrayList<>();
        int line = 0;
        for (List<Pending> pendings : bySource.values()) {
            for (Pending p : pendings) {
                ActivityRow row = new ActivityRow(p.source(), p.start(), p.end(), new Quantity(p.value(), p.unit()), p.item(),
                        p.uncertainty(), new SourceLocation(FILE, ++line));
                result.add(new NewRow(row, p.collection(), null, null, p.meter(), null, p.evidence(), p.note(), enteredAt(p)));
            }
        }
        return List.copyOf(result);
    }

    /**
     * When a row would have come in: meter readings a few minutes after the day ended (automatic
     * collection); monthly entries 2–10 days after the month (an entry on the 10th day counts as
     * late), the dealer survey three to five weeks after, green certificates when the quarter's
     * certificates are retired; events within a week. Never later than the start of today.
     */
    private Instant enteredAt(Pending p) {
        ZoneId zone = ZoneId.of(DemoData.TIMEZONE);
        LocalDateTime entered;
        if (p.meter() != null) {
            entered = p.end().atTime(0, 5 + DemoCalendar.random("entered-" + p.meter(), p.start()).nextInt(20));
        } else {
            SplittableRandom random = DemoCalendar.random("entered-" + p.source() + "-" + p.item(), p.start());
            int days = switch (p.source()) {
                case MISSING_SURVEY_SOURCE -> 20 + random.nextInt(16);
                case "SF6-SWITCHGEAR", "FIRE-FM200" -> 1 + random.nextInt(6);
                default -> "certified".equals(p.item()) ? 15 + random.nextInt(20) : 2 + random.nextInt(9);
            };
            entered = p.end().plusDays(days).atTime(9 + random.nextInt(8), random.nextInt(60));
        }
        LocalDateTime cap = plan.today().atStartOfDay();
        return (entered.isAfter(cap) ? cap : entered).atZone(zone).toInstant();
    }

    private double production(LocalDate day) {
        return production.computeIfAbsent(day, calendar::production);
    }

    /** Share of the year's total falling on {@code day} under the given daily profile. */
    private double share(String key, LocalDate day, ToDoubleFunction<LocalDate> profile) {
        int year = day.getYear();
        double sum = yearSums.computeIfAbsent(key + "@" + year, k -> {
            double total = 0;
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                total += profile.applyAsDouble(d);
            }
            return total;
        });
        return profile.applyAsDouble(day) / sum;
    }

    private double hvac(LocalDate day) {
        return (DemoCalendar.cooling(day) + 0.6 * DemoCalendar.heating(day)) * DemoCalendar.occupancy(day);
    }

    private void daily(LocalDate day, Map<String, List<Pending>> out, Map<YearMonth, Double> gasIntake) {
        int year = day.getYear();
        LocalDate next = day.plusDays(1);

        // electricity consumed per shop (MWh), before PV
        Map<Shop, Double> consumed = new LinkedHashMap<>();
        double total = 0;
        for (Shop shop : DemoData.SHOPS) {
            double value = electricityMWh(year) * shop.share()
                    * share("elec-" + shop.unit(), day, d -> shop.base() + shop.perVehicle() * production(d) + shop.hvac() * hvac(d))
                    * DemoCalendar.noise(DemoCalendar.random("elec-" + shop.unit(), day), 2.5);
            consumed.put(shop, value);
            total += value;
        }

        // rooftop PV: generation, export on low-load days, self-use shared by all feeders
        double generated = pvMWh(year) * share("pv", day, d -> DemoCalendar.sunHours(d) * DemoCalendar.weather(d));
        SplittableRandom pvRandom = DemoCalendar.random("pv-export", day);
        double exportShare = production(day) > 0 ? 0.005 + 0.015 * pvRandom.nextDouble()
                : DemoCalendar.shutdown(day) ? 0.5 + 0.2 * pvRandom.nextDouble() : 0.25 + 0.2 * pvRandom.nextDouble();
        double exported = Math.max(generated * exportShare, generated - 0.8 * total);
        BigDecimal generatedMWh = round(generated, 3);
        BigDecimal exportedMWh = round(exported, 3).min(generatedMWh);
        double selfUsed = generatedMWh.subtract(exportedMWh).doubleValue();
        Outage outage = OUTAGES.get(day);
        double gridShare = (1 - selfUsed / total) * (outage == null ? 1 : 1 - outage.hours() / 24);
        for (Shop shop : DemoData.SHOPS) {
            double purchased = consumed.get(shop) * gridShare;
            BigDecimal value = shop.unitSymbol().equals("kWh") ? round(purchased * 1000, 0) : round(purchased, 3);
            if (shop.source().equals(MISSING_SOURCE) && problems.missing(day)) {
                continue; // the feeder's data logger lost a week of readings
            }
            meter(out, shop.source(), day, next, value, Units.parse(shop.unitSymbol()), "", shop.meter(), "METERED", null);
        }
        meter(out, "PV-ROOF", day, next, generatedMWh, Units.MWH, "generated", "PVM-GEN", "METERED", null);
        if (day.equals(problems.exportAboveGeneration())) {
            exportedMWh = round(generatedMWh.doubleValue() * 1.18, 3); // the tariff meter's registers were read the wrong way round
        }
        meter(out, "PV-ROOF", day, next, exportedMWh, Units.MWH, "exported", "PVM-EXP", "METERED", null);

        // natural gas (Nm3), standby coal boiler during curtailments
        double paintGas = paintGasNm3(year)
                * share("ng-paint", day, d -> 0.25 + 0.65 * production(d) + 0.10 * DemoCalendar.heating(d) * DemoCalendar.occupancy(d))
                * DemoCalendar.noise(DemoCalendar.random("ng-paint", day), 2);
        double boilerGas = boilerGasNm3(year)
                * share("ng-boiler", day, d -> 0.15 + 0.25 * production(d) + 0.60 * DemoCalendar.heating(d) * DemoCalendar.occupancy(d))
                * DemoCalendar.noise(DemoCalendar.random("ng-boiler", day), 3);
        double coal = 0;
        String coalNote = null;
        if (curtailed(day)) {
            coal = boilerGas * 0.7 * GAS_NCV / COAL_NCV * 1.12;
            boilerGas *= 0.3;
            coalNote = "gas supply curtailed by the city-gas company; standby coal boiler in service";
        }
        if (day.equals(problems.spike())) {
            paintGas *= 3.2; // the meter's pulse counter counted double and more after a power dip
        }
        meter(out, "NG-PAINT", day, next, round(paintGas, 0), Units.NM3, "", "GM-PAINT", "METERED", null);
        meter(out, "NG-BOILER", day, next, round(boilerGas, 0), Units.NM3, "", "GM-POWER", "METERED", coalNote == null ? null
                : "gas curtailment: boilers at reduced load");
        meter(out, "COAL-BOILER", day, next, round(coal, 1), Units.T, "", "CS-COAL", "METERED", coalNote);
        gasIntake.merge(YearMonth.from(day), paintGas + boilerGas, Double::sum);

        // emergency generators: monthly test run on the first Tuesday, plus grid outages
        double diesel = 0;
        String dieselNote = null;
        if (outage != null) {
            diesel = outage.litres();
            dieselNote = outage.note();
        } else if (day.equals(day.with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY)))) {
            diesel = 220 + 60 * DemoCalendar.random("diesel-test", day).nextDouble();
            dieselNote = "monthly load test of both generators (30 min)";
        }
        meter(out, "DIESEL-GEN", day, next, round(diesel, 0), Units.L, "", "DFM-GEN", "METERED", dieselNote);

        // purchased heat (GJ)
        double heat = heatGJ(year)
                * share("heat", day, d -> 0.30 + 0.40 * production(d) + 0.30 * DemoCalendar.heating(d) * DemoCalendar.occupancy(d))
                * DemoCalendar.noise(DemoCalendar.random("heat", day), 3);
        BigDecimal heatGJ = round(heat, 1);
        if (day.equals(problems.stuckFrom().minusDays(1))) {
            stuckHeat = heatGJ;
        } else if (problems.stuck(day) && stuckHeat != null) {
            heatGJ = stuckHeat; // the heat meter's display froze; the reading was copied every day
        }
        meter(out, "HEAT-DISTRICT", day, next, heatGJ, Units.GJ, "", "HM-PAINT", "METERED", null);

        // wastewater: COD removed and COD leaving with the sludge (kg), from the online COD analysers
        SplittableRandom codRandom = DemoCalendar.random("cod", day);
        double cod = codKg(year) * share("cod", day, d -> 0.3 + 0.7 * production(d)) * DemoCalendar.noise(codRandom, 6);
        double sludge = cod * (0.08 + 0.04 * codRandom.nextDouble());
        meter(out, "WWTP-CH4", day, next, round(cod, 0), Units.KG, "cod", "COD-WWTP", "DIRECT", null);
        meter(out, "WWTP-CH4", day, next, round(sludge, 0), Units.KG, "sludge", "COD-WWTP", "DIRECT", null);
    }

    private static boolean curtailed(LocalDate day) {
        return CURTAILMENTS.stream().anyMatch(range -> !day.isBefore(range[0]) && day.isBefore(range[1]));
    }

    private void meter(Map<String, List<Pending>> out, String source, LocalDate start, LocalDate end, BigDecimal value, Unit unit,
                       String item, String meter, String collection, String note) {
        out.get(source).add(new Pending(source, start, end, value, unit, item, DemoData.METER_UNCERTAINTY.get(meter), collection,
                meter, List.of(), note));
    }

    private void monthly(YearMonth month, Map<String, List<Pending>> out, double gasIntake) {
        LocalDate first = month.atDay(1);
        LocalDate next = month.plusMonths(1).atDay(1);
        int vehicles = 0;
        int workdays = 0;
        for (LocalDate day = first; day.isBefore(next); day = day.plusDays(1)) {
            vehicles += calendar.vehicles(day);
            workdays += production(day) > 0 ? 1 : 0;
        }
        double cooling = DemoCalendar.cooling(month.atDay(15));
        double heating = DemoCalendar.heating(month.atDay(15));
        Evidence ev = new Evidence(month);

        entry(out, "GASOLINE-TEST", month, round((vehicles * 0.75 + 2_600) * noise("GASOLINE-TEST", month, 4), 0), Units.L, "",
                "2", ev.doc("STOCK", "FUEL", "energy stock report"), ev.numbered("FC", "GASOLINE-TEST", "fuel-card statement"));
        entry(out, "DIESEL-FLEET", month, round((4_200 + vehicles * 0.32) * noise("DIESEL-FLEET", month, 5), 0), Units.L, "",
                "2", ev.numbered("INV", "DIESEL-FLEET", "invoice"), ev.doc("STOCK", "FUEL", "energy stock report"));
        entry(out, "LPG-FORKLIFT", month, round((900 + vehicles * 0.072) * noise("LPG-FORKLIFT", month, 5), 0), Units.KG, "",
                "2", ev.numbered("INV", "LPG-FORKLIFT", "invoice"), ev.numbered("DN", "LPG-FORKLIFT", "delivery note"));
        entry(out, "LNG-TRUCK", month, round((1.2 + vehicles * 0.000096) * noise("LNG-TRUCK", month, 5), 2), Units.T, "",
                "2", ev.numbered("INV", "LNG-TRUCK", "invoice"));
        entry(out, "CO2-WELDING", month, round(vehicles * 0.215 * noise("CO2-WELDING", month, 4), 0), Units.KG, "",
                null, ev.doc("STOCK", "MAT", "materials stock report"), ev.numbered("INV", "CO2-WELDING", "invoice"));
        entry(out, "C2H2-CUTTING", month, round(150 + 60 * random("C2H2-CUTTING", month).nextDouble(), 1), Units.NM3, "",
                null, ev.doc("STOCK", "MAT", "materials stock report"));
        entry(out, "WASTE-INCIN", month, round(vehicles * 0.00072 * noise("WASTE-INCIN", month, 8), 2), Units.T, "",
                "5", ev.numbered("MANIFEST", "WASTE-INCIN", "hazardous-waste transfer manifest"));
        entry(out, "REFR-FILL", month, round(vehicles * 0.55 * noise("REFR-FILL", month, 1), 1), Units.KG, "filled",
                "1", ev.doc("MES", "FILL", "filling-machine report"), ev.doc("STOCK", "REFR", "refrigerant stock report"));
        hvacMassBalance(out, month, cooling, ev);
        entry(out, "REFR-CHILLER", month, new BigDecimal("1200"), Units.KG, "charge", null,
                ev.doc("EQR", "CHILLER", "equipment register extract"));
        entry(out, "REFR-R22", month, new BigDecimal("500"), Units.KG, "charge", null,
                ev.doc("EQR", "CHILLER", "equipment register extract"));
        entry(out, "NG-PIPELINE", month, round(gasIntake * 0.0009 * noise("NG-PIPELINE", month, 10), 0), Units.NM3, "",
                "30", ev.doc("GASBAL", "NG", "gas balance sheet: intake minus sub-meters"));
        for (Event event : EVENTS) {
            if (event.month().equals(month)) {
                out.get(event.source()).add(new Pending(event.source(), first, next, new BigDecimal(event.kilograms()), Units.KG, "",
                        null, "MANUAL", null, event.evidence(), event.note()));
            }
        }
        entry(out, "S3-INBOUND", month, round(vehicles * 180 * noise("S3-INBOUND", month, 3), 0), Units.TKM, "",
                "10", ev.doc("TMS", "INBOUND", "transport management system export"));
        entry(out, "S3-WAREHOUSE", month, round((120_000 + 40_000 * cooling + 15_000 * heating) * noise("S3-WAREHOUSE", month, 3), 0),
                Units.KWH, "", "5", ev.doc("EMS", "WH", "warehouse energy report"));
        entry(out, "S3-COMMUTE", month, round((7_800 * 0.85 * workdays * 18 + 200_000) * noise("S3-COMMUTE", month, 5), 0),
                Units.PKM, "", "15", ev.doc("HR", "SHUTTLE", "shuttle and travel report"),
                ev.numbered("TRV", "S3-COMMUTE", "travel agency statement"));
        entry(out, "S3-OUTBOUND", month, round(vehicles * 140 * noise("S3-OUTBOUND", month, 3), 0), Units.TKM, "",
                "10", ev.numbered("LSP", "S3-OUTBOUND", "logistics provider statement"));
        if (!month.equals(problems.missingSurvey())) { // the dealers' August survey never came back
            entry(out, MISSING_SURVEY_SOURCE, month, round((60 + 20 * cooling + 10 * heating) * noise("S3-DEALER", month, 5), 1),
                    Units.MWH, "", "20", ev.doc("DLR", "ENERGY", "dealer energy survey"));
        }
    }

    /** R-410A stock of the split air-conditioners: monthly stock-take, purchases when low, returns to the recycler twice a year. */
    private void hvacMassBalance(Map<String, List<Pending>> out, YearMonth month, double cooling, Evidence ev) {
        double stock = 780;
        for (YearMonth m = YearMonth.from(plan.firstDay()); m.isBefore(month); m = m.plusMonths(1)) {
            stock = hvacMonth(m, stock, DemoCalendar.cooling(m.atDay(15)))[4];
        }
        double[] flows = hvacMonth(month, stock, cooling);
        String stockReport = ev.doc("STOCK", "REFR", "refrigerant stock report");
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        SplittableRandom days = random("REFR-HVAC-days", month);
        add(out, "REFR-HVAC", first, first.plusDays(1), round(flows[0], 1), "stockStart", List.of(stockReport), null);
        if (flows[1] > 0) {
            LocalDate day = month.atDay(8 + days.nextInt(10));
            add(out, "REFR-HVAC", day, day.plusDays(1), round(flows[1], 1), "purchased",
                    List.of(ev.numbered("PO", "REFR-HVAC", "purchase order"), ev.numbered("INV", "REFR-HVAC-INV", "invoice")),
                    Math.round(flows[1] / 11.3) + " cylinders of 11.3 kg");
        }
        if (flows[2] > 0) {
            LocalDate day = month.atDay(21 + days.nextInt(6));
            add(out, "REFR-HVAC", day, day.plusDays(1), round(flows[2], 1), "disposed",
                    List.of(ev.numbered("RCY", "REFR-HVAC", "recycler receipt")), "recovered refrigerant returned for reclamation");
        }
        add(out, "REFR-HVAC", last, last.plusDays(1), round(flows[4], 1), "stockEnd", List.of(stockReport), null);
    }

    /** {stock at start, purchased, disposed, used, stock at end} of one month, all rounded to 0.1 kg. */
    private static double[] hvacMonth(YearMonth month, double stockStart, double cooling) {
        SplittableRandom random = random("REFR-HVAC", month);
        double start = Math.round(stockStart * 10) / 10.0;
        double used = Math.round((12 + 30 * cooling + 8 * random.nextDouble()) * 10) / 10.0;
        double disposed = month.getMonthValue() == 5 || month.getMonthValue() == 11
                ? Math.round((15 + 25 * random.nextDouble()) * 10) / 10.0 : 0;
        double purchased = start - used - disposed < 650 ? (20 + random.nextInt(17)) * 11.3 : 0;
        purchased = Math.round(purchased * 10) / 10.0;
        double end = Math.round((start + purchased - disposed - used) * 10) / 10.0;
        return new double[] {start, purchased, disposed, used, end};
    }

    /** Quarterly green electricity certificates (GECs) for the paint shop's supply, once the quarter is over. */
    private void certificates(Map<String, List<Pending>> out) {
        for (YearMonth quarter = YearMonth.from(plan.firstDay()); !quarter.plusMonths(3).atDay(1).isAfter(plan.today());
             quarter = quarter.plusMonths(3)) {
            int q = (quarter.getMonthValue() - 1) / 3 + 1;
            double mwh = (quarter.getYear() <= 2025 ? 5_000 : 6_000) * (1 + 0.1 * random("GEC", quarter).nextDouble());
            int serial = 1000 + random("GEC-serial", quarter).nextInt(9000);
            add(out, "ELEC-PAINT", quarter.atDay(1), quarter.plusMonths(3).atDay(1), round(mwh, 0), Units.MWH, "certified", "MANUAL",
                    List.of("GEC-" + quarter.getYear() + "-Q" + q + "-" + serial + " (green electricity certificates)",
                            "GPA-2025-001 (green-power purchase agreement)"),
                    "green certificates retired for the quarter (market-based Scope 2)");
        }
    }

    private void entry(Map<String, List<Pending>> out, String source, YearMonth month, BigDecimal value, Unit unit, String item,
                       String uncertainty, String... evidence) {
        String collection = collections.get(source);
        out.get(source).add(new Pending(source, month.atDay(1), month.plusMonths(1).atDay(1), value, unit, item,
                uncertainty == null ? null : new BigDecimal(uncertainty), collection, null, List.of(evidence), null));
    }

    private void add(Map<String, List<Pending>> out, String source, LocalDate start, LocalDate end, BigDecimal kilograms,
                     String item, List<String> evidence, String note) {
        add(out, source, start, end, kilograms, Units.KG, item, "MANUAL", evidence, note);
    }

    private void add(Map<String, List<Pending>> out, String source, LocalDate start, LocalDate end, BigDecimal value, Unit unit,
                     String item, String collection, List<String> evidence, String note) {
        out.get(source).add(new Pending(source, start, end, value, unit, item, null, collection, null, evidence, note));
    }

    /** Evidence references of one month: "INV-2025-03-4821 (invoice)". */
    private record Evidence(YearMonth month) {
        String numbered(String prefix, String stream, String kind) {
            int number = 1000 + random("evidence-" + prefix + "-" + stream, month).nextInt(9000);
            return String.format("%s-%d-%02d-%04d (%s)", prefix, month.getYear(), month.getMonthValue(), number, kind);
        }

        String doc(String prefix, String topic, String kind) {
            return String.format("%s-%d-%02d-%s (%s)", prefix, month.getYear(), month.getMonthValue(), topic, kind);
        }
    }

    private static SplittableRandom random(String stream, YearMonth month) {
        return DemoCalendar.random(stream, month);
    }

    private static double noise(String stream, YearMonth month, double pct) {
        return DemoCalendar.noise(random(stream, month), pct);
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(Math.max(0, value)).setScale(scale, RoundingMode.HALF_EVEN);
    }
}
