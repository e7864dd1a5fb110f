package io.autoghg.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.accounting.engine.InventoryCalculator;
import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.io.ActivityCsvReader;
import io.autoghg.accounting.io.PlantFileReader;
import io.autoghg.accounting.parameter.ParameterLibrary;
import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.PlatformTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

@PlatformTest
class ImportApiTests {
    @Autowired
    Environment environment;

    private Api api() {
        return Api.of(environment);
    }

    @Test
    void exampleImportedThroughTheApiGivesTheSameFiguresAsTheOfflineCalculation() {
        Api.Response imported = api().upload("/api/v1/imports", files("IMP-A"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().path("status").asString()).isEqualTo("IMPORTED");

        JsonNode inventory = api().get("/api/v1/plants/IMP-A/inventories/2025").json();
        InventoryResult offline = offline();

        assertThat(inventory.path("version").asInt()).isEqualTo(1);
        assertThat(inventory.path("inputsHash").asString()).hasSize(64);
        assertThat(inventory.path("totals").path("total").decimalValue()).isEqualByComparingTo(rounded(offline.totals().total()));
        assertThat(inventory.path("totals").path("scope2Market").decimalValue())
                .isEqualByComparingTo(rounded(offline.totals().scope2Market()));
        Map<String, BigDecimal> api = new LinkedHashMap<>();
        inventory.path("sources").forEach(source -> api.put(source.path("code").asString(), source.path("tco2e").decimalValue()));
        assertThat(api).hasSize(offline.sources().size());
        for (SourceResult source : offline.sources()) {
            assertThat(api.get(source.code())).as(source.code()).isEqualByComparingTo(rounded(source.tco2e()));
        }
    }

    @Test
    void reImportingTheSameFilesChangesNothing() {
        assertThat(api().upload("/api/v1/imports", files("IMP-B")).status()).isEqualTo(200);
        long before = api().get("/api/v1/plants/IMP-B/activity?size=1").json().path("total").asLong();

        Api.Response again = api().upload("/api/v1/imports", files("IMP-B"));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("status").asString()).isEqualTo("UNCHANGED");
        assertThat(api().get("/api/v1/plants/IMP-B/activity?size=1").json().path("total").asLong()).isEqualTo(before).isEqualTo(301);
    }

    @Test
    void aBadFileChangesNothingAndListsEveryBadRow() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("plant.yaml", ExampleFiles.plant("IMP-BAD"));
        files.put("bad.csv", ("source,start,end,quantity,unit,item\n"
                + "NG-PAINT,2025-01-01,2025-02-01,100,Nm3,\n"
                + "NG-PAINT,2025-02-01,2025-03-01,-5,Nm3,\n"
                + "NO-SUCH,2025-01-01,2025-02-01,100,Nm3,\n"
                + "ELEC-GRID,2025-03-01,2025-02-01,100,MWh,\n").getBytes(StandardCharsets.UTF_8));

        Api.Response response = api().upload("/api/v1/imports", files);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().path("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).path("file").asString()).isEqualTo("bad.csv");
        assertThat(errors.get(0).path("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).path("field").asString()).isEqualTo("quantity");
        assertThat(errors.get(1).path("line").asInt()).isEqualTo(5);
        assertThat(errors.get(1).path("field").asString()).isEqualTo("end");
        assertThat(api().get("/api/v1/plants/IMP-BAD").status()).as("the plant file of the same request is rolled back").isEqualTo(404);
    }

    @Test
    void rowsThatTheEngineRejectsAreReportedWithTheirLine() {
        assertThat(api().upload("/api/v1/imports", Map.of("plant.yaml", ExampleFiles.plant("IMP-C"))).status()).isEqualTo(200);
        Api.Response response = api().upload("/api/v1/imports?plant=IMP-C", Map.of("units.csv", ("source,start,end,quantity,unit,item\n"
                + "NG-PAINT,2025-01-01,2025-02-01,100,kWh,\n"
                + "NO-SUCH,2025-01-01,2025-02-01,100,Nm3,\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("units.csv", "unknown source code 'NO-SUCH'");
        assertThat(api().get("/api/v1/plants/IMP-C/activity?size=1").json().path("total").asLong()).isZero();
    }

    @Test
    void theWorkbookTemplateHasASheetPerCollectionMethodAndImports() throws IOException {
        assertThat(api().upload("/api/v1/imports", Map.of("plant.yaml", ExampleFiles.plant("IMP-X"))).status()).isEqualTo(200);
        byte[] template = api().getBytes("/api/v1/imports/template.xlsx?plant=IMP-X");
        assertThat(template).as(new String(template, StandardCharsets.UTF_8)).startsWith(0x50, 0x4b);

        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            assertThat(workbook.getSheet("METERED")).isNotNull();
            assertThat(workbook.getSheet("MANUAL").getRow(0).getCell(0).getStringCellValue()).isEqualTo("source 排放源代码");
            Sheet manual = workbook.getSheet("MANUAL");
            Row row = manual.createRow(1);
            row.createCell(0).setCellValue("CO2-WELDING");
            row.createCell(1).setCellValue("2025-01-01");
            row.createCell(2).setCellValue("2025-02-01");
            row.createCell(3).setCellValue(6000);
            row.createCell(4).setCellValue("kg");
            workbook.write(out);
            filled = out.toByteArray();
        }

        Api.Response response = api().upload("/api/v1/imports?plant=IMP-X", Map.of("activity.xlsx", filled));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode datum = api().get("/api/v1/plants/IMP-X/activity?source=CO2-WELDING").json().path("items").get(0);
        assertThat(datum.path("quantity").decimalValue()).isEqualByComparingTo("6000");
        assertThat(datum.path("collectionMethod").asString()).isEqualTo("MANUAL");
        assertThat(datum.path("originFile").asString()).isEqualTo("activity.xlsx!MANUAL");
        assertThat(datum.path("originRow").asInt()).isEqualTo(2);
    }

    static Map<String, byte[]> files(String plant) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("plant-p1.yaml", ExampleFiles.plant(plant));
        files.put("activity-2025.csv", ExampleFiles.activity());
        return files;
    }

    private static InventoryResult offline() {
        return new InventoryCalculator(ParameterLibrary.shipped()).calculate(new PlantFileReader().read(ExampleFiles.PLANT),
                new ActivityCsvReader().read(ExampleFiles.ACTIVITY), 2025, null);
    }

    private static BigDecimal rounded(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_EVEN);
    }
}
