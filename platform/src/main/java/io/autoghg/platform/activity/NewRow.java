package io.autoghg.platform.activity;

import io.autoghg.accounting.engine.ActivityRow;
import java.time.Instant;
import java.util.List;

/**
 * A row about to be stored, with its provenance: collection method (null = the source's), origin
 * file and row, meter, import batch, evidence references, a note, and when it was entered (null =
 * now; a bulk load of history, such as the demo seeder, gives the time each row would have come in).
 */
public record NewRow(ActivityRow row, String collectionMethod, String originFile, Integer originRow, String originMeter,
                     Long importId, List<String> evidenceRefs, String note, Instant enteredAt) {

    public NewRow(ActivityRow row, String collectionMethod, String originFile, Integer originRow, String originMeter,
                  Long importId, List<String> evidenceRefs, String note) {
        this(row, collectionMethod, originFile, originRow, originMeter, importId, evidenceRefs, note, null);
    }

    public static NewRow fromFile(ActivityRow row, String collectionMethod, Long importId) {
        return new NewRow(row, collectionMethod, row.location().file(), row.location().line(), null, importId, List.of(), null);
    }
}
