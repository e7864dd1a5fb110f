package io.autoghg.accounting.trace;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a calculation trace: an input with its rows, a parameter with its provenance, an
 * intermediate step with its formula in words, a result, or a note. Values keep full precision.
 */
public record TraceEntry(Kind kind, String name, BigDecimal value, String unit, String detail, List<String> rows) {

    public enum Kind { INPUT, PARAMETER, STEP, RESULT, NOTE }

    public TraceEntry {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
