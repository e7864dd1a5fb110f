package io.autoghg.platform.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A report as content, before it is written as PDF or XLSX: the cover facts, the headline totals and
 * the numbered sections with their paragraphs, facts, tables and charts. Numbers stay BigDecimal
 * here; the writers format them (PDF) or store them as numeric cells (XLSX).
 */
record ReportDocument(Standard standard, ReportBasis basis, String title, String plantName, Chrome chrome, List<Fact> cover,
                      List<Total> totals, List<Section> sections) {

    /** Texts of the page furniture: running header, footer, contents heading, draft marks. */
    record Chrome(String header, String footer, String pageOf, String contents, String draftMark, String draftBanner,
                  String lang) {
    }

    /** A labelled value on the cover or in a section. */
    record Fact(String label, String value) {
    }

    /** A headline figure, kept exact: {@code key} is the inventory JSON's totals key (or another stable name). */
    record Total(String key, String label, BigDecimal value, String unit) {
    }

    record Section(String id, String heading, List<Block> blocks) {
    }

    sealed interface Block permits Paragraph, Facts, Table, Chart {
    }

    record Paragraph(String text) implements Block {
    }

    record Facts(String sheet, List<Fact> facts) implements Block {
    }

    /** A table; {@code totalRow} marks the last row as a total; {@code wide} asks for a landscape page. */
    record Table(String sheet, String caption, List<Column> columns, List<List<Object>> rows, boolean totalRow, boolean wide)
            implements Block {
    }

    /** A bar chart: vertical columns (months) or horizontal bars (shares). */
    record Chart(String caption, String unit, List<Bar> bars, boolean columns) implements Block {
    }

    record Bar(String label, BigDecimal value) {
    }

    /** How a column's values are shown: text, or numbers with a fixed rounding (see {@link Kind}). */
    record Column(String header, Kind kind) {
        static Column text(String header) {
            return new Column(header, Kind.TEXT);
        }

        static Column of(String header, Kind kind) {
            return new Column(header, kind);
        }
    }

    /** Number kinds with their rounding (half-even) in the PDF and their cell format in the XLSX. */
    enum Kind {
        TEXT(-1, "@"), TONNES(3, "#,##0.000"), MASS(6, "#,##0.000000"), PCT(1, "0.0"), INTEGER(0, "#,##0"),
        INTENSITY(2, "#,##0.00"), EXACT(-1, "General");

        final int scale;
        final String excelFormat;

        Kind(int scale, String excelFormat) {
            this.scale = scale;
            this.excelFormat = excelFormat;
        }
    }

    /** Builds the sections one block at a time. */
    static final class Builder {
        private final List<Section> sections = new ArrayList<>();
        private List<Block> blocks;

        Builder section(String id, String heading) {
            blocks = new ArrayList<>();
            sections.add(new Section(id, heading, blocks));
            return this;
        }

        Builder paragraph(String text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        Builder facts(String sheet, List<Fact> facts) {
            blocks.add(new Facts(sheet, facts));
            return this;
        }

        Builder table(Table table) {
            blocks.add(table);
            return this;
        }

        Builder chart(Chart chart) {
            if (!chart.bars().isEmpty()) {
                blocks.add(chart);
            }
            return this;
        }

        List<Section> sections() {
            return sections;
        }
    }

    static Table table(String sheet, String caption, List<Column> columns, List<List<Object>> rows, boolean totalRow) {
        return new Table(sheet, caption, columns, rows, totalRow, false);
    }

    static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
