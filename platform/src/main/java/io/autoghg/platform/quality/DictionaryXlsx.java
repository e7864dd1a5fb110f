package io.autoghg.platform.quality;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The data dictionary as a workbook: sheet "Tables" (one row per column) and sheet "Codes". */
final class DictionaryXlsx {
    private DictionaryXlsx() {
    }

    static byte[] write(DataDictionary.Dictionary dictionary) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle strong = workbook.createCellStyle();
            strong.setFont(bold);
            Sheet tables = workbook.createSheet("Tables");
            header(tables, strong, "table", "module", "column", "type", "nullable", "description", "说明");
            int r = 1;
            for (DataDictionary.Table table : dictionary.tables()) {
                row(tables, r++, table.name(), table.module(), "", "", "", table.en(), table.zh()).getCell(0).setCellStyle(strong);
                for (DataDictionary.Column column : table.columns()) {
                    row(tables, r++, table.name(), table.module(), column.name(), column.type(),
                            column.nullable() == null ? "" : column.nullable() ? "yes" : "no", column.en(), column.zh());
                }
            }
            Sheet codes = workbook.createSheet("Codes");
            header(codes, strong, "list", "code", "description", "说明");
            r = 1;
            for (DataDictionary.Code code : dictionary.codes()) {
                row(codes, r++, code.list(), code.code(), code.en(), code.zh());
            }
            int[] widths = {24, 14, 22, 18, 10, 70, 40};
            for (int c = 0; c < widths.length; c++) {
                tables.setColumnWidth(c, widths[c] * 256);
            }
            int[] codeWidths = {26, 28, 90, 50};
            for (int c = 0; c < codeWidths.length; c++) {
                codes.setColumnWidth(c, codeWidths[c] * 256);
            }
            tables.createFreezePane(0, 1);
            codes.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, CellStyle style, String... names) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.length; c++) {
            row.createCell(c).setCellValue(names[c]);
            row.getCell(c).setCellStyle(style);
        }
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c] == null ? "" : values[c]);
        }
        return row;
    }
}
