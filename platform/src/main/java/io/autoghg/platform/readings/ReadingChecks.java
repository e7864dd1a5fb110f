package io.autoghg.platform.readings;

import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.UnitException;
import io.autoghg.accounting.unit.Units;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks every reading passes before it is stored, on every ingest path: a meter of the plant, a
 * timestamp between 2000-01-01 and a few minutes from now (with an offset, or in the plant's time zone
 * without one), a finite number that is not negative, a unit equal or convertible to the meter's (the value
 * is converted), and a known quality flag.
 */
final class ReadingChecks {
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final long EARLIEST_MICROS = Reading.micros(EARLIEST);
    static final Set<String> QUALITIES = Set.of("GOOD", "UNCERTAIN", "BAD");

    private final Map<String, MeterInfo> meters;
    private final ZoneId zone;
    private final Instant latest;
    private final long latestMicros;
    private final Map<String, Unit> units = new HashMap<>();

    /** The readings that passed and those that did not, each in request order. */
    record Checked(List<Reading> accepted, List<Rejection> rejected) {
    }

    ReadingChecks(Map<String, MeterInfo> meters, ZoneId zone, Instant latest) {
        this.meters = meters;
        this.zone = zone;
        this.latest = latest;
        this.latestMicros = Reading.micros(latest);
    }

    Checked check(List<RawReading> readings, String unknownMeterHint) {
        List<Reading> accepted = new ArrayList<>(readings.size());
        List<Rejection> rejected = new ArrayList<>();
        for (RawReading raw : readings) {
            Object outcome = check(raw, unknownMeterHint);
            if (outcome instanceof Reading reading) {
                accepted.add(reading);
            } else {
                rejected.add((Rejection) outcome);
            }
        }
        return new Checked(accepted, rejected);
    }

    private Object check(RawReading raw, String unknownMeterHint) {
        if (raw.meter() == null || raw.meter().isBlank()) {
            return new Rejection(raw.row(), raw.meter(), raw.valueProblem() != null && raw.ts() == null ? "reading" : "meter",
                    raw.valueProblem() != null && raw.ts() == null ? raw.valueProblem() : "no meter code");
        }
        MeterInfo meter = meters.get(raw.meter());
        if (meter == null) {
            return new Rejection(raw.row(), raw.meter(), "meter", "unknown meter '" + raw.meter() + "'" + unknownMeterHint);
        }
        if (raw.ts() == null || raw.ts().isBlank()) {
            return new Rejection(raw.row(), raw.meter(), "ts", "no timestamp");
        }
        long micros;
        try {
            micros = Timestamps.micros(raw.ts().strip(), zone);
        } catch (DateTimeException | ArithmeticException e) {
            return new Rejection(raw.row(), raw.meter(), "ts",
                    "'" + raw.ts() + "' is not a timestamp; use ISO 8601, e.g. 2025-03-01T08:00:00Z or 2025-03-01T16:00:00+08:00");
        }
        if (micros < EARLIEST_MICROS) {
            return new Rejection(raw.row(), raw.meter(), "ts", "timestamp " + instant(micros) + " is before 2000-01-01");
        }
        if (micros > latestMicros) {
            return new Rejection(raw.row(), raw.meter(), "ts", "timestamp " + instant(micros) + " is in the future (the service's clock allows up to "
                    + latest.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")");
        }
        if (raw.value() == null) {
            return new Rejection(raw.row(), raw.meter(), "value", raw.valueProblem() == null ? "no value" : raw.valueProblem());
        }
        double value = raw.value();
        if (!Double.isFinite(value)) {
            return new Rejection(raw.row(), raw.meter(), "value", "value " + value + " is not a finite number");
        }
        if (value < 0) {
            return new Rejection(raw.row(), raw.meter(), "value", "value " + value + " is negative; readings are consumption or "
                    + "register values, never negative");
        }
        if (raw.unit() != null && !raw.unit().isBlank() && !raw.unit().strip().equals(meter.unit().symbol())) {
            Unit unit;
            try {
                unit = units.computeIfAbsent(raw.unit().strip(), Units::parse);
            } catch (UnitException e) {
                return new Rejection(raw.row(), raw.meter(), "unit", e.getMessage());
            }
            if (!unit.sameDimensionAs(meter.unit())) {
                return new Rejection(raw.row(), raw.meter(), "unit", "unit " + unit.symbol() + " does not convert to the meter's unit "
                        + meter.unit().symbol() + " (" + meter.unit().dimensionText() + ")");
            }
            value = value * unit.scale().doubleValue() / meter.unit().scale().doubleValue();
            if (!Double.isFinite(value)) {
                return new Rejection(raw.row(), raw.meter(), "value", "value is too large in the meter's unit " + meter.unit().symbol());
            }
        }
        String quality = raw.quality() == null || raw.quality().isBlank() ? "GOOD" : raw.quality().strip().toUpperCase(java.util.Locale.ROOT);
        if (!QUALITIES.contains(quality)) {
            return new Rejection(raw.row(), raw.meter(), "quality", "unknown quality '" + raw.quality() + "'; use GOOD, UNCERTAIN or BAD");
        }
        return new Reading(raw.row(), meter, micros, value, quality);
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, Reading.MICROS_PER_SECOND), Math.floorMod(micros, Reading.MICROS_PER_SECOND) * 1000L);
    }
}
