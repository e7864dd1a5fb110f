package io.autoghg.platform.readings;

/**
 * One reading as sent, before it is checked: its row (JSON: index in "readings", from 0; CSV: line
 * number), meter code, timestamp text, value (null when it is not a number, with {@code valueProblem}
 * saying why), unit and quality flag (both may be null).
 */
record RawReading(int row, String meter, String ts, Double value, String valueProblem, String unit, String quality) {
}
