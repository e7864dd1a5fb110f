package io.autoghg.simulator;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.Arrays;

/**
 * The shape of a meter's load over time, a factor whose yearly mean is about one: two production shifts
 * 06:00–22:00 on weekdays, a low night level, no production at weekends with a lower base, and a seasonal
 * HVAC term (heating in winter, cooling in summer, little in spring and autumn).
 */
public final class LoadProfile {
    /** Production level of the night between the weekday shifts. */
    static final double NIGHT_PRODUCTION = 0.2;
    /** Base load at weekends, relative to weekdays. */
    static final double WEEKEND_BASE = 0.8;
    /** HVAC load by month, January first: heating and cooling together. */
    private static final double[] HVAC = {1.0, 0.85, 0.5, 0.2, 0.35, 0.7, 1.0, 1.0, 0.6, 0.25, 0.5, 0.9};
    private static final double MEAN_PRODUCTION = 5 * (16 + 8 * NIGHT_PRODUCTION) / (7 * 24.0);
    private static final double MEAN_BASE = (5 + 2 * WEEKEND_BASE) / 7;
    private static final double MEAN_HVAC = Arrays.stream(HVAC).average().orElseThrow();

    private LoadProfile() {
    }

    /** Production level at a local time: 1 during the weekday shifts, 0.2 at night, 0 at weekends. */
    public static double production(LocalDateTime local) {
        if (weekend(local)) {
            return 0;
        }
        int hour = local.getHour();
        return hour >= 6 && hour < 22 ? 1 : NIGHT_PRODUCTION;
    }

    /** Seasonal HVAC level of a month (0.2 in April up to 1.0 in January, July and August). */
    public static double hvac(Month month) {
        return HVAC[month.ordinal()];
    }

    /** The meter's load factor at a local time; its mean over a year is close to one. */
    public static double factor(SimulatedMeter meter, LocalDateTime local) {
        double base = weekend(local) ? WEEKEND_BASE : 1;
        double weighted = meter.base() * base / MEAN_BASE
                + meter.production() * production(local) / MEAN_PRODUCTION
                + meter.hvac() * hvac(local.getMonth()) / MEAN_HVAC;
        return weighted / (meter.base() + meter.production() + meter.hvac());
    }

    private static boolean weekend(LocalDateTime local) {
        DayOfWeek day = local.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
