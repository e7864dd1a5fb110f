package io.autoghg.platform.imports;

import io.autoghg.accounting.catalogue.CollectionMethod;
import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.io.ActivityCsvReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the activity workbook: every collection-method sheet goes through the same checks as the
 * CSV; problems are located as "file.xlsx!SHEET:row". Header cells may carry the Chinese label after
 * the key ("source 排放源代码").
 */
final class XlsxActivityReader {

    /** Rows by the collection method of the sheet they came from. */
    Map<CollectionMethod, List<ActivityRow>> read(byte[] content, String fileName) {
        Map<CollectionMethod, List<ActivityRow>> rows = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            for (CollectionMethod method : CollectionMethod.values()) {
                Sheet sheet = workbook.getSheet(method.name());
                if (sheet == null) {
                    continue;
                }
                String location = fileName + "!" + method.name();
                try {
                    rows.put(method, new ActivityCsvReader().read(new StringReader(csv(sheet)), location));
                } catch (InvalidInputException e) {
                    problems.addAll(e.problems());
                }
            }
            if (rows.isEmpty() && problems.isEmpty()) {
                problems.add(new InputProblem(new SourceLocation(fileName, 0), null,
                        "no sheet named METERED, DIRECT, MANUAL or INTEGRATION; download the template from /api/v1/imports/template.xlsx"));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(new InputProblem(new SourceLocation(fileName, 0), null,
                    "not a readable XLSX workbook: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rows;
    }

    /** The sheet as CSV text, one line per spreadsheet row so that line numbers are row numbers. */
    private static String csv(Sheet sheet) {
        StringBuilder out = new StringBuilder();
        int last = sheet.getLastRowNum();
        int columns = 0;
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (r == 0) {
                columns = row == null ? 0 : row.getLastCellNum();
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                String text = row == null ? "" : text(row.getCell(c));
                cells.add(r == 0 ? headerKey(text) : text);
            }
            boolean blank = cells.stream().allMatch(String::isBlank);
            out.append(blank ? "" : String.join(",", cells.stream().map(XlsxActivityReader::quote).toList())).append('\n');
        }
        return out.toString();
    }

    private static String headerKey(String header) {
        String key = header.strip();
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

}
