package io.autoghg.platform.imports;

import java.util.List;

/**
 * What an import did: IMPORTED when anything changed, UNCHANGED when every file had been imported
 * before (a re-import is a no-op). Rejected imports are problem details (HTTP 400) instead.
 */
public record ImportOutcome(String status, String plant, List<FileOutcome> files) {

    /** One file: its kind, its SHA-256, whether it was IMPORTED or UNCHANGED, and how many rows it brought. */
    public record FileOutcome(String name, String kind, String sha256, String status, int rows, Long importId, String note) {
    }
}
