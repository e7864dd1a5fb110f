package io.autoghg.platform.web;

import io.autoghg.platform.web.InventoryTable.Cell;
import io.autoghg.platform.web.InventoryTable.Column;
import io.autoghg.platform.web.InventoryTable.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes an inventory table as an XLSX workbook: a title line, then each section with its caption,
 * its header row (in the request's language) and its rows; numbers are numeric cells with the
 * exact value and the display format of the page.
 */
final class InventoryXlsx {
    private InventoryXlsx() {
    }

    static byte[] write(InventoryTable table, String title) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle strong = workbook.createCellStyle();
            strong.setFont(bold);
            Map<String, CellStyle> numberStyles = new HashMap<>();
            int r = 0;
            sheet.createRow(r++).createCell(0).setCellValue(title);
            int widest = 1;
            for (Section section : table.sections()) {
                r++;
                org.apache.poi.ss.usermodel.Cell caption = sheet.createRow(r++).createCell(0);
                caption.setCellValue(section.caption());
                caption.setCellStyle(strong);
                Row header = sheet.createRow(r++);
                List<Column> columns = section.columns();
                widest = Math.max(widest, columns.size());
                for (int c = 0; c < columns.size(); c++) {
                    org.apache.poi.ss.usermodel.Cell cell = header.createCell(c);
                    cell.setCellValue(columns.get(c).header());
                    cell.setCellStyle(strong);
                }
                for (List<Cell> cells : section.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        Cell value = cells.get(c);
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        if (value.numeric()) {
                            cell.setCellValue(value.number().doubleValue());
                            cell.setCellStyle(numberStyles.computeIfAbsent(value.pattern(), pattern -> {
                                CellStyle style = workbook.createCellStyle();
                                style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
                                return style;
                            }));
                        } else if (value.status() != null) {
                            cell.setCellValue(value.status() + " · " + value.text());
                        } else if (!value.text().isEmpty()) {
                            cell.setCellValue(value.text());
                        }
                    }
                }
            }
            for (int c = 0; c < widest; c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
