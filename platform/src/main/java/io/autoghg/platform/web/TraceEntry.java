package io.autoghg.platform.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a source's calculation trace (formats.md 3.2): kind (input, parameter, step,
 * result, note), name, value and unit, detail and row references. For parameters, the status of
 * the value used: P for a plant override, else the library status (C, V, A) named in the detail.
 */
record TraceEntry(String kind, String name, BigDecimal value, String unit, String detail, List<String> rows) {
    private static final Pattern STATUS = Pattern.compile("status ([CVAP])\\b");

    @SuppressWarnings("unchecked")
    static List<TraceEntry> of(Map<String, Object> source) {
        List<TraceEntry> entries = new ArrayList<>();
        Object trace = source == null ? null : source.get("trace");
        if (trace instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> entry = (Map<String, Object>) item;
                Object value = entry.get("value");
                List<String> rows = entry.get("rows") instanceof List<?> refs ? refs.stream().map(String::valueOf).toList() : List.of();
                entries.add(new TraceEntry(String.valueOf(entry.get("kind")), String.valueOf(entry.get("name")),
                        value == null ? null : InventoryTable.Cell.decimal(value), (String) entry.get("unit"),
                        (String) entry.get("detail"), rows));
            }
        }
        return entries;
    }

    static List<TraceEntry> of(Map<String, Object> source, String kind) {
        return of(source).stream().filter(entry -> entry.kind().equals(kind)).toList();
    }

    /** C, V, A or P for a parameter; null when the detail names no status. */
    public String status() {
        if (!"parameter".equals(kind) || detail == null) {
            return null;
        }
        if (detail.startsWith("plant file override")) {
            return "P";
        }
        Matcher matcher = STATUS.matcher(detail);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The value to 6 decimals (6 significant digits below 1); the exact value is {@link #valueExact()}. */
    public String valueText() {
        return value == null ? "" : InventoryTable.Cell.readable(value);
    }

    public String valueExact() {
        return value == null ? "" : value.toPlainString();
    }

    public String rowsText() {
        return String.join(", ", rows);
    }
}
