package io.autoghg.platform.report;

import io.autoghg.platform.report.ReportDocument.Block;
import io.autoghg.platform.report.ReportDocument.Column;
import io.autoghg.platform.report.ReportDocument.Fact;
import io.autoghg.platform.report.ReportDocument.Facts;
import io.autoghg.platform.report.ReportDocument.Kind;
import io.autoghg.platform.report.ReportDocument.Section;
import io.autoghg.platform.report.ReportDocument.Table;
import io.autoghg.platform.report.ReportDocument.Total;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a report as an XLSX workbook: a summary sheet (cover facts and the headline totals, each
 * with its JSON key), then one sheet per table and per list of facts, in the report's order.
 * Numbers are numeric cells holding the figure as stored (not the rounded display), formatted like
 * the PDF; every sheet names the inventory version and its hash in its second row and print footer.
 */
final class XlsxReport {
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final ReportDocument document;
    private final Labels l;
    private final CellStyle strong;
    private final Map<Kind, CellStyle> numbers = new EnumMap<>(Kind.class);
    private final Set<String> sheetNames = new HashSet<>();

    private XlsxReport(ReportDocument document, Labels labels) {
        this.document = document;
        this.l = labels;
        Font bold = workbook.createFont();
        bold.setBold(true);
        strong = workbook.createCellStyle();
        strong.setFont(bold);
        for (Kind kind : Kind.values()) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(kind.excelFormat));
            numbers.put(kind, style);
        }
    }

    static byte[] write(ReportDocument document, Labels labels) {
        XlsxReport writer = new XlsxReport(document, labels);
        try (XSSFWorkbook workbook = writer.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writer.summary();
            for (Section section : document.sections()) {
                for (Block block : section.blocks()) {
                    if (block instanceof Table table) {
                        writer.table(section, table);
                    } else if (block instanceof Facts facts) {
                        writer.facts(section, facts);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sheet sheet(String name, String title) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String unique = safe;
        for (int n = 2; !sheetNames.add(unique.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        Sheet sheet = workbook.createSheet(unique);
        Cell heading = sheet.createRow(0).createCell(0);
        heading.setCellValue(title);
        heading.setCellStyle(strong);
        sheet.createRow(1).createCell(0).setCellValue(document.chrome().header() + " · " + document.chrome().footer());
        sheet.getFooter().setLeft(document.chrome().footer());
        sheet.getHeader().setLeft(document.chrome().header());
        return sheet;
    }

    private void summary() {
        Sheet sheet = sheet(l.m("sheet.summaryXlsx"), document.title() + " · " + document.plantName() + " · " + document.basis().year());
        int r = 3;
        for (Fact fact : document.cover()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(fact.label());
            row.createCell(1).setCellValue(fact.value());
        }
        r++;
        Row header = sheet.createRow(r++);
        List<String> headers = List.of(l.m("col.item"), l.m("col.key"), l.m("col.value"), l.m("col.unitOfMeasure"));
        for (int c = 0; c < headers.size(); c++) {
            bold(header.createCell(c), headers.get(c));
        }
        for (Total total : document.totals()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(total.label());
            row.createCell(1).setCellValue(total.key());
            number(row.createCell(2), total.value(), Kind.TONNES);
            row.createCell(3).setCellValue(total.unit());
        }
        widths(sheet, 4, 34);
    }

    private void facts(Section section, Facts facts) {
        Sheet sheet = sheet(facts.sheet(), section.heading());
        int r = 3;
        for (Fact fact : facts.facts()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(fact.label());
            row.createCell(1).setCellValue(fact.value());
        }
        widths(sheet, 2, 40);
    }

    private void table(Section section, Table table) {
        Sheet sheet = sheet(table.sheet(), section.heading() + " · " + table.caption());
        Row header = sheet.createRow(3);
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            bold(header.createCell(c), columns.get(c).header());
        }
        int r = 4;
        for (int i = 0; i < table.rows().size(); i++) {
            List<Object> values = table.rows().get(i);
            Row row = sheet.createRow(r++);
            boolean total = table.totalRow() && i == table.rows().size() - 1;
            for (int c = 0; c < columns.size() && c < values.size(); c++) {
                Object value = values.get(c);
                Cell cell = row.createCell(c);
                if (value instanceof BigDecimal number) {
                    number(cell, number, columns.get(c).kind());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                    if (total && c == 0) {
                        cell.setCellStyle(strong);
                    }
                }
            }
        }
        sheet.createFreezePane(1, 4);
        widths(sheet, columns.size(), columns.size() > 8 ? 13 : 22);
    }

    private void number(Cell cell, BigDecimal value, Kind kind) {
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(numbers.get(kind == Kind.TEXT ? Kind.EXACT : kind));
    }

    private void bold(Cell cell, String text) {
        cell.setCellValue(text);
        cell.setCellStyle(strong);
    }

    private static void widths(Sheet sheet, int columns, int characters) {
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, characters * 256);
        }
    }
}
