package io.autoghg.platform.web;

import io.autoghg.platform.testing.ExamplePlants;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The six inventory tables of AII/003-2024 6.5.3 a) and their XLSX downloads, for the example plant imported as WEB-INV. */
@PlatformTest
class InventoryPagesTests {
    private static final String Q = "&plant=WEB-INV&year=2025";

    @Autowired
    Environment environment;

    private Api console;

    @BeforeEach
    void importExample() {
        ExamplePlants.ensure(Api.of(environment), "WEB-INV");
        console = Api.of(environment); // console pages answer API tokens too; sessions are covered by DataPages and the browser tests
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ghg         | GHG inventory                           | 164,775.904 | By ISO 14064-1 category | HCFC-22
            boundary    | Organisational and operational boundary | Operational control | Paint shop | HEAT-STEAM, NG-PAINT, REFR-CHILLER
            sources     | Source identification                   | Stationary combustion – natural gas | 固定源燃烧—天然气 | METERED
            activity    | Activity data collection                | 12,000,000 | fuel consumed: sum of 12 row(s) | datum:
            factors     | Emission factor selection               | 0.038931 | plant file override | GWP CH4
            calculation | Emission calculation                    | 25,980.182 | 28 | 79,056.000
            """)
    void everyTableRenders(String table, String title, String first, String second, String third) {
        Api.Response page = console.get("/inventory?table=" + table + Q + "&lang=en");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"tab-" + table + "\"", "aria-current=\"page\"", title, first, second, third)
                .contains("href=\"/inventory/xlsx?table=" + table + "&amp;plant=WEB-INV&amp;year=2025\"")
                .contains("hx-indicator=\"#loading\"");
    }

    @Test
    void theGhgTableIsTheDefaultAndItsNumbersLinkOn() {
        String html = console.get("/inventory?plant=WEB-INV&year=2025&lang=en").body();
        assertThat(html).contains("id=\"table-ghg-0\"", "Total (Scope 1 + 2 location-based + 3)")
                .contains("href=\"/inventory?table=calculation&amp;plant=WEB-INV&amp;year=2025&amp;by=scope%3Ascope3\">11,030.028</a>")
                .contains("href=\"/inventory?table=calculation&amp;plant=WEB-INV&amp;year=2025&amp;by=s3%3A6%2B7\">1,800.000</a>");
    }

    @Test
    void everyTco2eOfTheCalculationTableLinksToTheTraceOfItsSource() {
        String html = console.get("/inventory?table=calculation" + Q + "&lang=en").body();
        assertThat(html).contains("href=\"/inventory/trace?plant=WEB-INV&amp;year=2025&amp;source=NG-PAINT\">" + ExamplePlants.NG_PAINT
                + "</a>");
        // NG-BOILER burns natural gas with a CH4 and an N2O factor: three gases, one source total
        assertThat(html).contains("href=\"/inventory/trace?plant=WEB-INV&amp;year=2025&amp;source=NG-BOILER\">12,985.863</a>");
    }

    @Test
    void theCalculationTableFiltersToTheSourcesBehindAnAggregate() {
        String html = console.get("/inventory?table=calculation" + Q + "&by=scope:scope3&lang=en").body();
        assertThat(html).contains("Emission calculation · Scope 3", "S3-INBOUND", "id=\"clear-filter\"")
                .doesNotContain("source=NG-PAINT");
        assertThat(console.get("/inventory?table=calculation" + Q + "&by=s3%3A6%2B7&lang=en").body())
                .contains("S3-COMMUTE").doesNotContain("source=S3-INBOUND");
    }

    @Test
    void speaksChinese() {
        String html = console.get("/inventory?table=sources" + Q + "&lang=zh").body();
        assertThat(html).contains("排放源识别表", "温室气体排放清单", "排放量计算表", "组织运营边界", "固定源燃烧—天然气", "范围一");
    }

    @Test
    void anUnknownTableIsABadRequestWithAPage() {
        Api.Response page = console.get("/inventory?table=nope" + Q + "&lang=en");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("table: unknown table &#39;nope&#39;", "Back to the overview");
    }

    @Test
    void anEmptyYearSaysSoAndHasNothingToDownload() {
        Api.Response page = console.get("/inventory?table=calculation&plant=WEB-INV&year=2022&lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"inventory-empty\"", "Plant WEB-INV has no activity data for 2022",
                "href=\"/data?plant=WEB-INV&amp;year=2022\"").doesNotContain("id=\"inventory-table\"");
        Api.Response download = console.get("/inventory/xlsx?table=calculation&plant=WEB-INV&year=2022&lang=en");
        assertThat(download.status()).isEqualTo(404);
        assertThat(download.body()).contains("Plant WEB-INV has no activity data for 2022");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ghg         | Item       | Total (Scope 1 + 2 location-based + 3) | 164775.903553
            boundary    | Item       | Organisational units and their sources  | 31795.733995
            sources     | Source     | NG-PAINT                                 |
            activity    | Source     | NG-PAINT                                 | 12000000
            factors     | Source     | NG-PAINT                                 | 0.038931
            calculation | Source     | NG-PAINT                                 | 25980.182395
            """)
    void everyTableDownloadsAsXlsxWithNumbersAsNumbers(String table, String header, String text, String number) throws IOException {
        Api.Response check = console.get("/inventory/xlsx?table=" + table + Q + "&lang=en");
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<List<Object>> rows = read(console.getBytes("/inventory/xlsx?table=" + table + Q + "&lang=en"));
        assertThat(rows.get(0).get(0).toString()).contains("WEB-INV", "2025");
        assertThat(rows).anySatisfy(row -> assertThat(row).isNotEmpty().first().isEqualTo(header));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains(text));
        if (number != null) {
            assertThat(rows).anySatisfy(row -> assertThat(row).contains(Double.valueOf(number)));
        }
    }

    @Test
    void theCalculationWorkbookHasTheSourceRowAndChineseHeaders() throws IOException {
        List<List<Object>> rows = read(console.getBytes("/inventory/xlsx?table=calculation" + Q + "&lang=zh"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("排放源", "名称", "范围", "气体", "质量（吨）", "GWP"));
        List<Object> paint = rows.stream().filter(row -> !row.isEmpty() && "NG-PAINT".equals(row.get(0))).findFirst().orElseThrow();
        assertThat(paint).containsExactly("NG-PAINT", "Paint shop ovens", "范围一", "CO2", 25980.182395, 1.0, 25980.182395,
                25980.182395, 25980.182395, 0.58);
        List<Object> total = rows.get(rows.size() - 1);
        assertThat(total).contains(164775.903553, 141177.903553, 0.21);
    }

    @Test
    void theFactorWorkbookCarriesTheStatus() throws IOException {
        List<List<Object>> rows = read(console.getBytes("/inventory/xlsx?table=factors" + Q + "&lang=en"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("ELEC-GRID", "gridFactor", 0.5703, "tCO2/MWh",
                "V · to verify"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("NG-PAINT", "ncv", "P · plant value"));
    }

    /** The first sheet as rows of cell values: strings, doubles; empty cells left out at the end of a row. */
    private static List<List<Object>> read(byte[] bytes) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
                                : cell.getStringCellValue());
                    }
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
