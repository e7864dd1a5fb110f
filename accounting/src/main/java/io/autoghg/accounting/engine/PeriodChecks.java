package io.autoghg.accounting.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows of one source and item must not overlap in time: the same day counted twice is double counting. */
final class PeriodChecks {
    private PeriodChecks() {
    }

    static List<InputProblem> overlaps(List<ActivityRow> rows) {
        Map<String, List<ActivityRow>> groups = new LinkedHashMap<>();
        for (ActivityRow row : rows) {
            groups.computeIfAbsent(row.source() + "\u0000" + row.item(), key -> new ArrayList<>()).add(row);
        }
        List<InputProblem> problems = new ArrayList<>();
        for (List<ActivityRow> group : groups.values()) {
            List<ActivityRow> sorted = group.stream().sorted(Comparator.comparing(ActivityRow::start)).toList();
            ActivityRow latest = null;
            for (ActivityRow row : sorted) {
                if (latest != null && row.start().isBefore(latest.end())) {
                    problems.add(new InputProblem(row.location(), "start", "source " + row.source()
                            + (row.item().isEmpty() ? "" : " item " + row.item()) + ": period " + row.start() + " to "
                            + row.end() + " overlaps the period " + latest.start() + " to " + latest.end()
                            + " of line " + latest.location().line()));
                }
                if (latest == null || row.end().isAfter(latest.end())) {
                    latest = row;
                }
            }
        }
        return problems;
    }
}
