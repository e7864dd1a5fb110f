package io.autoghg.platform.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The demo plant's working calendar and weather, deterministic per date: two-shift production on
 * weekdays, some Saturday overtime when demand is high, Sundays off, a two-week shutdown around
 * Chinese New Year, the May Day holidays and the October Golden Week; seasonal cooling and heating
 * indices and PV irradiance. Every random draw comes from a generator seeded by the fixed seed, a
 * stream name and the date, so a day's values never depend on which other days are generated.
 */
final class DemoCalendar {
    static final long SEED = 20251125L;

    /** Vehicles planned per year: 300 000 in 2025, growing 2 % a year. */
    static int plannedVehicles(int year) {
        return (int) Math.round(300_000 * (1 + 0.02 * (year - 2025)));
    }

    /** Chinese New Year (first day of the first lunar month). */
    private static final Map<Integer, LocalDate> CHINESE_NEW_YEAR = Map.of(
            2023, LocalDate.of(2023, 1, 22), 2024, LocalDate.of(2024, 2, 10), 2025, LocalDate.of(2025, 1, 29),
            2026, LocalDate.of(2026, 2, 17), 2027, LocalDate.of(2027, 2, 6), 2028, LocalDate.of(2028, 1, 26),
            2029, LocalDate.of(2029, 2, 13), 2030, LocalDate.of(2030, 2, 3), 2031, LocalDate.of(2031, 1, 23),
            2032, LocalDate.of(2032, 2, 11));

    /** Market demand by month (the Chinese car market peaks in the fourth quarter). */
    private static final double[] DEMAND = {0.95, 0.92, 1.00, 0.98, 0.97, 1.02, 0.95, 0.97, 1.04, 1.05, 1.08, 1.06};
    /** Cooling demand at mid-month (0–1). */
    private static final double[] COOLING = {0.05, 0.05, 0.10, 0.25, 0.50, 0.80, 1.00, 1.00, 0.70, 0.30, 0.10, 0.05};
    /** Heating demand at mid-month (0–1). */
    private static final double[] HEATING = {1.00, 0.90, 0.55, 0.15, 0.00, 0.00, 0.00, 0.00, 0.00, 0.10, 0.50, 0.90};
    /** Clear-sky peak-sun hours at mid-month (East China). */
    private static final double[] SUN_HOURS = {3.0, 3.3, 3.9, 4.6, 5.0, 4.7, 5.5, 5.4, 4.6, 4.0, 3.3, 2.9};

    private final Map<Integer, Double> dailyRate = new HashMap<>();

    /** A generator for one stream (source, meter, purpose) and one date. */
    static SplittableRandom random(String stream, LocalDate day) {
        long h = SEED;
        h = h * 0x9E3779B97F4A7C15L + stream.hashCode();
        h = h * 0xC2B2AE3D27D4EB4FL + day.toEpochDay();
        return new SplittableRandom(h);
    }

    /** A generator for one stream and one month. */
    static SplittableRandom random(String stream, java.time.YearMonth month) {
        return random(stream + "#month", month.atDay(1));
    }

    /** Noise factor 1 ± about {@code pct} % (one standard deviation), clipped to ±3 σ. */
    static double noise(SplittableRandom random, double pct) {
        double g = Math.max(-3, Math.min(3, random.nextGaussian()));
        return 1 + g * pct / 100;
    }

    static LocalDate chineseNewYear(int year) {
        return CHINESE_NEW_YEAR.getOrDefault(year, LocalDate.of(year, 2, 5));
    }

    /** Plant-wide shutdowns: two weeks around Chinese New Year, May Day 1–5, Golden Week October 1–7. */
    static boolean shutdown(LocalDate day) {
        LocalDate cny = chineseNewYear(day.getYear());
        if (!day.isBefore(cny.minusDays(5)) && day.isBefore(cny.plusDays(9))) {
            return true;
        }
        MonthDay md = MonthDay.from(day);
        return (day.getMonth() == Month.OCTOBER && md.getDayOfMonth() <= 7)
                || (day.getMonth() == Month.MAY && md.getDayOfMonth() <= 5);
    }

    static double demand(LocalDate day) {
        return DEMAND[day.getMonthValue() - 1];
    }

    /** Planned output relative to a normal weekday (1.0): 0 on shutdowns and Sundays, 0 or 0.6 on Saturdays. */
    static double planned(LocalDate day) {
        if (shutdown(day) || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return 0;
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            double demand = demand(day);
            double chance = demand >= 1.04 ? 0.6 : demand >= 1.0 ? 0.3 : 0.1;
            return random("saturday", day).nextDouble() < chance ? 0.6 : 0;
        }
        return 1;
    }

    /** Vehicles per normal weekday in {@code year}, such that the planned year gives {@link #plannedVehicles}. */
    double dailyRate(int year) {
        return dailyRate.computeIfAbsent(year, y -> {
            double sum = 0;
            for (LocalDate day = LocalDate.of(y, 1, 1); day.getYear() == y; day = day.plusDays(1)) {
                sum += planned(day) * demand(day);
            }
            return plannedVehicles(y) / sum;
        });
    }

    /** Vehicles built on a day (planned output × demand × a few percent of noise). */
    int vehicles(LocalDate day) {
        double planned = planned(day);
        if (planned == 0) {
            return 0;
        }
        return (int) Math.round(dailyRate(day.getYear()) * planned * demand(day) * noise(random("vehicles", day), 3));
    }

    /** Output relative to a normal weekday at the year's rate (about 1 on weekdays, 0 on days off). */
    double production(LocalDate day) {
        return vehicles(day) / dailyRate(day.getYear());
    }

    /** Share of HVAC, lighting and auxiliaries running: full on production days, partly on days off. */
    static double occupancy(LocalDate day) {
        if (planned(day) > 0) {
            return 1;
        }
        return shutdown(day) ? 0.25 : 0.45;
    }

    static double cooling(LocalDate day) {
        return seasonal(COOLING, day);
    }

    static double heating(LocalDate day) {
        return seasonal(HEATING, day);
    }

    /** Clear-sky peak-sun hours of the day. */
    static double sunHours(LocalDate day) {
        return seasonal(SUN_HOURS, day);
    }

    /** Weather factor of PV output: sunny, cloudy or rainy (more rain in the June–July plum-rain season). */
    static double weather(LocalDate day) {
        SplittableRandom random = random("weather", day);
        double rainy = day.getMonth() == Month.JUNE || (day.getMonth() == Month.JULY && day.getDayOfMonth() <= 15) ? 0.45 : 0.2;
        double draw = random.nextDouble();
        if (draw < rainy) {
            return 0.10 + 0.25 * random.nextDouble();
        }
        if (draw < rainy + 0.3) {
            return 0.45 + 0.35 * random.nextDouble();
        }
        return 0.90 + 0.15 * random.nextDouble();
    }

    /** Linear interpolation between mid-month values, wrapping from December to January. */
    private static double seasonal(double[] midMonth, LocalDate day) {
        double position = day.getMonthValue() - 1 + (day.getDayOfMonth() - 0.5) / day.lengthOfMonth() - 0.5;
        int lower = (int) Math.floor(position);
        double fraction = position - lower;
        return midMonth[Math.floorMod(lower, 12)] * (1 - fraction) + midMonth[Math.floorMod(lower + 1, 12)] * fraction;
    }
}
