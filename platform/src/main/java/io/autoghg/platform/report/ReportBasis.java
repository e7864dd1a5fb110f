package io.autoghg.platform.report;

import io.autoghg.platform.cycle.PeriodState;
import java.time.Instant;

/**
 * The inventory version a report is made from: the version recorded when the reporting period was
 * closed ({@code locked}), or, while the period is not closed, the latest version (a draft).
 * {@code inputsHash} is the SHA-256 of the version's inputs as stored with it.
 */
public record ReportBasis(String plant, int year, PeriodState state, boolean locked, int version, String inputsHash,
                          Instant computedAt) {

    public boolean draft() {
        return !locked;
    }
}
