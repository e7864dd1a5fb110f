package io.autoghg.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * Reports of the example plant (named 示例整车厂) through the API: every standard in both languages as
 * PDF (text extracted with PDFBox) and as XLSX (read with Apache POI), parameter errors, draft and
 * locked versions. Totals of the example plant, 2025 (accounting's ExamplePlantTests): 164,775.904
 * tCO2e in all; GB/T 32150 153,061.516 (Scopes 1 + 2 less 684.36 t for exported PV electricity).
 */
@PlatformTest
class ReportApiTests {
    private static final String PLANT = "RPT-A";

    @Autowired
    Environment environment;

    private Api api;

    @BeforeEach
    void plant() {
        api = Api.of(environment);
        ReportPlants.ensure(api, PLANT);
    }

    private HttpResponse<byte[]> report(String plant, int year, String query) {
        return api.download("/api/v1/plants/" + plant + "/reports/" + year + "?" + query);
    }

    private String hash(String plant, int year, int version) {
        for (JsonNode stored : api.get("/api/v1/plants/" + plant + "/inventories/" + year + "/versions").json()) {
            if (stored.path("version").asInt() == version) {
                return stored.path("inputsHash").asString();
            }
        }
        throw new AssertionError("no version " + version);
    }

    @Test
    void everyStandardInBothLanguagesIsAPdfWithThePlantsChineseNameTheTotalsAndTheHashOnEveryPage() {
        JsonNode inventory = ReportPlants.inventory(api, PLANT, 2025);
        int version = inventory.path("version").asInt();
        String hash = hash(PLANT, 2025, version);
        assertThat(ReportPlants.total(inventory, "total")).isEqualByComparingTo("164775.903553");
        for (String standard : List.of("gbt32150", "iso14064", "ghgp", "tables")) {
            for (String lang : List.of("zh", "en")) {
                HttpResponse<byte[]> response = report(PLANT, 2025, "standard=" + standard + "&lang=" + lang + "&format=pdf");
                assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
                assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
                assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                        .contains("attachment", "RPT-A-2025-" + standard + "-" + lang + ".pdf");
                assertThat(response.headers().firstValue("X-Inventory-Version").orElse("")).isEqualTo(String.valueOf(version));

                List<String> pages = ReportPlants.pages(response.body());
                String all = String.join("\n", pages);
                assertThat(pages.size()).as(standard + " " + lang).isGreaterThan(2);
                assertThat(pages).as("hash on every page of " + standard + " " + lang)
                        .allSatisfy(page -> assertThat(page).contains("sha256 " + hash).contains("草稿 / DRAFT"));
                assertThat(all).contains(ReportPlants.NAME, "164,775.904", "153,061.516", "45,354.324", "108,391.552", "84,793.552",
                        "11,030.028");
                assertThat(all).contains(lang.equals("zh") ? "第 1 页，共 " + pages.size() + " 页" : "Page 1 of " + pages.size());
            }
        }
    }

    @Test
    void eachStandardShowsItsOwnContent() {
        String gbt = String.join("\n", ReportPlants.pages(report(PLANT, 2025, "standard=gbt32150&lang=zh").body()));
        assertThat(gbt).contains("温室气体排放报告（GB/T 32150-2015）", "目录", "报告主体基本信息", "核算边界", "排放源识别", "活动数据及来源",
                "排放因子及来源", "数据质量管理", "不确定性", "燃料燃烧排放", "输出电力产生的排放（扣减）", "-684.360", "NG-PAINT", "25,980.182",
                "涂装车间", "草稿 / DRAFT：报告期未关闭");
        String iso = String.join("\n", ReportPlants.pages(report(PLANT, 2025, "standard=iso14064&lang=en").body()));
        assertThat(iso).contains("Greenhouse gas report (ISO 14064-1:2018)", "Category 1: Direct GHG emissions and removals",
                "Category 5", "not quantified", "Biogenic CO2", "GWP values used (AR5)", "HFC-134a", "Statement of conformity");
        String ghgp = String.join("\n", ReportPlants.pages(report(PLANT, 2025, "standard=ghgp&lang=en").body()));
        assertThat(ghgp).contains("Scope 2 (dual reporting)", "Location-based", "Market-based", "4. Upstream transportation and distribution",
                "6+7. Business travel and employee commuting", "1. Purchased goods and services", "not reported", "kgCO2e per vehicle",
                "141,177.904");
        String tables = String.join("\n", ReportPlants.pages(report(PLANT, 2025, "standard=tables&lang=zh").body()));
        // intensity: 164,775.903553 t / 300,000 vehicles = 549.25 kg per vehicle
        assertThat(tables).contains("按排放源逐月排放量", "按组织单元逐月排放量", "能源品种", "天然气", "外购电力", "300,000", "549.25");
    }

    @Test
    void xlsxTotalsEqualTheInventorysTotals() throws Exception {
        JsonNode inventory = ReportPlants.inventory(api, PLANT, 2025);
        for (String standard : List.of("gbt32150", "iso14064", "ghgp", "tables")) {
            HttpResponse<byte[]> response = report(PLANT, 2025, "standard=" + standard + "&lang=zh&format=xlsx");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("RPT-A-2025-" + standard + "-zh.xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
                Sheet summary = workbook.getSheet("摘要");
                assertThat(summary).isNotNull();
                Map<String, BigDecimal> totals = new HashMap<>();
                for (Row row : summary) {
                    if (row.getCell(1) != null && row.getCell(2) != null && row.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        totals.put(row.getCell(1).getStringCellValue(), BigDecimal.valueOf(row.getCell(2).getNumericCellValue()));
                    }
                }
                for (String key : List.of("total", "scope1", "scope2Location", "scope2Market", "scope3", "totalMarket",
                        "exportedElectricityDeduction", "gbt32150Total")) {
                    assertThat(totals.get(key)).as(standard + " " + key).isEqualByComparingTo(ReportPlants.total(inventory, key));
                }
                assertThat(workbook.getNumberOfSheets()).as(standard).isGreaterThan(2);
                assertThat(summary.getRow(1).getCell(0).getStringCellValue()).contains("sha256 " + inventory.path("inputsHash").asString());
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report(PLANT, 2025, "standard=tables&lang=en&format=xlsx").body()))) {
            Sheet bySource = workbook.getSheet("Monthly by source");
            Row last = bySource.getRow(bySource.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(BigDecimal.valueOf(last.getCell(13).getNumericCellValue())).isEqualByComparingTo(ReportPlants.total(inventory, "total"));
        }
    }

    @Test
    void wrongValuesAreBadRequestsNamingTheParameterAndAYearWithoutDataIsNotFound() {
        for (String[] bad : new String[][] {{"standard=gri", "standard"}, {"lang=fr", "lang"}, {"format=docx", "format"}}) {
            Api.Response response = api.get("/api/v1/plants/" + PLANT + "/reports/2025?" + bad[0]);
            assertThat(response.status()).as(bad[0]).isEqualTo(400);
            assertThat(response.contentType()).contains("application/problem+json");
            assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(bad[1]);
        }
        assertThat(api.get("/api/v1/plants/" + PLANT + "/reports/1800").json().path("errors").get(0).path("field").asString())
                .isEqualTo("year");
        Api.Response empty = api.get("/api/v1/plants/" + PLANT + "/reports/2019");
        assertThat(empty.status()).isEqualTo(404);
        assertThat(empty.json().path("detail").asString()).contains("no inventory for 2019");
        assertThat(api.get("/api/v1/plants/NOPE/reports/2025").status()).isEqualTo(404);
        HttpResponse<byte[]> defaults = report(PLANT, 2025, "");
        assertThat(defaults.headers().firstValue("Content-Disposition").orElse("")).contains("RPT-A-2025-gbt32150-zh.pdf");
    }
}
