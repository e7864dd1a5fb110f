package io.autoghg.platform.cycle;

import java.math.BigDecimal;
import java.util.List;

/** A plant's reporting year: its state, base-year settings, allowed next states and history. */
public record ReportingPeriod(String plant, int year, PeriodState state, boolean baseYear, BigDecimal significanceThresholdPct,
                              String updatedAt, List<PeriodState> allowed, boolean canReopen, List<Event> history) {

    /** One transition; {@code inventoryVersion} is set when the period was closed. */
    public record Event(long id, PeriodState from, PeriodState to, String actor, String reason, String at, Integer inventoryVersion) {
    }
}
