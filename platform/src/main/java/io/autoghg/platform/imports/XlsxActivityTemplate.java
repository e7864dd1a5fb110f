package io.autoghg.platform.imports;

import io.autoghg.accounting.catalogue.CollectionMethod;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The activity-data workbook: a sheet per collection method (METERED, DIRECT, MANUAL, INTEGRATION)
 * with bilingual headers "key 中文", and an instructions sheet. When the plant's source codes are
 * given, the source column offers them as a drop-down list.
 */
final class XlsxActivityTemplate {
    static final String INSTRUCTIONS = "README 说明";
    static final String SOURCES = "sources";
    static final List<String[]> COLUMNS = List.of(
            new String[] {"source", "排放源代码", "source code from the plant file, e.g. NG-PAINT"},
            new String[] {"start", "开始日期", "first day of the period, YYYY-MM-DD (inclusive)"},
            new String[] {"end", "结束日期", "day after the period, YYYY-MM-DD (exclusive)"},
            new String[] {"quantity", "数量", "a non-negative number"},
            new String[] {"unit", "单位", "unit of the quantity, e.g. Nm3, kWh, t, L, t.km"},
            new String[] {"item", "输入项", "which input of the method (empty = main input), e.g. cod, exported, stockStart"},
            new String[] {"uncertaintyPct", "不确定度(%)", "optional: ±% at 95 % confidence"},
            new String[] {"note", "备注", "optional free text"});

    private XlsxActivityTemplate() {
    }

    static byte[] workbook(List<String> sourceCodes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            instructions(workbook.createSheet(INSTRUCTIONS), bold);
            String sourceList = sourceList(workbook, sourceCodes);
            for (CollectionMethod method : CollectionMethod.values()) {
                Sheet sheet = workbook.createSheet(method.name());
                Row header = sheet.createRow(0);
                for (int i = 0; i < COLUMNS.size(); i++) {
                    header.createCell(i).setCellValue(COLUMNS.get(i)[0] + " " + COLUMNS.get(i)[1]);
                    header.getCell(i).setCellStyle(bold);
                    sheet.setColumnWidth(i, 22 * 256);
                }
                sheet.createFreezePane(0, 1);
                if (sourceList != null) {
                    DataValidationHelper helper = sheet.getDataValidationHelper();
                    sheet.addValidationData(helper.createValidation(helper.createFormulaListConstraint(sourceList),
                            new CellRangeAddressList(1, 10_000, 0, 0)));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plant's source codes on a hidden sheet (a drop-down list may hold any number of them this way). */
    private static String sourceList(XSSFWorkbook workbook, List<String> sourceCodes) {
        if (sourceCodes.isEmpty()) {
            return null;
        }
        Sheet sheet = workbook.createSheet(SOURCES);
        for (int i = 0; i < sourceCodes.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(sourceCodes.get(i));
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        return "'" + SOURCES + "'!$A$1:$A$" + sourceCodes.size();
    }

    private static void instructions(Sheet sheet, CellStyle bold) {
        String[] lines = {
            "AutoGHG activity data template / AutoGHG 活动数据模板",
            "One sheet per collection method: METERED (meter readings 活动数据采集转换), DIRECT (direct measurement 温室气体数据直采),",
            "MANUAL (manual entry with evidence 人工补录), INTEGRATION (other systems 上位机采集).",
            "Row 1 holds the column keys; keep them. Fill one period per row. Dates as YYYY-MM-DD; end is exclusive.",
            "每行填写一个时段的数据；日期格式 YYYY-MM-DD，结束日期不含当天。",
            "An import is all-or-nothing: a file with any bad row changes nothing and lists every bad row.",
            "导入为整体生效：任何一行有误，整个文件都不会导入，并列出所有错误行。",
            ""};
        int r = 0;
        for (String line : lines) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        sheet.getRow(0).getCell(0).setCellStyle(bold);
        for (String[] column : COLUMNS) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column[0]);
            row.createCell(1).setCellValue(column[1]);
            row.createCell(2).setCellValue(column[2]);
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(2, 80 * 256);
    }
}
