package io.autoghg.platform.readings;

/**
 * A checked reading ready to store: its row in the request, meter, instant in microseconds since the
 * epoch (UTC), value in the meter's unit, and quality flag.
 */
record Reading(int row, MeterInfo meter, long micros, double value, String quality) {

    static final long MICROS_PER_SECOND = 1_000_000L;

    java.time.Instant instant() {
        return java.time.Instant.ofEpochSecond(Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1000L);
    }

    static long micros(java.time.Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND), instant.getNano() / 1000);
    }
}
