package io.autoghg.platform.readings;

import java.util.List;

/**
 * The answer to a batch of readings (docs/readings.md §4). {@code accepted} counts the readings the
 * store now holds — new ones, corrections (a different value for a stored meter and instant; the old
 * value is kept) and duplicates (the same value again, nothing changed); {@code rejected} lists the
 * others with why. {@code activity} tells what became of the METERED activity data the readings feed.
 */
public record IngestOutcome(String plant, String batch, int accepted, int duplicates, int corrections, List<Rejection> rejected,
                            Activity activity) {

    /**
     * Activity data derived from the rollups: written, corrected, unchanged; {@code pending} periods are
     * not over yet, or over but not complete (a meter has no reading at or after the period's end yet), and
     * are written when they are; {@code refused} lists, per reading, the periods whose
     * datum could not be written (e.g. a closed reporting period) — those readings are stored all the same.
     */
    public record Activity(int written, int corrected, int unchanged, int pending, List<Refusal> refused) {
        static Activity none() {
            return new Activity(0, 0, 0, 0, List.of());
        }
    }

    /** A stored reading whose activity datum (source, period) was refused, and why. */
    public record Refusal(int row, String meter, String source, String period, String reason) {
    }
}
