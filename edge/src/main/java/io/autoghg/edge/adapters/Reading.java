package io.autoghg.edge.adapters;

import java.time.Instant;

/** One meter reading as it goes to the platform: value already scaled, in the meter's unit, quality GOOD. */
public record Reading(String meter, Instant ts, double value, String unit) {
}
