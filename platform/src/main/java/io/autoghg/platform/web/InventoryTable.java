package io.autoghg.platform.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * One of the six inventory tables of AII/003-2024 6.5.3 a), as shown on the page and written to
 * XLSX: titled sections, each with column headers and rows of cells. A cell keeps the exact
 * number next to its display text, so the workbook gets numeric cells.
 */
record InventoryTable(String key, String title, List<Section> sections) {

    static final List<String> KEYS = List.of("ghg", "boundary", "sources", "activity", "factors", "calculation");

    record Section(String caption, List<Column> columns, List<List<Cell>> rows) {
    }

    record Column(String header, boolean numeric) {
        static Column text(String header) {
            return new Column(header, false);
        }

        static Column number(String header) {
            return new Column(header, true);
        }
    }

    /**
     * A cell: display text, the exact number (null for text), the Excel number format, an optional
     * link, an optional parameter status (C, V, A, P) shown as a badge, and an optional tooltip.
     */
    record Cell(String text, BigDecimal number, String pattern, String href, String status, String title) {
        private static final Formats FORMATS = new Formats();

        static Cell text(Object text) {
            return new Cell(text == null ? "–" : text.toString(), null, null, null, null, null);
        }

        /** tCO2e with 3 decimals. */
        static Cell t(Object value) {
            return num(value, 3);
        }

        static Cell num(Object value, int decimals) {
            BigDecimal number = decimal(value);
            return new Cell(FORMATS.n(number, decimals), number, decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), null,
                    null, null);
        }

        /** A value at full precision (trace values, GWPs): shown to 6 significant decimals, the exact value as tooltip. */
        static Cell exact(Object value) {
            BigDecimal number = decimal(value);
            if (number == null) {
                return text(null);
            }
            return new Cell(readable(number), number, "General", null, null, number.toPlainString());
        }

        static Cell badge(String status, String text) {
            return new Cell(text, null, null, null, status, null);
        }

        Cell link(String target) {
            return new Cell(text, number, pattern, target, status, title);
        }

        Cell tooltip(String tooltip) {
            return new Cell(text, number, pattern, href, status, tooltip);
        }

        public boolean numeric() {
            return number != null;
        }

        static BigDecimal decimal(Object value) {
            if (value == null) {
                return null;
            }
            return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        }

        /** Up to 6 decimals (6 significant digits below 1), trailing zeros dropped, thousands grouped. */
        static String readable(BigDecimal number) {
            BigDecimal rounded = number.abs().compareTo(BigDecimal.ONE) < 0
                    ? number.round(new MathContext(6, RoundingMode.HALF_EVEN))
                    : number.setScale(Math.min(6, Math.max(0, number.scale())), RoundingMode.HALF_EVEN);
            rounded = rounded.stripTrailingZeros();
            int scale = Math.max(0, rounded.scale());
            DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
            return format.format(rounded);
        }
    }
}
