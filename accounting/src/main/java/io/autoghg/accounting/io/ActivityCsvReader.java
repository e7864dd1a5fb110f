package io.autoghg.accounting.io;

import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.UnitException;
import io.autoghg.accounting.unit.Units;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the activity CSV (UTF-8, header row): source,start,end,quantity,unit,item with the optional
 * columns uncertaintyPct (±%, 95 %) and note. Every bad row is reported with its line and field;
 * any problem fails the whole file.
 */
public final class ActivityCsvReader {
    public static final List<String> REQUIRED = List.of("source", "start", "end", "quantity", "unit");
    public static final List<String> OPTIONAL = List.of("item", "uncertaintyPct", "note");
    private static final int MAX_PROBLEMS = 200;

    private final Map<String, Unit> unitCache = new HashMap<>();

    public List<ActivityRow> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(new SourceLocation(file.toString(), 0), null,
                    "cannot read the file: " + e.getMessage()));
        }
    }

    public List<ActivityRow> read(Reader input, String fileName) {
        CsvRecords records = new CsvRecords(input instanceof BufferedReader b ? b : new BufferedReader(input));
        List<InputProblem> problems = new ArrayList<>();
        List<ActivityRow> rows = new ArrayList<>();
        try {
            CsvRecords.CsvRecord header = records.next();
            if (header == null) {
                throw new InvalidInputException(new InputProblem(new SourceLocation(fileName, 1), null,
                        "the file is empty; expected the header " + String.join(",", REQUIRED) + ",item"));
            }
            Map<String, Integer> columns = columns(header, fileName);
            for (CsvRecords.CsvRecord record = records.next(); record != null; record = records.next()) {
                if (record.isBlank()) {
                    continue;
                }
                ActivityRow row = row(record, columns, fileName, problems);
                if (row != null) {
                    rows.add(row);
                }
                if (problems.size() >= MAX_PROBLEMS) {
                    problems.add(new InputProblem(new SourceLocation(fileName, record.line()), null,
                            "stopped after " + MAX_PROBLEMS + " problems"));
                    break;
                }
            }
        } catch (CsvRecords.MalformedCsvException e) {
            problems.add(new InputProblem(new SourceLocation(fileName, e.line), null, "malformed CSV: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rows;
    }

    private static Map<String, Integer> columns(CsvRecords.CsvRecord header, String fileName) {
        Map<String, Integer> columns = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                problems.add(new InputProblem(new SourceLocation(fileName, 1), name,
                        "unknown column '" + name + "'; columns are " + String.join(",", REQUIRED) + " and optionally "
                                + String.join(",", OPTIONAL)));
            } else if (columns.put(name, i) != null) {
                problems.add(new InputProblem(new SourceLocation(fileName, 1), name, "column '" + name + "' appears twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new InputProblem(new SourceLocation(fileName, 1), required, "missing column '" + required
                        + "'; the header must contain " + String.join(",", REQUIRED)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return columns;
    }

    private ActivityRow row(CsvRecords.CsvRecord record, Map<String, Integer> columns, String fileName,
                            List<InputProblem> problems) {
        SourceLocation at = new SourceLocation(fileName, record.line());
        int before = problems.size();
        if (record.fields().size() > columns.size()) {
            problems.add(new InputProblem(at, null, "the row has " + record.fields().size() + " fields but the header has "
                    + columns.size() + " (an unquoted comma in a value?)"));
            return null;
        }
        String source = field(record, columns, "source");
        if (source.isEmpty()) {
            problems.add(new InputProblem(at, "source", "the source code is empty"));
        }
        LocalDate start = date(record, columns, "start", at, problems);
        LocalDate end = date(record, columns, "end", at, problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(new InputProblem(at, "end", "end " + end + " is not after start " + start
                    + " (end is exclusive: a day is start=D, end=D+1)"));
        }
        BigDecimal quantity = number(record, columns, "quantity", at, problems, true);
        Unit unit = unit(record, columns, at, problems);
        BigDecimal uncertainty = columns.containsKey("uncertaintyPct") && !field(record, columns, "uncertaintyPct").isEmpty()
                ? number(record, columns, "uncertaintyPct", at, problems, true) : null;
        if (problems.size() > before) {
            return null;
        }
        return new ActivityRow(source, start, end, new Quantity(quantity, unit), field(record, columns, "item"), uncertainty, at);
    }

    private static String field(CsvRecords.CsvRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= record.fields().size() ? "" : record.fields().get(index).strip();
    }

    private static LocalDate date(CsvRecords.CsvRecord record, Map<String, Integer> columns, String name, SourceLocation at,
                                  List<InputProblem> problems) {
        String text = field(record, columns, name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(at, name, text.isEmpty() ? "the date is empty"
                    : "'" + text + "' is not an ISO date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static BigDecimal number(CsvRecords.CsvRecord record, Map<String, Integer> columns, String name, SourceLocation at,
                                     List<InputProblem> problems, boolean nonNegative) {
        String text = field(record, columns, name);
        try {
            BigDecimal value = new BigDecimal(text);
            if (nonNegative && value.signum() < 0) {
                problems.add(new InputProblem(at, name, name + " " + text + " is negative; enter corrections as their own"
                        + " corrected value, never as a negative row"));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(new InputProblem(at, name, text.isEmpty() ? name + " is empty"
                    : "'" + text + "' is not a number (use a dot for decimals and no thousands separator)"));
            return null;
        }
    }

    private Unit unit(CsvRecords.CsvRecord record, Map<String, Integer> columns, SourceLocation at, List<InputProblem> problems) {
        String text = field(record, columns, "unit");
        Unit cached = unitCache.get(text);
        if (cached != null) {
            return cached;
        }
        try {
            if (text.isEmpty()) {
                throw new UnitException("the unit is empty; every quantity needs its unit");
            }
            Unit unit = Units.parse(text);
            unitCache.put(text, unit);
            return unit;
        } catch (UnitException e) {
            problems.add(new InputProblem(at, "unit", e.getMessage()));
            return null;
        }
    }
}
