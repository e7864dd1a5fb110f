package io.autoghg.accounting.method;

import io.autoghg.accounting.engine.ActivityRow;
import java.util.ArrayList;
import java.util.List;

/** Compresses row locations into "file:12-40" ranges so a trace stays readable for daily data. */
final class RowReferences {
    private RowReferences() {
    }

    static List<String> of(List<ActivityRow> rows) {
        List<String> ranges = new ArrayList<>();
        String file = null;
        int first = -1;
        int last = -1;
        for (ActivityRow row : rows.stream().sorted(java.util.Comparator
                .comparing((ActivityRow r) -> r.location().file()).thenComparingInt(r -> r.location().line())).toList()) {
            String rowFile = row.location().file();
            int line = row.location().line();
            if (rowFile.equals(file) && line == last + 1) {
                last = line;
                continue;
            }
            if (file != null) {
                ranges.add(range(file, first, last));
            }
            file = rowFile;
            first = line;
            last = line;
        }
        if (file != null) {
            ranges.add(range(file, first, last));
        }
        return ranges;
    }

    private static String range(String file, int first, int last) {
        return file + ":" + (first == last ? String.valueOf(first) : first + "-" + last);
    }
}
