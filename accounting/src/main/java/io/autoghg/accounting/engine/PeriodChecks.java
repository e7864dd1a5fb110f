package io.autoghg.accounting.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Rows of one source and item must not overlap in time: the same day counted twice is double counting. */
public final class PeriodChecks {
    private PeriodChecks() {
    }

    static List<InputProblem> overlaps(List<ActivityRow> rows) {
        return overlaps(rows, row -> true);
    }

    /**
     * Every overlap of two rows of the same source and item, reported once at the row that
     * {@code reportAt} prefers (e.g. the row being added rather than one already stored), naming
     * where the other row is.
     */
    public static List<InputProblem> overlaps(List<ActivityRow> rows, Predicate<ActivityRow> reportAt) {
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
                    boolean atRow = reportAt.test(row) || !reportAt.test(latest);
                    problems.add(problem(atRow ? row : latest, atRow ? latest : row));
                }
                if (latest == null || row.end().isAfter(latest.end())) {
                    latest = row;
                }
            }
        }
        return problems;
    }

    private static InputProblem problem(ActivityRow at, ActivityRow other) {
        return new InputProblem(at.location(), "start", "source " + at.source()
                + (at.item().isEmpty() ? "" : " item " + at.item()) + ": period " + at.start() + " to " + at.end()
                + " overlaps the period " + other.start() + " to " + other.end() + " of " + other.location());
    }
}
