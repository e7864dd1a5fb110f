package io.autoghg.platform.report;

import io.autoghg.platform.report.ReportDocument.Bar;
import io.autoghg.platform.report.ReportDocument.Block;
import io.autoghg.platform.report.ReportDocument.Chart;
import io.autoghg.platform.report.ReportDocument.Column;
import io.autoghg.platform.report.ReportDocument.Fact;
import io.autoghg.platform.report.ReportDocument.Facts;
import io.autoghg.platform.report.ReportDocument.Kind;
import io.autoghg.platform.report.ReportDocument.Paragraph;
import io.autoghg.platform.report.ReportDocument.Section;
import io.autoghg.platform.report.ReportDocument.Table;
import io.autoghg.platform.report.ReportDocument.Total;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes a report as XHTML for openhtmltopdf: a cover, the contents with page numbers
 * (target-counter), the numbered sections, and page furniture from CSS paged media — a running
 * header, the version and its hash on the left of every footer, "page X of Y" on the right, a
 * DRAFT watermark on every page of a draft. Charts are bars drawn with CSS boxes.
 */
final class ReportHtml {
    static final String FONT_FAMILY = "AutoGHG Sans";
    static final String FALLBACK_FAMILY = "AutoGHG Fallback";
    private static final double COLUMN_CHART_MM = 45;

    private final Labels l;
    private final UnaryOperator<String> printable;
    private final StringBuilder html = new StringBuilder(64 * 1024);

    private ReportHtml(Labels labels, UnaryOperator<String> printable) {
        this.l = labels;
        this.printable = printable;
    }

    /** The XHTML of the document; {@code printable} replaces characters the embedded fonts cannot show. */
    static String write(ReportDocument document, Labels labels, UnaryOperator<String> printable) {
        return new ReportHtml(labels, printable).document(document);
    }

    private String document(ReportDocument document) {
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(document.chrome().lang().equals("zh") ? "zh-CN" : "en").append("\">\n<head>\n<title>")
                .append(text(document.title() + " · " + document.plantName() + " · " + document.basis().year())).append("</title>\n")
                .append("<meta name=\"author\" content=\"AutoGHG\"/>\n<meta name=\"subject\" content=\"")
                .append(text(document.chrome().footer())).append("\"/>\n<style>\n").append(css(document)).append("</style>\n</head>\n<body>\n");
        html.append("<div id=\"running-header\">").append(text(document.chrome().header())).append("</div>\n");
        if (document.basis().draft()) {
            html.append("<div class=\"watermark\">").append(text(document.chrome().draftMark())).append("</div>\n");
        }
        cover(document);
        contents(document);
        int number = 1;
        for (Section section : document.sections()) {
            section(number++, section);
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private String css(ReportDocument document) {
        String family = "'" + FONT_FAMILY + "', '" + FALLBACK_FAMILY + "'";
        String footer = cssString(printable.apply(document.chrome().footer()));
        String[] pageOf = printable.apply(document.chrome().pageOf()).split("\\{0\\}|\\{1\\}", -1);
        String pages = cssString(pageOf[0]) + " counter(page) " + cssString(pageOf.length > 1 ? pageOf[1] : " / ") + " counter(pages)"
                + (pageOf.length > 2 ? " " + cssString(pageOf[2]) : "");
        String margins = """
                  @top-left { content: element(header); vertical-align: bottom; }
                  @bottom-left { content: %s; font-family: %s; font-size: 6.5pt; color: #555; vertical-align: top; }
                  @bottom-right { content: %s; font-family: %s; font-size: 7.5pt; color: #555; vertical-align: top; }
                """.formatted(footer, family, pages, family);
        return """
                @page { size: A4; margin: 22mm 16mm 20mm 16mm;
                %s}
                @page wide { size: A4 landscape; margin: 18mm 12mm 18mm 12mm;
                %s}
                body { font-family: %s; font-size: 9pt; line-height: 1.35; color: #1a1a1a; }
                #running-header { position: running(header); font-size: 7.5pt; color: #555; border-bottom: 0.5pt solid #999; padding-bottom: 1mm; }
                .watermark { position: fixed; top: 110mm; left: 20mm; font-size: 54pt; color: #f3c6c6; transform: rotate(-35deg); }
                .cover { page-break-after: always; }
                .brand { font-size: 10pt; color: #2e6b4f; letter-spacing: 1pt; margin-top: 18mm; }
                .cover h1 { font-size: 22pt; color: #1f4e3d; margin: 6mm 0 4mm 0; }
                .cover .plant { font-size: 16pt; margin: 0 0 2mm 0; }
                .cover .year { font-size: 13pt; color: #444; margin: 0 0 8mm 0; }
                .banner { border: 1.5pt solid #c0392b; color: #c0392b; padding: 2.5mm 3mm; font-size: 11pt; margin-bottom: 6mm; }
                .locked { border: 1pt solid #2e6b4f; color: #2e6b4f; padding: 2mm 3mm; margin-bottom: 6mm; }
                .toc { page-break-after: always; }
                .toc h2 { font-size: 15pt; color: #1f4e3d; }
                .toc .entry { margin: 1.8mm 0; font-size: 10pt; }
                .toc a { color: #1a1a1a; text-decoration: none; }
                .toc a::after { content: leader('.') target-counter(attr(href), page); }
                h2 { font-size: 13pt; color: #1f4e3d; border-bottom: 0.8pt solid #1f4e3d; padding-bottom: 1mm; margin: 7mm 0 3mm 0;
                     page-break-after: avoid; }
                .section { }
                p { margin: 1.5mm 0 2.5mm 0; }
                table { border-collapse: collapse; width: 100%%; margin: 1mm 0 4mm 0; -fs-table-paginate: paginate; }
                caption { text-align: left; font-size: 9pt; color: #1f4e3d; padding: 1mm 0; }
                th { background: #e8f0ec; font-weight: normal; color: #1f4e3d; text-align: left; }
                th, td { border: 0.4pt solid #b8c4be; padding: 1mm 1.5mm; vertical-align: top; }
                td.n { text-align: right; white-space: nowrap; }
                th.n { text-align: right; }
                td.nw { white-space: nowrap; }
                td.long { width: 45%%; word-wrap: break-word; }
                table.keep { page-break-inside: avoid; }
                tr.total td { background: #f3f6f4; border-top: 1pt solid #1f4e3d; }
                table.facts td.k { width: 38%%; color: #444; }
                table.totals td.n { font-size: 10pt; }
                .hash { font-size: 7.5pt; word-wrap: break-word; }
                .small td, .small th { font-size: 7pt; }
                .wide { page: wide; }
                .wide td, .wide th { font-size: 6.5pt; padding: 0.8mm 1mm; }
                .chart { page-break-inside: avoid; margin: 2mm 0 5mm 0; }
                .chart .title { color: #1f4e3d; margin-bottom: 1mm; }
                table.cols { table-layout: fixed; margin: 0; }
                table.cols td { border: none; padding: 0 1mm; text-align: center; vertical-align: bottom; font-size: 6pt; }
                table.cols td.label { vertical-align: top; border-top: 0.6pt solid #777; font-size: 7pt; }
                .col { background: #3c8d6a; margin: 0 auto; width: 70%%; }
                table.bars td { border: none; padding: 0.8mm 1mm; vertical-align: middle; }
                table.bars td.label { width: 32%%; }
                table.bars td.track { width: 48%%; }
                .bar { background: #3c8d6a; height: 3.5mm; }
                """.formatted(margins, margins, family);
    }

    private void cover(ReportDocument document) {
        html.append("<div class=\"cover\">\n<p class=\"brand\">AutoGHG</p>\n<h1>").append(text(document.title())).append("</h1>\n")
                .append("<p class=\"plant\">").append(text(document.plantName())).append("</p>\n<p class=\"year\">")
                .append(text(l.m("cover.yearLine", document.basis().year()))).append("</p>\n");
        if (document.basis().draft()) {
            html.append("<div class=\"banner\">").append(text(document.chrome().draftBanner())).append("</div>\n");
        } else {
            html.append("<div class=\"locked\">").append(text(l.m("cover.lockedBanner", document.basis().version()))).append("</div>\n");
        }
        html.append("<table class=\"facts\">\n");
        for (Fact fact : document.cover()) {
            boolean hash = fact.value() != null && fact.value().matches("[0-9a-f]{64}");
            html.append("<tr><td class=\"k\">").append(text(fact.label())).append("</td><td").append(hash ? " class=\"hash\"" : "")
                    .append('>').append(text(fact.value())).append("</td></tr>\n");
        }
        html.append("</table>\n<table class=\"totals\">\n<caption>").append(text(l.m("cover.totals"))).append("</caption>\n");
        for (Total total : document.totals()) {
            html.append("<tr><td>").append(text(total.label())).append("</td><td class=\"n\">").append(text(l.t(total.value())))
                    .append("</td><td>").append(text(total.unit())).append("</td></tr>\n");
        }
        html.append("</table>\n</div>\n");
    }

    private void contents(ReportDocument document) {
        html.append("<div class=\"toc\">\n<h2>").append(text(document.chrome().contents())).append("</h2>\n");
        int number = 1;
        for (Section section : document.sections()) {
            html.append("<div class=\"entry\"><a href=\"#s-").append(section.id()).append("\">").append(number++).append(' ')
                    .append(text(section.heading())).append("</a></div>\n");
        }
        html.append("</div>\n");
    }

    private void section(int number, Section section) {
        boolean wide = section.blocks().stream().anyMatch(block -> block instanceof Table table && table.wide());
        html.append("<div class=\"section").append(wide ? " wide" : "").append("\" id=\"s-").append(section.id()).append("\">\n<h2>").append(number).append(' ')
                .append(text(section.heading())).append("</h2>\n");
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph paragraph) {
                html.append("<p>").append(text(paragraph.text())).append("</p>\n");
            } else if (block instanceof Facts facts) {
                facts(facts.facts());
            } else if (block instanceof Table table) {
                table(table);
            } else if (block instanceof Chart chart) {
                chart(chart);
            }
        }
        html.append("</div>\n");
    }

    private void facts(List<Fact> facts) {
        html.append("<table class=\"facts\">\n");
        for (Fact fact : facts) {
            html.append("<tr><td class=\"k\">").append(text(fact.label())).append("</td><td>").append(text(fact.value())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void table(Table table) {
        List<Column> columns = table.columns();
        List<List<String>> cells = new java.util.ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<String> shown = new java.util.ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                shown.add(cell(c < row.size() ? row.get(c) : null, columns.get(c).kind()));
            }
            cells.add(shown);
        }
        int[] widths = widths(columns, cells);
        html.append("<table class=\"grid").append(columns.size() > 6 && !table.wide() ? " small" : "")
                .append(table.rows().size() <= 24 && !table.wide() ? " keep" : "").append("\">\n<caption>").append(text(table.caption())).append("</caption>\n");
        html.append("<thead><tr>");
        for (int c = 0; c < columns.size(); c++) {
            html.append(columns.get(c).kind() == Kind.TEXT ? "<th>" : "<th class=\"n\">").append(text(columns.get(c).header())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        if (table.rows().isEmpty()) {
            html.append("<tr><td colspan=\"").append(columns.size()).append("\">").append(text(l.m("table.empty"))).append("</td></tr>\n");
        }
        for (int r = 0; r < cells.size(); r++) {
            html.append(table.totalRow() && r == cells.size() - 1 ? "<tr class=\"total\">" : "<tr>");
            for (int c = 0; c < columns.size(); c++) {
                html.append("<td").append(classes(columns.get(c), widths[c])).append('>').append(text(cells.get(r).get(c))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    /** Columns up to this many width units (a CJK character counts two) are kept on one line. */
    private static final int SHORT = 18;
    /** Text columns from this many width units on are given most of the width (provenance, details). */
    private static final int LONG = 40;
    /** The widest cell (or header word) of each column in width units; short text columns are kept on one line. */
    private static int[] widths(List<Column> columns, List<List<String>> cells) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            int widest = 0;
            for (String word : columns.get(c).header().split("[ （(]")) {
                widest = Math.max(widest, units(word));
            }
            for (List<String> row : cells) {
                widest = Math.max(widest, units(row.get(c)));
            }
            widths[c] = widest;
        }
        return widths;
    }

    private static String classes(Column column, int width) {
        boolean number = column.kind() != Kind.TEXT;
        if (number) {
            return " class=\"n\"";
        }
        return width <= SHORT ? " class=\"nw\"" : width >= LONG ? " class=\"long\"" : "";
    }

    private static int units(String text) {
        return text == null ? 0 : text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();
    }

    /** A cell as shown: numbers rounded half-even to their column's scale, exact values as recorded. */
    String cell(Object value, Kind kind) {
        if (value == null) {
            return kind == Kind.TEXT ? "" : "–";
        }
        if (!(value instanceof BigDecimal number)) {
            return value.toString();
        }
        return switch (kind) {
            case EXACT -> l.exact(number);
            case TEXT -> number.toPlainString();
            default -> l.number(number, kind.scale);
        };
    }

    private void chart(Chart chart) {
        BigDecimal max = chart.bars().stream().map(Bar::value).filter(v -> v != null && v.signum() > 0).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ONE);
        html.append("<div class=\"chart\">\n<div class=\"title\">").append(text(chart.caption() + " (" + chart.unit() + ")")).append("</div>\n");
        if (chart.columns()) {
            html.append("<table class=\"cols\"><tr>");
            for (Bar bar : chart.bars()) {
                double mm = share(bar.value(), max) * COLUMN_CHART_MM;
                html.append("<td><div>").append(text(l.number(bar.value(), 0))).append("</div><div class=\"col\" style=\"height: ")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", Math.max(mm, 0.3))).append("mm\"></div></td>");
            }
            html.append("</tr>\n<tr>");
            for (Bar bar : chart.bars()) {
                html.append("<td class=\"label\">").append(text(bar.label())).append("</td>");
            }
            html.append("</tr></table>\n");
        } else {
            html.append("<table class=\"bars\">\n");
            for (Bar bar : chart.bars()) {
                html.append("<tr><td class=\"label\">").append(text(bar.label())).append("</td><td class=\"track\"><div class=\"bar\" style=\"width: ")
                        .append(String.format(java.util.Locale.ROOT, "%.1f", Math.max(share(bar.value(), max) * 100, 0.5))).append("%\"></div></td>")
                        .append("<td class=\"n\">").append(text(l.t(bar.value()))).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        html.append("</div>\n");
    }

    private static double share(BigDecimal value, BigDecimal max) {
        if (value == null || value.signum() <= 0) {
            return 0;
        }
        return value.divide(max, 6, RoundingMode.HALF_EVEN).doubleValue();
    }

    private String text(String value) {
        if (value == null) {
            return "";
        }
        String shown = printable.apply(value);
        StringBuilder out = new StringBuilder(shown.length() + 16);
        shown.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** A CSS string literal: "…" with quotes and backslashes escaped. */
    private static String cssString(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20) {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
