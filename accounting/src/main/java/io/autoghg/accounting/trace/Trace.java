package io.autoghg.accounting.trace;

import io.autoghg.accounting.trace.TraceEntry.Kind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects the trace of one source's calculation in the order things happened. */
public final class Trace {
    private final List<TraceEntry> entries = new ArrayList<>();

    public void input(String name, BigDecimal value, String unit, String detail, List<String> rows) {
        entries.add(new TraceEntry(Kind.INPUT, name, value, unit, detail, rows));
    }

    public void parameter(String name, BigDecimal value, String unit, String provenance) {
        entries.add(new TraceEntry(Kind.PARAMETER, name, value, unit, provenance, null));
    }

    public void step(String name, String formula, BigDecimal value, String unit) {
        entries.add(new TraceEntry(Kind.STEP, name, value, unit, formula, null));
    }

    public void result(String name, BigDecimal value, String unit, String detail) {
        entries.add(new TraceEntry(Kind.RESULT, name, value, unit, detail, null));
    }

    public void note(String text) {
        entries.add(new TraceEntry(Kind.NOTE, "note", null, null, text, null));
    }

    public List<TraceEntry> entries() {
        return List.copyOf(entries);
    }
}
