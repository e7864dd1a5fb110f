package io.autoghg.platform.quality;

import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.organisation.Calibration;
import io.autoghg.platform.quality.MeterSeries.Reading;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks on series, each a pure function of its inputs (unit-tested on crafted series). They
 * return what is flagged with an explanation that gives the figures; {@link QualityCheck} turns the
 * flags into findings and scores. Only readings inside the checked window [from, to) are flagged;
 * readings before it serve as baseline.
 */
final class Rules {
    /** A baseline MAD below this share of the baseline median is raised to it (see {@link #anomalies}). */
    static final double MAD_FLOOR = 0.10;
    /** Same-weekday values the anomaly baseline looks back over, and how many it needs. */
    static final int BASELINE_WEEKS = 8;
    static final int BASELINE_MINIMUM = 4;

    private Rules() {
    }

    /** A flagged stretch: its period [from, to), the data concerned and why. */
    record Flag(LocalDate from, LocalDate to, List<Long> data, String explanation) {
    }

    /** A period [from, to). */
    record Period(LocalDate from, LocalDate to) {
        long days() {
            return java.time.temporal.ChronoUnit.DAYS.between(from, to);
        }
    }

    // ------------------------------------------------------------------------------------------ completeness

    /** Runs of consecutive days in [from, to) that are not covered. */
    static List<Period> missingDays(Set<LocalDate> covered, LocalDate from, LocalDate to) {
        List<Period> runs = new ArrayList<>();
        LocalDate start = null;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (!covered.contains(day)) {
                if (start == null) {
                    start = day;
                }
            } else if (start != null) {
                runs.add(new Period(start, day));
                start = null;
            }
        }
        if (start != null) {
            runs.add(new Period(start, to));
        }
        return runs;
    }

    /** Months from {@code first} to {@code last} (inclusive) that are not covered. */
    static List<YearMonth> missingMonths(Set<YearMonth> covered, YearMonth first, YearMonth last) {
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            if (!covered.contains(month)) {
                missing.add(month);
            }
        }
        return missing;
    }

    // ------------------------------------------------------------------------------------------ meter readings

    /** The same non-zero daily reading on {@code minDays} or more consecutive days: a stuck meter. */
    static List<Flag> flatLine(MeterSeries series, int minDays, LocalDate from, LocalDate to) {
        List<Flag> flags = new ArrayList<>();
        List<Reading> run = new ArrayList<>();
        for (Reading reading : window(series, from, to)) {
            Reading previous = run.isEmpty() ? null : run.get(run.size() - 1);
            boolean continues = previous != null && reading.start().equals(previous.start().plusDays(1))
                    && reading.value() == previous.value();
            if (!continues) {
                flatRun(series, run, minDays, flags);
                run.clear();
            }
            if (reading.value() != 0) {
                run.add(reading);
            }
        }
        flatRun(series, run, minDays, flags);
        return flags;
    }

    private static void flatRun(MeterSeries series, List<Reading> run, int minDays, List<Flag> flags) {
        if (run.size() < minDays) {
            return;
        }
        Reading first = run.get(0);
        Reading last = run.get(run.size() - 1);
        flags.add(new Flag(first.start(), last.end(), ids(run), series.label() + ": the same reading " + first.shown(series.unit())
                + " on " + run.size() + " consecutive days, " + first.start() + " to " + last.start()
                + " — a stuck meter? (flagged from " + minDays + " days)"));
    }

    /** A daily reading more than {@code factor} times above or below the previous day's, both non-zero. */
    static List<Flag> rateOfChange(MeterSeries series, double factor, LocalDate from, LocalDate to) {
        Map<LocalDate, Reading> daily = series.daily();
        List<Flag> flags = new ArrayList<>();
        for (Reading reading : window(series, from, to)) {
            Reading previous = daily.get(reading.start().minusDays(1));
            if (previous == null || previous.value() <= 0 || reading.value() <= 0) {
                continue;
            }
            double ratio = reading.value() / previous.value();
            if (ratio >= factor || ratio <= 1 / factor) {
                String change = ratio >= 1 ? Text.one(ratio) + " × the previous day's " : "1/" + Text.one(1 / ratio)
                        + " of the previous day's ";
                flags.add(new Flag(reading.start(), reading.end(), List.of(reading.datum()), series.label() + ": "
                        + reading.shown(series.unit()) + " on " + Text.day(reading.start()) + " is " + change
                        + previous.shown(series.unit()) + " (limit " + Text.one(factor) + " × up or down)"));
            }
        }
        return flags;
    }

    /** An anomalous daily reading: the value, its weekday baseline, the MAD (as used) and the robust z. */
    record Anomaly(LocalDate day, double value, double median, double mad, double madUsed, double z, int baseline,
                   long datum) {
        int direction() {
            return value > median ? 1 : -1;
        }

        String explanation(MeterSeries series, double threshold) {
            String unit = " " + series.unit().symbol();
            String madText = Text.number(mad) + unit + (madUsed > mad ? " (raised to " + Text.number(madUsed) + unit + ", "
                    + Math.round(MAD_FLOOR * 100) + " % of the median)" : "");
            return Text.day(day) + ": " + Text.number(value) + unit + " against a baseline of " + Text.number(median) + unit
                    + " (median of the same weekday over the previous " + baseline + " weeks with data), MAD " + madText
                    + "; robust z = |x − median| / (1.4826 × MAD) = " + (Text.one(z).equals(Text.one(threshold))
                    ? Text.number(z) : Text.one(z)) + " > " + Text.one(threshold);
        }
    }

    /**
     * Daily readings whose robust z-score against the same weekday of the previous 8 weeks exceeds
     * {@code threshold}. The baseline needs at least 4 of those 8 values; a baseline of mostly zeros
     * (intermittent use) is not checked; a MAD below 10 % of the median is raised to it, so that the
     * ordinary week-to-week variation of a steady series (weather, product mix) does not count as anomalous.
     */
    static List<Anomaly> anomalies(MeterSeries series, double threshold, LocalDate from, LocalDate to) {
        return anomalies(series, threshold, from, to, Set.of());
    }

    /** As above, leaving the {@code excluded} days (plant-wide deviations) out of every baseline. */
    static List<Anomaly> anomalies(MeterSeries series, double threshold, LocalDate from, LocalDate to, Set<LocalDate> excluded) {
        Map<LocalDate, Reading> daily = new java.util.HashMap<>(series.daily());
        daily.keySet().removeAll(excluded);
        List<Anomaly> anomalies = new ArrayList<>();
        for (Reading reading : window(series, from, to)) {
            List<Double> baseline = new ArrayList<>();
            for (int week = 1; week <= BASELINE_WEEKS; week++) {
                Reading earlier = daily.get(reading.start().minusWeeks(week));
                if (earlier != null) {
                    baseline.add(earlier.value());
                }
            }
            if (baseline.size() < BASELINE_MINIMUM || baseline.stream().filter(v -> v == 0).count() * 2 > baseline.size()) {
                continue;
            }
            double median = Statistics.median(baseline);
            double mad = Statistics.mad(baseline);
            double madUsed = Math.max(mad, MAD_FLOOR * Math.abs(median));
            double z = Statistics.robustZ(reading.value(), median, madUsed);
            if (z > threshold) {
                anomalies.add(new Anomaly(reading.start(), reading.value(), median, mad, madUsed, z, baseline.size(),
                        reading.datum()));
            }
        }
        return anomalies;
    }

    /** A negative quantity (cannot be stored as activity data; raw readings may have them). */
    static List<Flag> negative(MeterSeries series, LocalDate from, LocalDate to) {
        List<Flag> flags = new ArrayList<>();
        for (Reading reading : series.readings()) {
            if (reading.value() < 0 && inWindow(reading, from, to)) {
                flags.add(new Flag(reading.start(), reading.end(), List.of(reading.datum()), series.label() + ": negative quantity "
                        + reading.shown(series.unit()) + " for " + reading.start() + " – " + reading.end()));
            }
        }
        return flags;
    }

    /**
     * Readings of a cumulative register (a meter's counter, not a per-period quantity) that go
     * down: a reset or a rollover. The explanation estimates the consumption if the register rolled
     * over at the next power of ten above the previous reading.
     */
    static List<Flag> counterResets(MeterSeries cumulative) {
        List<Flag> flags = new ArrayList<>();
        Reading previous = null;
        for (Reading reading : cumulative.readings()) {
            if (previous != null && reading.value() < previous.value()) {
                double rollover = Math.pow(10, Math.ceil(Math.log10(previous.value() + 1)));
                double consumption = rollover - previous.value() + reading.value();
                flags.add(new Flag(reading.start(), reading.end(), List.of(previous.datum(), reading.datum()),
                        cumulative.label() + ": the register fell from " + Text.number(previous.value()) + " on "
                                + previous.start() + " to " + Text.number(reading.value()) + " on " + reading.start()
                                + " — a counter reset or rollover; if it rolled over at " + Text.number(rollover)
                                + ", the consumption in between was " + Text.number(consumption) + " "
                                + cumulative.unit().symbol()));
            }
            previous = reading;
        }
        return flags;
    }

    /** Readings outside [min, max] (either may be null), compared in {@code limitUnit}. */
    static List<Flag> range(MeterSeries series, BigDecimal min, BigDecimal max, Unit limitUnit, LocalDate from, LocalDate to) {
        double factor = factor(series.unit(), limitUnit);
        List<Flag> flags = new ArrayList<>();
        for (Reading reading : series.readings()) {
            if (reading.estimated() || !inWindow(reading, from, to)) {
                continue;
            }
            double value = reading.value() * factor;
            boolean low = min != null && value < min.doubleValue();
            boolean high = max != null && value > max.doubleValue();
            if (low || high) {
                String limits = (min == null ? "" : "min " + Text.number(min) + " ") + (max == null ? "" : "max " + Text.number(max)
                        + " ") + limitUnit.symbol();
                flags.add(new Flag(reading.start(), reading.end(), List.of(reading.datum()), series.label() + ": "
                        + Text.number(value) + " " + limitUnit.symbol() + " for " + period(reading) + " is "
                        + (low ? "below" : "above") + " the configured range (" + limits.strip() + ")"));
            }
        }
        return flags;
    }

    // ------------------------------------------------------------------------------------------ cross-checks

    /**
     * The daily sum of the sub-meters against the main meter, on the days where all of them have a
     * reading. COMPLETE sub-metering: |sum − main| ≤ tolerance × main; PARTIAL: sum ≤ (1 + tolerance) × main.
     * Consecutive days out of tolerance make one flag.
     */
    static List<Flag> subMeter(MeterSeries main, List<MeterSeries> subs, double tolerancePct, boolean partial, LocalDate from,
                               LocalDate to) {
        Map<LocalDate, Reading> mainDaily = main.daily();
        List<Map<LocalDate, Reading>> subDaily = subs.stream().map(MeterSeries::daily).toList();
        List<Double> factors = subs.stream().map(sub -> factor(sub.unit(), main.unit())).toList();
        String subNames = subs.stream().map(MeterSeries::meter).collect(Collectors.joining(" + "));
        List<Flag> flags = new ArrayList<>();
        List<String> days = new ArrayList<>();
        List<Long> data = new ArrayList<>();
        LocalDate runStart = null;
        LocalDate runEnd = null;
        double worst = 0;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            Reading mainReading = mainDaily.get(day);
            double sum = 0;
            List<Long> dayData = new ArrayList<>();
            boolean complete = mainReading != null;
            for (int i = 0; i < subs.size() && complete; i++) {
                Reading sub = subDaily.get(i).get(day);
                if (sub == null) {
                    complete = false;
                } else {
                    sum += sub.value() * factors.get(i);
                    dayData.add(sub.datum());
                }
            }
            boolean flagged = false;
            double difference = 0;
            if (complete) {
                double value = mainReading.value();
                difference = value == 0 ? (sum == 0 ? 0 : Double.POSITIVE_INFINITY) : (sum - value) / value * 100;
                flagged = partial ? difference > tolerancePct : Math.abs(difference) > tolerancePct;
            }
            if (flagged) {
                if (runStart == null) {
                    runStart = day;
                    worst = difference;
                } else if (Math.abs(difference) > Math.abs(worst)) {
                    worst = difference;
                }
                runEnd = day.plusDays(1);
                dayData.add(0, mainReading.datum());
                data.addAll(dayData);
                if (days.size() < 3) {
                    days.add(day + ": " + Text.number(sum) + " against " + Text.number(mainReading.value()) + " "
                            + main.unit().symbol() + " (" + signed(difference) + ")");
                }
            } else if (runStart != null) {
                flags.add(subMeterFlag(main, subNames, tolerancePct, partial, runStart, runEnd, data, days, worst));
                runStart = null;
                data = new ArrayList<>();
                days = new ArrayList<>();
            }
        }
        if (runStart != null) {
            flags.add(subMeterFlag(main, subNames, tolerancePct, partial, runStart, runEnd, data, days, worst));
        }
        return flags;
    }

    private static Flag subMeterFlag(MeterSeries main, String subNames, double tolerancePct, boolean partial, LocalDate from,
                                     LocalDate to, List<Long> data, List<String> days, double worst) {
        long count = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        String rule = partial ? "may not exceed the main meter by more than " + Text.one(tolerancePct) + " % (partial sub-metering)"
                : "should equal the main meter within ±" + Text.one(tolerancePct) + " % (complete sub-metering)";
        return new Flag(from, to, data, "sub-meters " + subNames + " against main meter " + main.meter() + " on " + count
                + " day(s): " + String.join("; ", days) + (count > days.size() ? "; …" : "") + "; largest difference "
                + signed(worst) + "; the sum " + rule);
    }

    /**
     * Readings of a meter (any period) whose last day is more than {@code graceDays} after the due date
     * of the latest calibration made on or before that day: no newer calibration was recorded in time.
     * Readings before the meter's first calibration record are not judged. Consecutive lapsed readings
     * under the same calibration make one flag.
     */
    static List<Flag> calibrationLapsed(MeterSeries series, List<Calibration> calibrations, int graceDays, LocalDate from,
                                        LocalDate to) {
        List<Calibration> sorted = calibrations.stream().sorted(Comparator.comparing(Calibration::calibratedOn)
                .thenComparingLong(Calibration::id)).toList();
        List<Flag> flags = new ArrayList<>();
        List<Reading> run = new ArrayList<>();
        Calibration runCalibration = null;
        for (Reading reading : series.readings()) {
            if (reading.estimated() || !inWindow(reading, from, to)) {
                continue;
            }
            Calibration latest = null;
            for (Calibration calibration : sorted) {
                if (!calibration.calibratedOn().isAfter(reading.lastDay())) {
                    latest = calibration;
                }
            }
            boolean lapsed = latest != null && reading.lastDay().isAfter(latest.dueOn().plusDays(graceDays));
            if (!lapsed || latest != runCalibration) {
                lapsedRun(series, run, runCalibration, sorted, flags);
                run = new ArrayList<>();
                runCalibration = null;
            }
            if (lapsed) {
                run.add(reading);
                runCalibration = latest;
            }
        }
        lapsedRun(series, run, runCalibration, sorted, flags);
        return flags;
    }

    private static void lapsedRun(MeterSeries series, List<Reading> run, Calibration calibration, List<Calibration> all,
                                  List<Flag> flags) {
        if (run.isEmpty()) {
            return;
        }
        Reading first = run.get(0);
        Reading last = run.get(run.size() - 1);
        String next = all.stream().filter(c -> c.calibratedOn().isAfter(calibration.calibratedOn())).findFirst()
                .map(c -> "the next calibration is dated " + c.calibratedOn())
                .orElse("no newer calibration is recorded");
        flags.add(new Flag(first.start(), last.end(), ids(run), "meter " + series.meter() + ": " + run.size()
                + " reading(s) of " + series.source() + " from " + first.start() + " to " + last.lastDay()
                + " were taken after its calibration was due on " + calibration.dueOn() + " (calibrated "
                + calibration.calibratedOn() + ", result " + calibration.result()
                + (calibration.certificate() == null ? "" : ", certificate " + calibration.certificate()) + "); " + next));
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Multiplier from {@code from} to {@code to} (same dimension). */
    static double factor(Unit from, Unit to) {
        return Units.convert(BigDecimal.ONE, from, to).doubleValue();
    }

    static String signed(double pct) {
        return Double.isInfinite(pct) ? "main meter 0" : (pct > 0 ? "+" : "") + Text.one(pct) + " %";
    }

    private static String period(Reading reading) {
        return reading.isDaily() ? reading.start().toString() : reading.start() + " – " + reading.end();
    }

    private static List<Reading> window(MeterSeries series, LocalDate from, LocalDate to) {
        return series.daily().values().stream().filter(r -> inWindow(r, from, to)).toList();
    }

    private static boolean inWindow(Reading reading, LocalDate from, LocalDate to) {
        return !reading.start().isBefore(from) && reading.start().isBefore(to);
    }

    private static List<Long> ids(List<Reading> readings) {
        return readings.stream().map(Reading::datum).toList();
    }
}
