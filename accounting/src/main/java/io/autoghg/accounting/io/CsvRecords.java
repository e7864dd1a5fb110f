package io.autoghg.accounting.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader that keeps the line each record starts on, so every error can name it.
 * Quoted fields may hold commas, doubled quotes and line breaks. A leading UTF-8 BOM is skipped.
 */
final class CsvRecords {
    record CsvRecord(int line, List<String> fields) {
        boolean isBlank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    static final class MalformedCsvException extends Exception {
        final int line;

        MalformedCsvException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final BufferedReader reader;
    private int line = 1;
    private boolean first = true;

    CsvRecords(BufferedReader reader) {
        this.reader = reader;
    }

    /** The next record, or null at the end of the input. */
    CsvRecord next() throws IOException, MalformedCsvException {
        int c = reader.read();
        if (first && c == '\uFEFF') {
            c = reader.read();
        }
        first = false;
        if (c < 0) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        while (c >= 0) {
            if (quoted) {
                if (c == '"') {
                    reader.mark(1);
                    int following = reader.read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        reader.reset();
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || fieldWasQuoted) {
                    throw new MalformedCsvException(line, "a quote inside an unquoted field; quote the whole field");
                }
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    reader.mark(1);
                    if (reader.read() != '\n') {
                        reader.reset();
                    }
                }
                line++;
                break;
            } else {
                field.append((char) c);
            }
            c = reader.read();
        }
        if (quoted) {
            throw new MalformedCsvException(startLine, "a quoted field is never closed");
        }
        fields.add(field.toString());
        return new CsvRecord(startLine, fields);
    }
}
