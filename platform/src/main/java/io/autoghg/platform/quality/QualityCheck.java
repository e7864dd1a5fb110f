package io.autoghg.platform.quality;

import io.autoghg.accounting.catalogue.MethodKind;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.unit.Dimension;
import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.UnitException;
import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.organisation.Calibration;
import io.autoghg.platform.organisation.Meter;
import io.autoghg.platform.quality.MeterSeries.Reading;
import io.autoghg.platform.quality.QualityReport.MeterQuality;
import io.autoghg.platform.quality.QualityRule.Severity;
import io.autoghg.platform.quality.Rules.Anomaly;
import io.autoghg.platform.quality.Rules.Flag;
import io.autoghg.platform.quality.Rules.Period;
import io.autoghg.platform.source.EmissionSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs every rule over a plant's data of one year and scores the four GB/T 36344 dimensions
 * (docs/quality.md): completeness, accuracy, consistency and timeliness, each the mean over the
 * sources of their own share. Pure: the service loads the inputs.
 */
final class QualityCheck {
    /** Plant-wide deviation: at least this many daily meter series, and at least a third of those read that day, deviate alike. */
    static final int PLANT_WIDE_MINIMUM = 3;
    static final int TIMELY_DAILY_DAYS = 2;
    static final int TIMELY_OTHER_DAYS = 10;
    private static final Set<String> MEASURED = Set.of("METERED", "DIRECT");

    /**
     * What a check needs: the plant, its time zone, the year and "today" (plant-local), its sources,
     * meters with their calibrations, its activity data of the year and the 8 weeks before (every
     * status), rule settings, data linked to evidence files and findings from other modules.
     */
    record Input(String plant, ZoneId zone, int year, LocalDate today, List<EmissionSource> sources, List<Meter> meters,
                 Map<String, List<Calibration>> calibrations, List<ActivityDatum> data, Settings settings,
                 Set<Long> linkedEvidence, List<Finding> external) {
    }

    private final Input in;
    private final LocalDate yearStart;
    private final LocalDate yearEnd;
    /** End of the checked window: the year's end, or today in the current year. */
    private final LocalDate end;
    private final Map<String, EmissionSource> sources = new LinkedHashMap<>();
    private final Map<String, Meter> meters = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, List<ActivityDatum>> current = new LinkedHashMap<>();
    private final Map<String, MeterSeries> series = new LinkedHashMap<>();
    private final Map<String, int[]> coverage = new HashMap<>();
    private final Map<String, Map<YearMonth, double[]>> monthCoverage = new HashMap<>();

    private QualityCheck(Input input) {
        this.in = input;
        this.yearStart = LocalDate.of(input.year(), 1, 1);
        this.yearEnd = yearStart.plusYears(1);
        this.end = input.today().isBefore(yearEnd) ? (input.today().isBefore(yearStart) ? yearStart : input.today()) : yearEnd;
        input.sources().forEach(source -> sources.put(source.code(), source));
        input.meters().forEach(meter -> meters.put(meter.code(), meter));
    }

    static QualityReport run(Input input) {
        return new QualityCheck(input).run();
    }

    private QualityReport run() {
        for (ActivityDatum datum : in.data()) {
            if ("SUBMITTED".equals(datum.status()) && sources.containsKey(datum.source())) {
                current.computeIfAbsent(datum.source(), code -> new ArrayList<>()).add(datum);
            }
        }
        buildSeries();
        for (EmissionSource source : sources.values()) {
            missingPeriods(source);
            if (in.settings().enabled(QualityRule.INVOICE, source.code(), null)) {
                invoice(source);
            }
            unitPlausibility(source);
        }
        meterChecks();
        subMeters();
        duplicates();
        findings.addAll(in.external());
        for (EmissionSource source : sources.values()) {
            lateFinding(source, inYear(source.code()));
        }
        List<SourceQuality> sourceScores = scores();
        findings.sort(Comparator.comparing((Finding f) -> severityRank(f.severity())).thenComparing(Finding::rule)
                .thenComparing(f -> f.source() == null ? "" : f.source())
                .thenComparing(f -> f.from() == null ? LocalDate.MIN : f.from()));
        return new QualityReport(in.plant(), in.year(), mean(0), mean(1), mean(2), mean(3), List.copyOf(findings), measuredShare(),
                yearStart, end,
                inYear().size(), sourceScores, meterScores(), months(), Instant.now());
    }

    // ------------------------------------------------------------------------------------------ data

    /** Current rows of a source whose period starts in the checked year. */
    private List<ActivityDatum> inYear(String source) {
        return current.getOrDefault(source, List.of()).stream()
                .filter(d -> !d.start().isBefore(yearStart) && d.start().isBefore(yearEnd)).toList();
    }

    private List<ActivityDatum> inYear() {
        return current.keySet().stream().flatMap(code -> inYear(code).stream()).toList();
    }

    /** The meter a datum was read from: its origin meter, else the source's only meter for measured data. */
    private String meterOf(ActivityDatum datum) {
        if (datum.originMeter() != null) {
            return datum.originMeter();
        }
        EmissionSource source = sources.get(datum.source());
        if (source != null && source.meters().size() == 1 && MEASURED.contains(datum.collectionMethod())
                && datum.estimationMethod() == null) {
            return source.meters().get(0);
        }
        return null;
    }

    private static String key(String source, String item, String meter) {
        return source + "|" + item + "|" + (meter == null ? "" : meter);
    }

    private void buildSeries() {
        Map<String, List<ActivityDatum>> groups = new LinkedHashMap<>();
        for (List<ActivityDatum> rows : current.values()) {
            for (ActivityDatum datum : rows) {
                groups.computeIfAbsent(key(datum.source(), datum.item(), meterOf(datum)), k -> new ArrayList<>()).add(datum);
            }
        }
        groups.forEach((key, rows) -> {
            ActivityDatum first = rows.get(0);
            String meter = meterOf(first);
            Unit unit = seriesUnit(meter, rows);
            List<Reading> readings = new ArrayList<>();
            for (ActivityDatum datum : rows) {
                Unit rowUnit = parse(datum.unit());
                if (rowUnit == null || !rowUnit.sameDimensionAs(unit)) {
                    continue; // reported by the unit-plausibility rule
                }
                double value = Units.convert(datum.quantity(), rowUnit, unit).doubleValue();
                readings.add(new Reading(datum.start(), datum.end(), value, datum.quantity(), datum.unit(), datum.id(),
                        datum.estimationMethod() != null));
            }
            series.put(key, new MeterSeries(first.source(), first.item(), meter, unit, readings));
        });
    }

    private Unit seriesUnit(String meter, List<ActivityDatum> rows) {
        Unit rowUnit = rows.stream().map(d -> parse(d.unit())).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Units.FRACTION);
        Meter m = meter == null ? null : meters.get(meter);
        Unit meterUnit = m == null ? null : parse(m.unit());
        return meterUnit != null && meterUnit.sameDimensionAs(rowUnit) ? meterUnit : rowUnit;
    }

    private static Unit parse(String symbol) {
        try {
            return Units.parse(symbol);
        } catch (UnitException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------ completeness

    private void missingPeriods(EmissionSource source) {
        String frequency = source.frequency();
        List<ActivityDatum> rows = current.getOrDefault(source.code(), List.of());
        String meter = source.meters().size() == 1 ? source.meters().get(0) : null;
        boolean enabled = in.settings().enabled(QualityRule.MISSING_PERIOD, source.code(), meter);
        if ("DAY".equals(frequency)) {
            // every item that has daily rows must cover each day; without daily rows any row covers the days it spans
            Map<String, Set<LocalDate>> byItem = new LinkedHashMap<>();
            rows.stream().filter(d -> d.end().equals(d.start().plusDays(1))).map(ActivityDatum::item).sorted().distinct()
                    .forEach(item -> byItem.put(item, new HashSet<>()));
            if (byItem.isEmpty()) {
                byItem.put(null, new HashSet<>());
            }
            for (ActivityDatum datum : rows) {
                for (Map.Entry<String, Set<LocalDate>> item : byItem.entrySet()) {
                    if (item.getKey() == null || item.getKey().equals(datum.item())) {
                        LocalDate from = datum.start().isBefore(yearStart) ? yearStart : datum.start();
                        for (LocalDate day = from; day.isBefore(datum.end()) && day.isBefore(end); day = day.plusDays(1)) {
                            item.getValue().add(day);
                        }
                    }
                }
            }
            Set<LocalDate> covered = null;
            for (Set<LocalDate> days : byItem.values()) {
                if (covered == null) {
                    covered = new HashSet<>(days);
                } else {
                    covered.retainAll(days);
                }
            }
            int expected = (int) java.time.temporal.ChronoUnit.DAYS.between(yearStart, end);
            int with = 0;
            Map<YearMonth, double[]> months = new TreeMap<>();
            for (LocalDate day = yearStart; day.isBefore(end); day = day.plusDays(1)) {
                boolean has = covered.contains(day);
                with += has ? 1 : 0;
                double[] month = months.computeIfAbsent(YearMonth.from(day), m -> new double[2]);
                month[0] += has ? 1 : 0;
                month[1] += 1;
            }
            coverage.put(source.code(), new int[] {expected, with});
            monthCoverage.put(source.code(), months);
            if (!enabled) {
                return;
            }
            for (Map.Entry<String, Set<LocalDate>> item : byItem.entrySet()) {
                String itemMeter = item.getKey() == null ? meter : itemMeter(source.code(), item.getKey(), meter);
                for (Period gap : Rules.missingDays(item.getValue(), yearStart, end)) {
                    String what = item.getKey() == null || item.getKey().isEmpty() ? source.code() : source.code() + " " + item.getKey();
                    findings.add(Finding.of(QualityRule.MISSING_PERIOD, source.code(), itemMeter, item.getKey(), gap.from(), gap.to(),
                            what + (itemMeter == null ? "" : " (meter " + itemMeter + ")") + ": no data for " + gap.days()
                                    + " day(s), " + gap.from() + (gap.days() > 1 ? " to " + gap.to().minusDays(1) : "")
                                    + "; the source is expected to have data every day", List.of()));
                }
            }
        } else if ("MONTH".equals(frequency)) {
            YearMonth first = YearMonth.from(yearStart);
            YearMonth last = YearMonth.from(end.minusDays(1));
            if (!end.isAfter(last.atEndOfMonth())) {
                last = last.minusMonths(1); // the current month has not ended
            }
            Set<YearMonth> covered = new HashSet<>();
            for (ActivityDatum datum : rows) {
                for (YearMonth month = YearMonth.from(datum.start()); month.atDay(1).isBefore(datum.end()); month = month.plusMonths(1)) {
                    covered.add(month);
                }
            }
            List<YearMonth> missing = last.isBefore(first) ? List.of() : Rules.missingMonths(covered, first, last);
            int expected = last.isBefore(first) ? 0 : (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
            coverage.put(source.code(), new int[] {expected, expected - missing.size()});
            Map<YearMonth, double[]> months = new TreeMap<>();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                months.put(month, new double[] {covered.contains(month) ? 1 : 0, 1});
            }
            monthCoverage.put(source.code(), months);
            if (!enabled) {
                return;
            }
            for (YearMonth month : missing) {
                findings.add(Finding.of(QualityRule.MISSING_PERIOD, source.code(), meter, null, month.atDay(1),
                        month.plusMonths(1).atDay(1), source.code() + ": no data for the month " + month + " ("
                                + month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                                + month.getYear() + "); the source is expected to have data every month", List.of()));
            }
        }
    }

    private String itemMeter(String source, String item, String fallback) {
        return series.values().stream().filter(s -> s.source().equals(source) && s.item().equals(item) && s.meter() != null)
                .map(MeterSeries::meter).findFirst().orElse(fallback);
    }

    // ------------------------------------------------------------------------------------------ accuracy

    private void meterChecks() {
        Map<LocalDate, List<Object[]>> anomaliesByDay = new TreeMap<>();
        Map<LocalDate, Integer> readingsByDay = new HashMap<>();
        for (MeterSeries s : series.values()) {
            String source = s.source();
            String meter = s.meter();
            Settings settings = in.settings();
            if (settings.enabled(QualityRule.NEGATIVE, source, meter)) {
                add(QualityRule.NEGATIVE, s, Rules.negative(s, yearStart, end));
            }
            settings.find(QualityRule.RANGE, source, meter).filter(RuleSetting::enabled).ifPresent(setting -> {
                Unit unit = parse(setting.unit());
                if (unit != null && unit.sameDimensionAs(s.unit())) {
                    add(QualityRule.RANGE, s, Rules.range(s, setting.minValue(), setting.maxValue(), unit, yearStart, end));
                }
            });
            if (meter == null) {
                continue;
            }
            if (settings.enabled(QualityRule.CALIBRATION_LAPSED, source, meter)) {
                int grace = (int) settings.threshold(QualityRule.CALIBRATION_LAPSED, source, meter, 0);
                add(QualityRule.CALIBRATION_LAPSED, s, Rules.calibrationLapsed(s, in.calibrations().getOrDefault(meter, List.of()),
                        grace, yearStart, end));
            }
            Map<LocalDate, Reading> daily = s.daily();
            if (daily.isEmpty()) {
                continue;
            }
            if (settings.enabled(QualityRule.FLAT_LINE, source, meter)) {
                int days = (int) Math.max(2, settings.threshold(QualityRule.FLAT_LINE, source, meter, 4));
                add(QualityRule.FLAT_LINE, s, Rules.flatLine(s, days, yearStart, end));
            }
            if (settings.enabled(QualityRule.RATE_OF_CHANGE, source, meter)) {
                double factor = Math.max(1.01, settings.threshold(QualityRule.RATE_OF_CHANGE, source, meter, 10));
                add(QualityRule.RATE_OF_CHANGE, s, Rules.rateOfChange(s, factor, yearStart, end));
            }
            if (settings.enabled(QualityRule.ANOMALY, source, meter)) {
                double threshold = settings.threshold(QualityRule.ANOMALY, source, meter, 4);
                for (Anomaly anomaly : Rules.anomalies(s, threshold, yearStart, end)) {
                    anomaliesByDay.computeIfAbsent(anomaly.day(), d -> new ArrayList<>()).add(new Object[] {s, anomaly, threshold});
                }
                daily.keySet().stream().filter(day -> !day.isBefore(yearStart) && day.isBefore(end))
                        .forEach(day -> readingsByDay.merge(day, 1, Integer::sum));
                anomalySeries.add(new Object[] {s, threshold});
            }
        }
        // second pass: plant-wide deviation days (shutdowns, holidays) do not make the baseline of later days
        Set<LocalDate> plantWide = plantWideDays(anomaliesByDay, readingsByDay);
        if (!plantWide.isEmpty()) {
            anomaliesByDay.clear();
            for (Object[] entry : anomalySeries) {
                MeterSeries s = (MeterSeries) entry[0];
                double threshold = (double) entry[1];
                for (Anomaly anomaly : Rules.anomalies(s, threshold, yearStart, end, plantWide)) {
                    anomaliesByDay.computeIfAbsent(anomaly.day(), d -> new ArrayList<>()).add(new Object[] {s, anomaly, threshold});
                }
            }
            for (LocalDate day : plantWide) {
                anomaliesByDay.putIfAbsent(day, List.of());
            }
        }
        anomalies(anomaliesByDay, readingsByDay, plantWide);
    }

    private final List<Object[]> anomalySeries = new ArrayList<>();

    /** Days on which at least 3, and at least a third, of the daily meter series read deviate the same way. */
    private static Set<LocalDate> plantWideDays(Map<LocalDate, List<Object[]>> byDay, Map<LocalDate, Integer> readings) {
        Set<LocalDate> days = new java.util.TreeSet<>();
        byDay.forEach((day, list) -> {
            long up = list.stream().filter(entry -> ((Anomaly) entry[1]).direction() > 0).count();
            long same = Math.max(up, list.size() - up);
            if (same >= PLANT_WIDE_MINIMUM && same * 3 >= readings.getOrDefault(day, 0)) {
                days.add(day);
            }
        });
        return days;
    }

    /**
     * Anomalies, except on days when a third or more of the daily meter series deviate the same way (a shutdown, a
     * holiday, overtime): those days make one info finding per run and no meter is flagged on them.
     */
    private void anomalies(Map<LocalDate, List<Object[]>> byDay, Map<LocalDate, Integer> readings, Set<LocalDate> firstPass) {
        List<LocalDate> plantWide = new ArrayList<>();
        Map<LocalDate, String> directions = new HashMap<>();
        Map<LocalDate, Integer> counts = new HashMap<>();
        new TreeMap<>(byDay).forEach((day, list) -> {
            int up = 0;
            int down = 0;
            for (Object[] entry : list) {
                if (((Anomaly) entry[1]).direction() > 0) {
                    up++;
                } else {
                    down++;
                }
            }
            int same = Math.max(up, down);
            int total = readings.getOrDefault(day, 0);
            if (firstPass.contains(day) || (same >= PLANT_WIDE_MINIMUM && same * 3 >= total)) {
                plantWide.add(day);
                directions.put(day, up >= down ? "above" : "below");
                counts.put(day, same);
            } else {
                for (Object[] entry : list) {
                    MeterSeries s = (MeterSeries) entry[0];
                    Anomaly anomaly = (Anomaly) entry[1];
                    findings.add(Finding.of(QualityRule.ANOMALY, s.source(), s.meter(), s.item(), anomaly.day(),
                            anomaly.day().plusDays(1), s.label() + ": " + anomaly.explanation(s, (double) entry[2]),
                            List.of(anomaly.datum())));
                }
            }
        });
        LocalDate runStart = null;
        LocalDate previous = null;
        List<String> notes = new ArrayList<>();
        for (LocalDate day : plantWide) {
            if (runStart != null && !day.equals(previous.plusDays(1))) {
                plantWideFinding(runStart, previous, notes);
                runStart = null;
                notes = new ArrayList<>();
            }
            if (runStart == null) {
                runStart = day;
            }
            notes.add(day + ": " + counts.get(day) + " of " + readings.getOrDefault(day, 0) + " " + directions.get(day));
            previous = day;
        }
        if (runStart != null) {
            plantWideFinding(runStart, previous, notes);
        }
    }

    private void plantWideFinding(LocalDate from, LocalDate last, List<String> notes) {
        findings.add(Finding.of(QualityRule.ANOMALY, null, null, null, from, last.plusDays(1),
                "plant-wide deviation " + (from.equals(last) ? "on " + Text.day(from) : "from " + Text.day(from) + " to "
                        + Text.day(last)) + ": many daily meter series left their weekday baseline together (" + String.join("; ",
                        notes.size() > 4 ? List.of(notes.get(0), notes.get(1), "…", notes.get(notes.size() - 1)) : notes)
                        + " series above or below it) — a shutdown, a holiday or overtime? No meter is flagged individually on these "
                        + "days, and they are left out of the baselines",
                List.of()).withSeverity(Severity.INFO));
    }

    private static final Map<MethodKind, Set<Dimension>> EXPECTED = expected();

    private static Map<MethodKind, Set<Dimension>> expected() {
        Map<MethodKind, Set<Dimension>> map = new EnumMap<>(MethodKind.class);
        Set<Dimension> fuel = EnumSet.of(Dimension.MASS, Dimension.VOLUME, Dimension.NORMAL_VOLUME, Dimension.ENERGY);
        Set<Dimension> gas = EnumSet.of(Dimension.MASS, Dimension.VOLUME, Dimension.NORMAL_VOLUME);
        map.put(MethodKind.FUEL_COMBUSTION, fuel);
        map.put(MethodKind.CO2_SHIELDING_GAS, gas);
        map.put(MethodKind.ACETYLENE_CUTTING, gas);
        map.put(MethodKind.WASTE_TREATMENT, EnumSet.of(Dimension.MASS));
        map.put(MethodKind.WASTEWATER_CH4, EnumSet.of(Dimension.MASS));
        map.put(MethodKind.REFRIGERANT, EnumSet.of(Dimension.MASS));
        map.put(MethodKind.GAS_PIPELINE_LEAK, EnumSet.of(Dimension.NORMAL_VOLUME, Dimension.VOLUME));
        map.put(MethodKind.FUGITIVE_RELEASE, EnumSet.of(Dimension.MASS));
        map.put(MethodKind.ELECTRICITY, EnumSet.of(Dimension.ENERGY));
        map.put(MethodKind.PV_ONSITE, EnumSet.of(Dimension.ENERGY));
        map.put(MethodKind.PURCHASED_HEAT, EnumSet.of(Dimension.ENERGY, Dimension.MASS));
        map.put(MethodKind.ACTIVITY_FACTOR, EnumSet.of(Dimension.MASS, Dimension.VOLUME, Dimension.NORMAL_VOLUME, Dimension.ENERGY,
                Dimension.FREIGHT_DISTANCE, Dimension.PASSENGER_DISTANCE, Dimension.DISTANCE));
        return map;
    }

    /** The dimensions a source type's method takes as activity data. */
    static Set<Dimension> expectedDimensions(SourceType type) {
        return EXPECTED.getOrDefault(type.method(), EnumSet.allOf(Dimension.class));
    }

    /**
     * A unit whose dimension does not fit the source type's method or the meter it was read from, and
     * quantities per day the factor above or below the median per day of the same source and item.
     */
    private void unitPlausibility(EmissionSource source) {
        if (!in.settings().enabled(QualityRule.UNIT_PLAUSIBILITY, source.code(), null)) {
            return;
        }
        Set<Dimension> expected = SourceType.find(source.type()).map(QualityCheck::expectedDimensions)
                .orElse(EnumSet.allOf(Dimension.class));
        List<ActivityDatum> candidates = in.data().stream().filter(d -> d.source().equals(source.code())
                && !"CORRECTED".equals(d.status()) && !d.start().isBefore(yearStart) && d.start().isBefore(yearEnd)).toList();
        for (ActivityDatum datum : candidates) {
            Unit unit = parse(datum.unit());
            String meter = meterOf(datum);
            Meter m = meter == null ? null : meters.get(meter);
            Unit meterUnit = m == null ? null : parse(m.unit());
            String problem = null;
            if (unit == null) {
                problem = "unknown unit '" + datum.unit() + "'";
            } else if (unit.isRatio() || !expected.contains(unit.numerator())) {
                problem = "unit " + datum.unit() + " (" + unit.dimensionText() + ") does not fit the method of " + source.type()
                        + ", which takes " + expected.stream().map(Dimension::describe).collect(Collectors.joining(", "));
            } else if (meterUnit != null && !meterUnit.sameDimensionAs(unit)) {
                problem = "unit " + datum.unit() + " (" + unit.dimensionText() + ") does not fit meter " + meter + ", which measures in "
                        + meterUnit.symbol() + " (" + meterUnit.dimensionText() + ")";
            }
            if (problem != null) {
                findings.add(Finding.of(QualityRule.UNIT_PLAUSIBILITY, source.code(), meter, datum.item(), datum.start(), datum.end(),
                        source.code() + " datum " + datum.id() + (datum.status().equals("DRAFT") ? " (draft)" : "") + ": " + problem,
                        List.of(datum.id())));
            }
        }
        double factor = in.settings().threshold(QualityRule.UNIT_PLAUSIBILITY, source.code(), null, 100);
        Map<String, List<ActivityDatum>> byItem = current.getOrDefault(source.code(), List.of()).stream()
                .filter(d -> d.estimationMethod() == null).collect(Collectors.groupingBy(ActivityDatum::item, TreeMap::new,
                        Collectors.toList()));
        byItem.forEach((item, rows) -> magnitude(source, item, rows, factor));
    }

    private void magnitude(EmissionSource source, String item, List<ActivityDatum> rows, double factor) {
        Map<Long, Double> perDay = new LinkedHashMap<>();
        Map<Long, Unit> units = new HashMap<>();
        Unit reference = null;
        for (ActivityDatum datum : rows) {
            Unit unit = parse(datum.unit());
            if (unit == null || unit.isRatio()) {
                continue;
            }
            if (reference == null) {
                reference = unit;
            }
            if (!unit.sameDimensionAs(reference)) {
                continue;
            }
            double value = Units.convert(datum.quantity(), unit, reference).doubleValue();
            long days = java.time.temporal.ChronoUnit.DAYS.between(datum.start(), datum.end());
            if (value > 0) {
                perDay.put(datum.id(), value / days);
                units.put(datum.id(), unit);
            }
        }
        if (perDay.size() < 5) {
            return;
        }
        double median = Statistics.median(new ArrayList<>(perDay.values()));
        for (ActivityDatum datum : rows) {
            Double value = perDay.get(datum.id());
            if (value == null || datum.start().isBefore(yearStart) || !datum.start().isBefore(yearEnd)) {
                continue;
            }
            double ratio = value / median;
            if (ratio >= factor || ratio <= 1 / factor) {
                String hint = "";
                for (double prefix : new double[] {1000, 10000}) {
                    if (ratio > prefix / 3 && ratio < prefix * 3) {
                        hint = "; a unit slip (e.g. kWh entered as MWh, kg as t)?";
                    } else if (ratio < 3 / prefix && ratio > 1 / (3 * prefix)) {
                        hint = "; a unit slip (e.g. MWh entered as kWh, t as kg)?";
                    }
                }
                String what = ratio >= 1 ? Text.one(ratio) + " × " : "1/" + Text.one(1 / ratio) + " of ";
                findings.add(Finding.of(QualityRule.UNIT_PLAUSIBILITY, source.code(), meterOf(datum), item, datum.start(),
                        datum.end(), source.code() + (item.isEmpty() ? "" : " " + item) + " datum " + datum.id() + ": "
                                + Text.number(datum.quantity()) + " " + datum.unit() + " for " + datum.start() + " – " + datum.end()
                                + " is " + Text.number(value) + " " + reference.symbol() + " per day, " + what
                                + "the median of the source's own data (" + Text.number(median) + " " + reference.symbol()
                                + " per day; limit " + Text.one(factor) + " ×)" + hint, List.of(datum.id())));
            }
        }
    }

    // ------------------------------------------------------------------------------------------ consistency

    private void subMeters() {
        for (RuleSetting setting : in.settings().of(QualityRule.SUB_METER)) {
            if (!setting.enabled() || setting.meter() == null || setting.subMeters() == null) {
                continue;
            }
            MeterSeries main = meterSeries(setting.meter(), setting.source());
            List<MeterSeries> subs = setting.subMeters().stream().map(code -> meterSeries(code, null)).toList();
            if (main == null || subs.contains(null)) {
                continue;
            }
            try {
                double tolerance = setting.threshold() == null ? QualityRule.SUB_METER.defaultThreshold().doubleValue()
                        : setting.threshold().doubleValue();
                boolean partial = "PARTIAL".equals(setting.coverage());
                for (Flag flag : Rules.subMeter(main, subs, tolerance, partial, yearStart, end)) {
                    findings.add(Finding.of(QualityRule.SUB_METER, main.source(), main.meter(), main.item(), flag.from(), flag.to(),
                            flag.explanation(), flag.data()));
                }
            } catch (UnitException e) {
                findings.add(Finding.of(QualityRule.SUB_METER, main.source(), main.meter(), main.item(), yearStart, end,
                        "sub-meters of " + main.meter() + " cannot be compared: " + e.getMessage(), List.of()));
            }
        }
    }

    /** The series of a meter with the most readings (a meter feeds one source and item as a rule). */
    private MeterSeries meterSeries(String meter, String source) {
        return series.values().stream().filter(s -> meter.equals(s.meter()) && (source == null || source.equals(s.source())))
                .max(Comparator.comparingInt(s -> s.readings().size())).orElse(null);
    }

    /**
     * The invoice cross-check (docs/quality.md): per source, item and month, the total of the metered
     * (METERED/DIRECT) rows, when they cover every day of the month, against a MANUAL or INTEGRATION
     * row of the same source and item that spans exactly that month — submitted, or a draft kept as
     * the invoice reference (a submitted one would overlap the metered rows).
     */
    private void invoice(EmissionSource source) {
        double tolerance = in.settings().threshold(QualityRule.INVOICE, source.code(), null, 2);
        List<ActivityDatum> rows = in.data().stream().filter(d -> d.source().equals(source.code())
                && !"CORRECTED".equals(d.status())).toList();
        for (ActivityDatum invoice : rows) {
            if (MEASURED.contains(invoice.collectionMethod()) || invoice.estimationMethod() != null
                    || invoice.start().getDayOfMonth() != 1 || !invoice.end().equals(invoice.start().plusMonths(1))
                    || invoice.start().isBefore(yearStart) || !invoice.start().isBefore(yearEnd)) {
                continue;
            }
            Unit invoiceUnit = parse(invoice.unit());
            List<ActivityDatum> metered = rows.stream().filter(d -> "SUBMITTED".equals(d.status())
                    && MEASURED.contains(d.collectionMethod()) && d.estimationMethod() == null && d.item().equals(invoice.item())
                    && !d.start().isBefore(invoice.start()) && !d.end().isAfter(invoice.end())).toList();
            Set<LocalDate> days = new HashSet<>();
            double total = 0;
            boolean convertible = invoiceUnit != null;
            for (ActivityDatum datum : metered) {
                Unit unit = parse(datum.unit());
                if (unit == null || invoiceUnit == null || !unit.sameDimensionAs(invoiceUnit)) {
                    convertible = false;
                    break;
                }
                total += Units.convert(datum.quantity(), unit, invoiceUnit).doubleValue();
                for (LocalDate day = datum.start(); day.isBefore(datum.end()); day = day.plusDays(1)) {
                    days.add(day);
                }
            }
            long monthDays = java.time.temporal.ChronoUnit.DAYS.between(invoice.start(), invoice.end());
            if (!convertible || metered.isEmpty() || days.size() < monthDays) {
                continue;
            }
            double billed = invoice.quantity().doubleValue();
            double difference = billed == 0 ? (total == 0 ? 0 : Double.POSITIVE_INFINITY) : (total - billed) / billed * 100;
            if (Math.abs(difference) > tolerance) {
                List<Long> data = new ArrayList<>(List.of(invoice.id()));
                metered.forEach(d -> data.add(d.id()));
                YearMonth month = YearMonth.from(invoice.start());
                findings.add(Finding.of(QualityRule.INVOICE, source.code(), meterOf(metered.get(0)), invoice.item(),
                        invoice.start(), invoice.end(), source.code() + ": metered " + Text.number(total) + " " + invoice.unit()
                                + " in " + month + " (" + metered.size() + " rows) against " + Text.number(invoice.quantity()) + " "
                                + invoice.unit() + " entered " + invoice.collectionMethod() + " for the month (datum " + invoice.id()
                                + (invoice.status().equals("DRAFT") ? ", draft" : "") + (invoice.evidenceRefs().isEmpty() ? ""
                                : ", " + String.join(", ", invoice.evidenceRefs())) + "): " + Rules.signed(difference)
                                + " (tolerance ±" + Text.one(tolerance) + " %)", data));
            }
        }
    }

    /**
     * The same source, item, period, quantity and unit twice among submitted rows and drafts, and
     * corrections that repeat the datum they corrected.
     */
    private void duplicates() {
        Map<String, ActivityDatum> seen = new HashMap<>();
        Map<Long, ActivityDatum> byId = new HashMap<>();
        in.data().forEach(d -> byId.put(d.id(), d));
        for (ActivityDatum datum : in.data().stream().sorted(Comparator.comparingLong(ActivityDatum::id)).toList()) {
            if (datum.start().isBefore(yearStart) || !datum.start().isBefore(yearEnd)
                    || !in.settings().enabled(QualityRule.DUPLICATE, datum.source(), meterOf(datum))) {
                continue;
            }
            String describe = datum.source() + (datum.item().isEmpty() ? "" : " " + datum.item()) + " " + datum.start() + " – "
                    + datum.end() + " " + Text.number(datum.quantity()) + " " + datum.unit();
            if (datum.correctsId() != null) {
                ActivityDatum corrected = byId.get(datum.correctsId());
                if (corrected != null && same(corrected, datum) && !"CORRECTED".equals(datum.status())) {
                    findings.add(Finding.of(QualityRule.DUPLICATE, datum.source(), meterOf(datum), datum.item(), datum.start(),
                            datum.end(), "datum " + datum.id() + " corrects datum " + corrected.id() + " (\"" + datum.correctionReason()
                                    + "\") but repeats it: " + describe, List.of(datum.id())));
                }
            }
            if ("CORRECTED".equals(datum.status())) {
                continue;
            }
            String key = String.join("|", datum.source(), datum.item(), datum.start().toString(), datum.end().toString(),
                    datum.quantity().stripTrailingZeros().toPlainString(), datum.unit());
            ActivityDatum first = seen.putIfAbsent(key, datum);
            if (first != null) {
                findings.add(Finding.of(QualityRule.DUPLICATE, datum.source(), meterOf(datum), datum.item(), datum.start(),
                        datum.end(), "datum " + datum.id() + " (" + datum.status().toLowerCase(java.util.Locale.ROOT) + ", "
                                + provenance(datum) + ") repeats datum " + first.id() + " (" + first.status().toLowerCase(java.util.Locale.ROOT)
                                + ", " + provenance(first) + "): " + describe, List.of(datum.id())));
            }
        }
    }

    private static boolean same(ActivityDatum a, ActivityDatum b) {
        return a.start().equals(b.start()) && a.end().equals(b.end()) && a.item().equals(b.item())
                && a.quantity().compareTo(b.quantity()) == 0 && a.unit().equals(b.unit());
    }

    private static String provenance(ActivityDatum datum) {
        return datum.originFile() != null ? "from " + datum.originFile() + (datum.originRow() == null ? "" : " row " + datum.originRow())
                : "entered by " + datum.enteredBy();
    }

    private void add(QualityRule rule, MeterSeries s, List<Flag> flags) {
        for (Flag flag : flags) {
            findings.add(Finding.of(rule, s.source(), s.meter(), s.item(), flag.from(), flag.to(), flag.explanation(), flag.data()));
        }
    }

    // ------------------------------------------------------------------------------------------ scores

    private List<SourceQuality> scores() {
        Map<QualityRule.Dimension, Set<Long>> flagged = new EnumMap<>(QualityRule.Dimension.class);
        for (QualityRule.Dimension dimension : QualityRule.Dimension.values()) {
            flagged.put(dimension, new HashSet<>());
        }
        for (Finding finding : findings) {
            QualityRule rule = QualityRule.find(finding.rule()).orElse(null);
            if (rule != null && !Severity.INFO.code().equals(finding.severity())) {
                flagged.get(rule.dimension()).addAll(finding.data());
            }
        }
        Map<String, Long> findingsBySource = findings.stream().filter(f -> f.source() != null)
                .collect(Collectors.groupingBy(Finding::source, Collectors.counting()));
        List<SourceQuality> result = new ArrayList<>();
        for (EmissionSource source : sources.values()) {
            List<ActivityDatum> rows = inYear(source.code());
            int[] periods = coverage.getOrDefault(source.code(), new int[] {0, 0});
            Double[] raw = {
                    periods[0] == 0 ? null : share(periods[1], periods[0]),
                    rows.isEmpty() ? null : share(count(rows, flagged.get(QualityRule.Dimension.ACCURACY), false), rows.size()),
                    rows.isEmpty() ? null : share(count(rows, flagged.get(QualityRule.Dimension.CONSISTENCY), false), rows.size()),
                    rows.isEmpty() ? null : share(timely(source, rows), rows.size())};
            shares.add(raw);
            Double completeness = raw[0] == null ? null : round(raw[0]);
            Double accuracy = raw[1] == null ? null : round(raw[1]);
            Double consistency = raw[2] == null ? null : round(raw[2]);
            Double timeliness = raw[3] == null ? null : round(raw[3]);
            int estimated = (int) rows.stream().filter(d -> d.estimationMethod() != null).count();
            int measured = (int) rows.stream().filter(d -> d.estimationMethod() == null && MEASURED.contains(d.collectionMethod())).count();
            int evidence = (int) rows.stream().filter(d -> d.estimationMethod() == null && !MEASURED.contains(d.collectionMethod())
                    && (!d.evidenceRefs().isEmpty() || in.linkedEvidence().contains(d.id()))).count();
            int unsupported = rows.size() - estimated - measured - evidence;
            result.add(new SourceQuality(source.code(), source.name(), source.frequency(), source.collectionMethod(), completeness,
                    accuracy, consistency, timeliness, periods[0], periods[1], rows.size(),
                    rows.isEmpty() ? null : pct(measured, rows.size()), rows.isEmpty() ? null : pct(evidence, rows.size()),
                    rows.isEmpty() ? null : pct(estimated, rows.size()), rows.isEmpty() ? null : pct(unsupported, rows.size()),
                    findingsBySource.getOrDefault(source.code(), 0L).intValue()));
        }
        return result;
    }

    private static int count(List<ActivityDatum> rows, Set<Long> flagged, boolean wanted) {
        return (int) rows.stream().filter(d -> flagged.contains(d.id()) == wanted).count();
    }

    /** Rows entered within N days after their period ended (the first version's entry time for corrections). */
    private int timely(EmissionSource source, List<ActivityDatum> rows) {
        int timely = 0;
        for (ActivityDatum datum : rows) {
            if (!late(source, datum)) {
                timely++;
            }
        }
        return timely;
    }

    private final Map<Long, ActivityDatum> byId = new HashMap<>();

    private Instant firstEntered(ActivityDatum datum) {
        if (byId.isEmpty()) {
            in.data().forEach(d -> byId.put(d.id(), d));
        }
        ActivityDatum first = datum;
        for (int guard = 0; first.correctsId() != null && byId.containsKey(first.correctsId()) && guard < 100; guard++) {
            first = byId.get(first.correctsId());
        }
        return first.enteredAt();
    }

    private int deadlineDays(EmissionSource source, ActivityDatum datum) {
        return in.settings().configuredThreshold(QualityRule.TIMELINESS, source.code(), null).map(BigDecimal::intValue)
                .orElse("DAY".equals(source.frequency()) && datum.end().equals(datum.start().plusDays(1)) ? TIMELY_DAILY_DAYS
                        : TIMELY_OTHER_DAYS);
    }

    private boolean late(EmissionSource source, ActivityDatum datum) {
        Instant deadline = datum.end().atStartOfDay(in.zone()).plusDays(deadlineDays(source, datum)).toInstant();
        return firstEntered(datum).isAfter(deadline);
    }

    private void lateFinding(EmissionSource source, List<ActivityDatum> rows) {
        if (!in.settings().enabled(QualityRule.TIMELINESS, source.code(), null)) {
            return;
        }
        List<ActivityDatum> late = rows.stream().filter(d -> late(source, d)).toList();
        if (late.isEmpty()) {
            return;
        }
        List<Double> delays = late.stream().map(d -> (double) java.time.Duration.between(d.end().atStartOfDay(in.zone()).toInstant(),
                firstEntered(d)).toHours() / 24).toList();
        LocalDate from = late.stream().map(ActivityDatum::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = late.stream().map(ActivityDatum::end).max(Comparator.naturalOrder()).orElseThrow();
        Set<Integer> deadlines = late.stream().map(d -> deadlineDays(source, d)).collect(Collectors.toCollection(java.util.TreeSet::new));
        findings.add(Finding.of(QualityRule.TIMELINESS, source.code(), source.meters().size() == 1 ? source.meters().get(0) : null,
                null, from, to, source.code() + ": " + late.size() + " of " + rows.size() + " row(s) were entered later than "
                        + deadlines.stream().map(String::valueOf).collect(Collectors.joining(" or ")) + " day(s) after their period ended"
                        + " (median delay " + Text.one(Statistics.median(delays)) + " days, longest " + Text.one(delays.stream()
                        .mapToDouble(Double::doubleValue).max().orElse(0)) + ")", late.stream().map(ActivityDatum::id).toList()));
    }

    private double measuredShare() {
        List<ActivityDatum> rows = inYear();
        if (rows.isEmpty()) {
            return 0;
        }
        long measured = rows.stream().filter(d -> d.estimationMethod() == null && MEASURED.contains(d.collectionMethod())).count();
        return pct((int) measured, rows.size());
    }

    private List<MeterQuality> meterScores() {
        Set<Long> accuracyFlags = new HashSet<>();
        for (Finding finding : findings) {
            QualityRule rule = QualityRule.find(finding.rule()).orElse(null);
            if (rule != null && rule.dimension() == QualityRule.Dimension.ACCURACY && !Severity.INFO.code().equals(finding.severity())) {
                accuracyFlags.addAll(finding.data());
            }
        }
        Map<String, Long> findingsByMeter = findings.stream().filter(f -> f.meter() != null)
                .collect(Collectors.groupingBy(Finding::meter, Collectors.counting()));
        Map<String, List<ActivityDatum>> readings = new TreeMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        for (ActivityDatum datum : inYear()) {
            String meter = meterOf(datum);
            if (meter != null) {
                readings.computeIfAbsent(meter, m -> new ArrayList<>()).add(datum);
                sourceOf.putIfAbsent(meter, datum.source());
            }
        }
        List<MeterQuality> result = new ArrayList<>();
        for (Meter meter : in.meters()) {
            List<ActivityDatum> rows = readings.getOrDefault(meter.code(), List.of());
            int flaggedRows = count(rows, accuracyFlags, true);
            result.add(new MeterQuality(meter.code(), sourceOf.get(meter.code()), rows.size(), flaggedRows,
                    rows.isEmpty() ? null : pct(rows.size() - flaggedRows, rows.size()), meter.calibrationDueOn(),
                    findingsByMeter.getOrDefault(meter.code(), 0L).intValue()));
        }
        return result;
    }

    private List<MonthQuality> months() {
        List<MonthQuality> result = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(in.year(), m);
            double sum = 0;
            int count = 0;
            for (Map<YearMonth, double[]> bySource : monthCoverage.values()) {
                double[] cell = bySource.get(month);
                if (cell != null && cell[1] > 0) {
                    sum += cell[0] / cell[1];
                    count++;
                }
            }
            boolean ended = !month.atEndOfMonth().isAfter(end.minusDays(1)) && month.atEndOfMonth().isBefore(in.today());
            result.add(new MonthQuality(month, ended && count > 0 ? round(100 * sum / count) : null, ended ? count : 0));
        }
        return result;
    }

    private static double pct(int part, int whole) {
        return whole == 0 ? 100 : round(100.0 * part / whole);
    }

    private static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Unrounded per-source shares (completeness, accuracy, consistency, timeliness) for the plant's means. */
    private final List<Double[]> shares = new ArrayList<>();

    /** Mean over the sources that have a value of the dimension; 100 when none has (nothing to measure). */
    private double mean(int dimension) {
        List<Double> values = shares.stream().map(raw -> raw[dimension]).filter(Objects::nonNull).toList();
        return values.isEmpty() ? 100 : round(values.stream().mapToDouble(Double::doubleValue).average().orElse(100));
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 100 : 100.0 * part / whole;
    }

    private static int severityRank(String severity) {
        return switch (severity) {
            case "error" -> 0;
            case "warning" -> 1;
            default -> 2;
        };
    }
}
