package io.autoghg.platform.quality;

import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Estimates for the missing days (daily sources) or months (monthly sources) of one source and
 * item, by a documented method. Stored data are never changed: the estimates become new rows marked
 * with their method. Pure: the service loads the series and production volumes and stores the result.
 */
final class GapFilling {
    /** Method codes of the API and the name each estimate carries (activity_datum.estimation_method). */
    static final Map<String, String> METHODS = Map.of(
            "linear", "linear interpolation",
            "same-day-last-week", "same day last week",
            "production-regression", "regression on production (vehicles)");
    /** Months a production regression needs at least. */
    static final int REGRESSION_MINIMUM = 3;
    /** How many weeks back same-day-last-week looks for a reading of the same weekday. */
    static final int WEEKS_BACK = 4;

    private GapFilling() {
    }

    /** An estimate for one missing period, with the note that says which data it came from. */
    record Estimate(LocalDate start, LocalDate end, BigDecimal quantity, String unit, String note) {
    }

    /**
     * Fills the gaps in [from, to) of {@code rows} (the current rows of one source and item).
     * {@code production} holds vehicles per month. Throws ConflictException when there is no gap or
     * not enough data, BadRequestException when the method does not apply.
     */
    static List<Estimate> fill(String method, String frequency, List<ActivityDatum> rows, LocalDate from, LocalDate to,
                               Map<YearMonth, Integer> production) {
        if (!METHODS.containsKey(method)) {
            throw new BadRequestException("method", "unknown method '" + method + "'; use " + String.join(", ", METHODS.keySet()));
        }
        return switch (frequency) {
            case "DAY" -> fillDays(method, rows, from, to, production);
            case "MONTH" -> fillMonths(method, rows, from, to, production);
            default -> throw new BadRequestException("source", "the source is expected per " + frequency
                    + "; only daily and monthly sources have gaps to fill");
        };
    }

    // ------------------------------------------------------------------------------------------ days

    private static List<Estimate> fillDays(String method, List<ActivityDatum> rows, LocalDate from, LocalDate to,
                                           Map<YearMonth, Integer> production) {
        Map<LocalDate, ActivityDatum> daily = new HashMap<>();
        java.util.Set<LocalDate> covered = new java.util.HashSet<>();
        for (ActivityDatum datum : rows) {
            if (datum.end().equals(datum.start().plusDays(1))) {
                daily.putIfAbsent(datum.start(), datum);
            }
            for (LocalDate day = datum.start().isBefore(from.minusDays(1)) ? from.minusDays(1) : datum.start();
                 day.isBefore(datum.end()) && !day.isAfter(to); day = day.plusDays(1)) {
                covered.add(day);
            }
        }
        List<Rules.Period> gaps = Rules.missingDays(covered, from, to);
        if (gaps.isEmpty()) {
            throw new ConflictException("no missing days from " + from + " to " + to.minusDays(1) + ": every day has data");
        }
        List<Estimate> estimates = new ArrayList<>();
        switch (method) {
            case "linear" -> {
                for (Rules.Period gap : gaps) {
                    ActivityDatum before = daily.get(gap.from().minusDays(1));
                    ActivityDatum after = daily.get(gap.to());
                    if (before == null || after == null) {
                        throw new ConflictException("not enough data for linear interpolation of " + gap.from() + " to "
                                + gap.to().minusDays(1) + ": it needs a daily reading on " + gap.from().minusDays(1) + " and on "
                                + gap.to() + (before == null ? " (none on " + gap.from().minusDays(1) + ")" : "")
                                + (after == null ? " (none on " + gap.to() + ")" : ""));
                    }
                    List<LocalDate> days = gap.from().datesUntil(gap.to()).toList();
                    estimates.addAll(linear(before, after, days.stream().map(d -> new LocalDate[] {d, d.plusDays(1)}).toList()));
                }
            }
            case "same-day-last-week" -> {
                for (Rules.Period gap : gaps) {
                    for (LocalDate day = gap.from(); day.isBefore(gap.to()); day = day.plusDays(1)) {
                        ActivityDatum source = null;
                        int weeks = 0;
                        for (int k = 1; k <= WEEKS_BACK && source == null; k++) {
                            source = daily.get(day.minusWeeks(k));
                            weeks = k;
                        }
                        if (source == null) {
                            throw new ConflictException("not enough data to fill " + day + " from the same day last week: no daily "
                                    + "reading on the same weekday in the " + WEEKS_BACK + " weeks before it");
                        }
                        estimates.add(new Estimate(day, day.plusDays(1), source.quantity(), source.unit(),
                                "gap filled by same day last week: copied from " + Text.day(source.start()) + " ("
                                        + Text.number(source.quantity()) + " " + source.unit() + ", datum " + source.id() + ")"
                                        + (weeks > 1 ? ", " + weeks + " weeks before, the nearer weeks have no reading" : "")));
                    }
                }
            }
            default -> estimates.addAll(regressionDays(rows, daily, gaps, production));
        }
        return estimates;
    }

    /** Daily regression: per complete month, data per day against vehicles per day; the gap's month gives x. */
    private static List<Estimate> regressionDays(List<ActivityDatum> rows, Map<LocalDate, ActivityDatum> daily,
                                                 List<Rules.Period> gaps, Map<YearMonth, Integer> production) {
        Unit unit = Units.parse(rows.isEmpty() ? "1" : daily.values().stream().findFirst().map(ActivityDatum::unit)
                .orElse(rows.get(0).unit()));
        Map<YearMonth, double[]> months = new TreeMap<>();
        for (ActivityDatum datum : daily.values()) {
            if (datum.estimationMethod() != null) {
                continue;
            }
            double[] month = months.computeIfAbsent(YearMonth.from(datum.start()), m -> new double[2]);
            month[0] += Units.convert(datum.quantity(), Units.parse(datum.unit()), unit).doubleValue();
            month[1] += 1;
        }
        List<double[]> points = new ArrayList<>();
        List<String> used = new ArrayList<>();
        months.forEach((month, sum) -> {
            Integer vehicles = production.get(month);
            if (sum[1] == month.lengthOfMonth() && vehicles != null) {
                points.add(new double[] {vehicles / (double) month.lengthOfMonth(), sum[0] / month.lengthOfMonth()});
                used.add(month.toString());
            }
        });
        Statistics.Line line = line(points);
        List<Estimate> estimates = new ArrayList<>();
        int scale = scale(daily.values().stream().map(ActivityDatum::quantity).toList());
        for (Rules.Period gap : gaps) {
            for (LocalDate day = gap.from(); day.isBefore(gap.to()); day = day.plusDays(1)) {
                YearMonth month = YearMonth.from(day);
                Integer vehicles = production.get(month);
                if (vehicles == null) {
                    throw new ConflictException("not enough data for a regression on production: no production volume for " + month);
                }
                double x = vehicles / (double) month.lengthOfMonth();
                double y = Math.max(0, line.at(x));
                estimates.add(new Estimate(day, day.plusDays(1), round(y, scale), unit.symbol(), regressionNote(line, used,
                        "vehicles per day", month + ": " + Text.one(x) + " vehicles per day", y, unit, "per day")));
            }
        }
        return estimates;
    }

    // ------------------------------------------------------------------------------------------ months

    private static List<Estimate> fillMonths(String method, List<ActivityDatum> rows, LocalDate from, LocalDate to,
                                             Map<YearMonth, Integer> production) {
        if (method.equals("same-day-last-week")) {
            throw new BadRequestException("method", "same-day-last-week fills days of a daily source; use linear or "
                    + "production-regression for a monthly source");
        }
        YearMonth first = YearMonth.from(from);
        if (from.getDayOfMonth() != 1) {
            first = first.plusMonths(1);
        }
        YearMonth last = YearMonth.from(to.minusDays(1));
        if (!to.equals(last.plusMonths(1).atDay(1))) {
            last = last.minusMonths(1);
        }
        java.util.Set<YearMonth> covered = new java.util.HashSet<>();
        Map<YearMonth, ActivityDatum> monthly = new HashMap<>();
        for (ActivityDatum datum : rows) {
            for (YearMonth m = YearMonth.from(datum.start()); m.atDay(1).isBefore(datum.end()); m = m.plusMonths(1)) {
                covered.add(m);
            }
            if (datum.start().getDayOfMonth() == 1 && datum.end().equals(datum.start().plusMonths(1))) {
                monthly.putIfAbsent(YearMonth.from(datum.start()), datum);
            }
        }
        List<YearMonth> missing = last.isBefore(first) ? List.of() : Rules.missingMonths(covered, first, last);
        if (missing.isEmpty()) {
            throw new ConflictException("no missing months from " + from + " to " + to + ": every whole month has data");
        }
        List<Estimate> estimates = new ArrayList<>();
        if (method.equals("linear")) {
            int i = 0;
            while (i < missing.size()) {
                int j = i;
                while (j + 1 < missing.size() && missing.get(j + 1).equals(missing.get(j).plusMonths(1))) {
                    j++;
                }
                YearMonth runStart = missing.get(i);
                YearMonth runEnd = missing.get(j);
                ActivityDatum before = monthly.get(runStart.minusMonths(1));
                ActivityDatum after = monthly.get(runEnd.plusMonths(1));
                if (before == null || after == null) {
                    throw new ConflictException("not enough data for linear interpolation of " + runStart + (runStart.equals(runEnd)
                            ? "" : " to " + runEnd) + ": it needs a monthly datum for " + runStart.minusMonths(1) + " and for "
                            + runEnd.plusMonths(1));
                }
                List<LocalDate[]> periods = new ArrayList<>();
                for (YearMonth m = runStart; !m.isAfter(runEnd); m = m.plusMonths(1)) {
                    periods.add(new LocalDate[] {m.atDay(1), m.plusMonths(1).atDay(1)});
                }
                estimates.addAll(linear(before, after, periods));
                i = j + 1;
            }
            return estimates;
        }
        Unit unit = Units.parse(monthly.isEmpty() ? rows.get(0).unit() : monthly.values().iterator().next().unit());
        List<double[]> points = new ArrayList<>();
        List<String> used = new ArrayList<>();
        new TreeMap<>(monthly).forEach((month, datum) -> {
            Integer vehicles = production.get(month);
            if (vehicles != null && datum.estimationMethod() == null) {
                points.add(new double[] {vehicles, Units.convert(datum.quantity(), Units.parse(datum.unit()), unit).doubleValue()});
                used.add(month.toString());
            }
        });
        Statistics.Line line = line(points);
        int scale = scale(monthly.values().stream().map(ActivityDatum::quantity).toList());
        for (YearMonth month : missing) {
            Integer vehicles = Optional.ofNullable(production.get(month)).orElseThrow(() -> new ConflictException(
                    "not enough data for a regression on production: no production volume for " + month));
            double y = Math.max(0, line.at(vehicles));
            estimates.add(new Estimate(month.atDay(1), month.plusMonths(1).atDay(1), round(y, scale), unit.symbol(),
                    regressionNote(line, used, "vehicles", month + ": " + Text.number(vehicles) + " vehicles", y, unit, "")));
        }
        return estimates;
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** Straight line between the two neighbours: the k-th of n missing periods gets before + (after − before) × k / (n + 1). */
    private static List<Estimate> linear(ActivityDatum before, ActivityDatum after, List<LocalDate[]> periods) {
        Unit unit = Units.parse(before.unit());
        BigDecimal a = before.quantity();
        BigDecimal b = Units.convert(after.quantity(), Units.parse(after.unit()), unit);
        int scale = scale(List.of(before.quantity(), after.quantity()));
        int n = periods.size();
        List<Estimate> estimates = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            BigDecimal value = a.add(b.subtract(a).multiply(BigDecimal.valueOf(k)).divide(BigDecimal.valueOf(n + 1L), 12,
                    RoundingMode.HALF_EVEN)).setScale(scale, RoundingMode.HALF_EVEN);
            LocalDate[] period = periods.get(k - 1);
            estimates.add(new Estimate(period[0], period[1], value.max(BigDecimal.ZERO), unit.symbol(),
                    "gap filled by linear interpolation between " + describe(before) + " and " + describe(after) + ", "
                            + k + " of " + n));
        }
        return estimates;
    }

    private static String describe(ActivityDatum datum) {
        String period = datum.end().equals(datum.start().plusDays(1)) ? datum.start().toString()
                : YearMonth.from(datum.start()).toString();
        return period + " (" + Text.number(datum.quantity()) + " " + datum.unit() + ", datum " + datum.id() + ")";
    }

    private static Statistics.Line line(List<double[]> points) {
        if (points.size() < REGRESSION_MINIMUM) {
            throw new ConflictException("not enough data for a regression on production: " + points.size()
                    + " month(s) with both complete data and a production volume; it needs at least " + REGRESSION_MINIMUM);
        }
        double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
        Statistics.Line line = Statistics.leastSquares(x, y);
        if (line == null) {
            throw new ConflictException("not enough data for a regression on production: the production volumes of the "
                    + points.size() + " months are all the same");
        }
        return line;
    }

    private static String regressionNote(Statistics.Line line, List<String> used, String xName, String gap, double y, Unit unit,
                                         String per) {
        return "gap filled by regression on production (vehicles): y = " + Text.number(line.intercept()) + " + "
                + Text.number(line.slope()) + " × " + xName + ", fitted on " + line.points() + " month(s) " + used.get(0) + " to "
                + used.get(used.size() - 1) + " (R² = " + String.format(java.util.Locale.ROOT, "%.3f", line.rSquared()) + "); "
                + gap + " → " + Text.number(y) + " " + unit.symbol() + (per.isEmpty() ? "" : " " + per);
    }

    /** The decimals of the data (at least 0, at most 6), so that estimates look like the readings. */
    private static int scale(List<BigDecimal> values) {
        int scale = 0;
        for (BigDecimal value : values) {
            scale = Math.max(scale, Math.max(0, value.stripTrailingZeros().scale()));
        }
        return Math.min(scale, 6);
    }

    private static BigDecimal round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN);
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
