package io.autoghg.platform.quality;

import io.autoghg.accounting.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The readings of one source, item and meter in one unit, sorted by date. Quality checks look at
 * the rows that were read or entered, not at estimates, which are kept apart ({@code estimated}).
 */
record MeterSeries(String source, String item, String meter, Unit unit, List<Reading> readings) {

    /** One stored datum of the series: its period, its value in the series' unit, the quantity as stored and its id. */
    record Reading(LocalDate start, LocalDate end, double value, BigDecimal quantity, String unit, long datum,
                   boolean estimated) {
        Reading {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("end " + end + " is not after start " + start);
            }
        }

        /** A one-day reading that was read or entered (not estimated). */
        static Reading daily(LocalDate day, double value, long datum) {
            return new Reading(day, day.plusDays(1), value, BigDecimal.valueOf(value), null, datum, false);
        }

        boolean isDaily() {
            return end.equals(start.plusDays(1));
        }

        LocalDate lastDay() {
            return end.minusDays(1);
        }

        /** The value as stored, with its unit when it differs from the series' unit. */
        String shown(Unit seriesUnit) {
            return unit == null || unit.equals(seriesUnit.symbol()) ? Text.number(value) + " " + seriesUnit.symbol()
                    : Text.number(quantity) + " " + unit;
        }
    }

    MeterSeries {
        readings = readings.stream().sorted(Comparator.comparing(Reading::start).thenComparingLong(Reading::datum)).toList();
    }

    /** The name used in explanations: "ELEC-OFFICE (meter EM-OFFICE)", "PV-ROOF generated". */
    String label() {
        String base = item == null || item.isEmpty() ? source : source + " " + item;
        return meter == null ? base : base + " (meter " + meter + ")";
    }

    /** Daily readings that were read or entered, by day (the first one when a day has two). */
    Map<LocalDate, Reading> daily() {
        Map<LocalDate, Reading> byDay = new LinkedHashMap<>();
        for (Reading reading : readings) {
            if (reading.isDaily() && !reading.estimated()) {
                byDay.putIfAbsent(reading.start(), reading);
            }
        }
        return byDay;
    }
}
