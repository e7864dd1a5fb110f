package io.autoghg.platform.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.security.Role;
import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.PlatformTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * The quality API: the scorecard contract, gap filling shown as estimated in the inventory trace,
 * rule settings and the data dictionary (JSON and XLSX).
 */
@PlatformTest
class QualityApiTests {
    @Autowired
    Environment environment;

    private Api api() {
        return Api.of(environment);
    }

    /** The example plant under {@code code} with its 2025 data, except the lines containing {@code leaveOut}. */
    private void example(String code, String leaveOut) {
        if (api().get("/api/v1/plants/" + code).status() == 200) {
            return;
        }
        String activity = ExampleFiles.read(ExampleFiles.ACTIVITY).lines().filter(line -> !line.contains(leaveOut))
                .collect(Collectors.joining("\n", "", "\n"));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("plant.yaml", ExampleFiles.plant(code));
        files.put("activity.csv", activity.getBytes(StandardCharsets.UTF_8));
        Api.Response imported = api().upload("/api/v1/imports", files);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    @Test
    void theScorecardFollowsTheContractAndNamesAMissingMonth() {
        example("QUAL", "LPG-FORKLIFT,2025-04-01");
        Api.Response response = api().get("/api/v1/plants/QUAL/quality/2025");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        for (String dimension : List.of("completeness", "accuracy", "consistency", "timeliness")) {
            assertThat(report.path(dimension).isNumber()).as(dimension).isTrue();
            assertThat(report.path(dimension).asDouble()).as(dimension).isBetween(0.0, 100.0);
        }
        assertThat(report.path("findings").isArray()).isTrue();
        for (JsonNode finding : report.path("findings")) {
            assertThat(finding.has("rule") && finding.has("source") && finding.has("meter") && finding.has("from")
                    && finding.has("to") && finding.has("severity") && finding.has("explanation")).as(finding.toString()).isTrue();
        }
        List<JsonNode> missing = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("rule").asString().equals("missing-period")) {
                missing.add(f);
            }
        });
        // the example records SF6 and fire-suppression refills only when they happen, while the catalogue expects their types
        // monthly: those months are reported too; LPG-FORKLIFT misses exactly April
        List<JsonNode> lpgMissing = missing.stream().filter(f -> f.path("source").asString().equals("LPG-FORKLIFT")).toList();
        assertThat(lpgMissing).hasSize(1);
        JsonNode april = lpgMissing.get(0);
        assertThat(april.path("source").asString()).isEqualTo("LPG-FORKLIFT");
        assertThat(april.path("from").asString()).isEqualTo("2025-04-01");
        assertThat(april.path("to").asString()).isEqualTo("2025-05-01");
        assertThat(april.path("severity").asString()).isEqualTo("error");
        assertThat(april.path("explanation").asString()).contains("LPG-FORKLIFT", "2025-04", "April 2025");
        assertThat(report.path("completeness").asDouble()).isLessThan(100.0);
        // the imported rows came in just now, long after 2025 ended: timeliness counts them late
        assertThat(report.path("timeliness").asDouble()).isEqualTo(0.0);
        JsonNode lpg = source(report, "LPG-FORKLIFT");
        assertThat(lpg.path("expectedPeriods").asInt()).isEqualTo(12);
        assertThat(lpg.path("periodsWithData").asInt()).isEqualTo(11);
        assertThat(lpg.path("completeness").asDouble()).isEqualTo(91.7);
        assertThat(lpg.path("unsupportedPct").asDouble()).as("entered without evidence").isEqualTo(100.0);
        assertThat(report.path("months")).hasSize(12);
        assertThat(report.path("months").get(3).path("completeness").asDouble()).isLessThan(100.0);

        assertThat(api().get("/api/v1/plants/NOPE/quality/2025").status()).isEqualTo(404);
        assertThat(api().get("/api/v1/plants/QUAL/quality/20x5").status()).isEqualTo(400);
    }

    private static JsonNode source(JsonNode report, String code) {
        for (JsonNode source : report.path("sources")) {
            if (source.path("source").asString().equals(code)) {
                return source;
            }
        }
        throw new AssertionError("no source " + code);
    }

    private static final String FILL_PLANT = """
            plant: {code: QFILL, name: "Gap filling", timezone: Asia/Shanghai, gwp: AR5}
            orgUnits:
              - {code: SITE, name: "Site-wide", nameZh: "厂区公共"}
            sources:
              - {code: ELEC, type: ELEC_PURCHASED, name: "Grid electricity", orgUnit: SITE}
            """;

    @Test
    void aFilledGapIsStoredAsEstimatedAndTheInventoryTraceSaysSo() {
        if (api().get("/api/v1/plants/QFILL").status() == 404) {
            StringBuilder csv = new StringBuilder("source,start,end,quantity,unit\n");
            for (int day = 1; day <= 10; day++) {
                if (day < 4 || day > 6) {
                    csv.append(String.format("ELEC,2025-03-%02d,2025-03-%02d,%d,kWh%n", day, day + 1, 1000 + 10 * day));
                }
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("plant.yaml", FILL_PLANT.getBytes(StandardCharsets.UTF_8));
            files.put("activity.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
            Api.Response imported = api().upload("/api/v1/imports", files);
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        }
        Map<String, Object> request = new HashMap<>(Map.of("source", "ELEC", "from", "2025-03-01", "to", "2025-03-11",
                "method", "linear"));
        Api.Response filled = api().post("/api/v1/plants/QFILL/quality/fill", request);

        assertThat(filled.status()).as(filled.body()).isEqualTo(201);
        JsonNode rows = filled.json();
        assertThat(rows).hasSize(3);
        // between 1,030 kWh on March 3rd and 1,070 kWh on March 7th: 1,040, 1,050, 1,060
        List<String> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.path("start").asString() + "=" + row.path("quantity").decimalValue().toPlainString()));
        assertThat(values).containsExactly("2025-03-04=1040", "2025-03-05=1050", "2025-03-06=1060");
        JsonNode first = rows.get(0);
        assertThat(first.path("estimationMethod").asString()).isEqualTo("linear interpolation");
        assertThat(first.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(first.path("enteredBy").asString()).isEqualTo("token:bootstrap");
        assertThat(first.path("note").asString()).matches("gap filled by linear interpolation between 2025-03-03 \\(1,030 kWh, "
                + "datum \\d+\\) and 2025-03-07 \\(1,070 kWh, datum \\d+\\), 1 of 3");

        JsonNode inventory = api().get("/api/v1/plants/QFILL/inventories/2025").json();
        List<String> details = new ArrayList<>();
        for (JsonNode source : inventory.path("sources")) {
            if (source.path("code").asString().equals("ELEC")) {
                source.path("trace").forEach(entry -> {
                    if (entry.path("kind").asString().equals("input")) {
                        details.add(entry.path("detail").asString());
                    }
                });
            }
        }
        assertThat(details).anySatisfy(detail -> assertThat(detail).contains("sum of 10 row(s)",
                "of which 3 row(s) (3.15 MWh) estimated by linear interpolation"));

        JsonNode report = api().get("/api/v1/plants/QFILL/quality/2025").json();
        assertThat(source(report, "ELEC").path("estimatedPct").asDouble()).isEqualTo(30.0);

        Api.Response again = api().post("/api/v1/plants/QFILL/quality/fill", request);
        assertThat(again.status()).as("no gap left").isEqualTo(409);
        assertThat(again.json().path("detail").asString()).contains("no missing days from 2025-03-01 to 2025-03-10");
        request.put("from", "2025-03-11");
        request.put("to", "2025-03-13");
        Api.Response noNeighbour = api().post("/api/v1/plants/QFILL/quality/fill", request);
        assertThat(noNeighbour.status()).isEqualTo(409);
        assertThat(noNeighbour.json().path("detail").asString()).contains("not enough data for linear interpolation");
        request.put("method", "guess");
        assertThat(api().post("/api/v1/plants/QFILL/quality/fill", request).status()).isEqualTo(400);
        request.put("method", "linear");
        request.put("to", "2099-01-01");
        assertThat(api().post("/api/v1/plants/QFILL/quality/fill", request).status()).as("the future has no gaps yet").isEqualTo(400);
    }

    @Test
    void settingsAreStoredPerScopeAndChecked() {
        example("QSET", "no line contains this");
        Map<String, Object> range = new HashMap<>(Map.of("rule", "range", "source", "NG-PAINT", "minValue", 0, "maxValue", 500000,
                "unit", "Nm3", "note", "monthly intake limit"));
        Api.Response saved = api().put("/api/v1/plants/QSET/quality/settings", range);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("source").asString()).isEqualTo("NG-PAINT");
        assertThat(saved.json().path("enabled").asBoolean()).isTrue();

        JsonNode report = api().get("/api/v1/plants/QSET/quality/2025").json();
        List<String> ranges = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("rule").asString().equals("range")) {
                ranges.add(f.path("explanation").asString());
            }
        });
        // every month of the example's 800,000 to 1,100,000 Nm3 is above 500,000
        assertThat(ranges).hasSize(12).allSatisfy(text -> assertThat(text).contains("NG-PAINT", "above the configured range"));

        range.put("enabled", false);
        assertThat(api().put("/api/v1/plants/QSET/quality/settings", range).status()).isEqualTo(200);
        assertThat(api().get("/api/v1/plants/QSET/quality/settings").json()).hasSize(1);
        assertThat(api().get("/api/v1/plants/QSET/quality/2025").body()).doesNotContain("above the configured range");

        Api.Response unknown = api().put("/api/v1/plants/QSET/quality/settings", Map.of("rule", "astrology"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").get(0).path("field").asString()).isEqualTo("rule");
        Api.Response subMeter = api().put("/api/v1/plants/QSET/quality/settings", Map.of("rule", "sub-meter"));
        assertThat(subMeter.status()).isEqualTo(400);
        assertThat(subMeter.json().path("detail").asString()).contains("main meter");
        assertThat(api().put("/api/v1/plants/QSET/quality/settings", Map.of("rule", "flat-line", "threshold", 1.5)).status())
                .isEqualTo(400);
        assertThat(api().get("/api/v1/quality/rules").json()).hasSize(QualityRule.values().length);
    }

    @Test
    void theDataDictionaryDescribesEveryFieldOfTheMainTablesAndEveryCode() throws IOException {
        Api.Response response = api().get("/api/v1/data-dictionary");
        assertThat(response.status()).isEqualTo(200);
        JsonNode dictionary = response.json();
        Map<String, JsonNode> tables = new HashMap<>();
        dictionary.path("tables").forEach(t -> tables.put(t.path("name").asString(), t));
        for (DataDictionary.Table described : DataDictionary.describedTables()) {
            JsonNode table = tables.get(described.name());
            assertThat(table).as(described.name()).isNotNull();
            table.path("columns").forEach(column -> {
                String where = described.name() + "." + column.path("name").asString();
                assertThat(column.path("type").asString()).as(where).isNotBlank();
                assertThat(column.path("en").asString()).as(where).isNotBlank();
                assertThat(column.path("zh").asString()).as(where).isNotBlank();
            });
            Set<String> names = new HashSet<>();
            table.path("columns").forEach(column -> names.add(column.path("name").asString()));
            assertThat(names).as("every described column exists in the database: " + described.name())
                    .containsAll(described.columns().stream().map(DataDictionary.Column::name).toList());
        }
        JsonNode estimation = null;
        for (JsonNode column : tables.get("activity_datum").path("columns")) {
            if (column.path("name").asString().equals("estimation_method")) {
                estimation = column;
            }
        }
        assertThat(estimation).isNotNull();
        assertThat(estimation.path("type").asString()).isEqualTo("text");
        assertThat(estimation.path("zh").asString()).isEqualTo("估算方法（空 = 实测或录入）");

        Map<String, Set<String>> codes = new HashMap<>();
        dictionary.path("codes").forEach(c -> codes.computeIfAbsent(c.path("list").asString(), k -> new HashSet<>())
                .add(c.path("code").asString()));
        assertThat(codes.get("source type")).hasSize(23).contains("STAT_COMB_NG", "ELEC_PURCHASED");
        assertThat(codes.get("collection method")).containsExactlyInAnyOrder("METERED", "DIRECT", "MANUAL", "INTEGRATION");
        assertThat(codes.get("activity status")).containsExactlyInAnyOrder("DRAFT", "SUBMITTED", "CORRECTED");
        assertThat(codes.get("quality rule")).contains("missing-period", "anomaly", "sub-meter", "evidence-amount-mismatch");
        assertThat(codes.get("evidence type")).contains("INVOICE", "CALIBRATION_CERTIFICATE");
        assertThat(codes.get("token role")).containsExactlyInAnyOrderElementsOf(java.util.Arrays.stream(Role.values()).map(Enum::name).toList());

        byte[] xlsx = api().getBytes("/api/v1/data-dictionary.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Tables");
            boolean found = false;
            for (Row row : sheet) {
                found |= row.getCell(0).getStringCellValue().equals("activity_datum")
                        && row.getCell(2).getStringCellValue().equals("estimation_method")
                        && row.getCell(6).getStringCellValue().equals("估算方法（空 = 实测或录入）");
            }
            assertThat(found).isTrue();
            assertThat(workbook.getSheet("Codes").getLastRowNum()).isEqualTo(dictionary.path("codes").size());
        }
    }
}
