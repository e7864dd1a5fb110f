package io.autoghg.platform.activity;

import io.autoghg.accounting.engine.ActivityRow;
import java.util.List;

/**
 * A row about to be stored, with its provenance: collection method (null = the source's), origin
 * file and row, meter, import batch, evidence references and a note.
 */
public record NewRow(ActivityRow row, String collectionMethod, String originFile, Integer originRow, String originMeter,
                     Long importId, List<String> evidenceRefs, String note) {

    public static NewRow fromFile(ActivityRow row, String collectionMethod, Long importId) {
        return new NewRow(row, collectionMethod, row.location().file(), row.location().line(), null, importId, List.of(), null);
    }
}
