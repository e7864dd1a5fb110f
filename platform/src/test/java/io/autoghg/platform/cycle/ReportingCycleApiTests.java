package io.autoghg.platform.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.PlatformTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

@PlatformTest
class ReportingCycleApiTests {
    @Autowired
    Environment environment;

    private Api api() {
        return Api.of(environment);
    }

    private void importExample(String plant) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("plant.yaml", ExampleFiles.plant(plant));
        files.put("activity.csv", ExampleFiles.activity());
        assertThat(api().upload("/api/v1/imports", files).status()).isEqualTo(200);
    }

    private Api.Response move(String plant, int year, String to, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (reason != null) {
            body.put("reason", reason);
        }
        return api().post("/api/v1/plants/" + plant + "/periods/" + year + "/transitions", body);
    }

    private static String field(Api.Response response) {
        return response.json().path("errors").get(0).path("field").asString();
    }

    private void close(String plant, int year, String... steps) {
        for (String to : steps) {
            Api.Response moved = move(plant, year, to, null);
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
    }

    @Test
    void periodsMoveForwardAndBackWithReasons() {
        importExample("CYC-T");
        JsonNode open = api().get("/api/v1/plants/CYC-T/periods/2025").json();
        assertThat(open.path("state").asString()).isEqualTo("OPEN");
        assertThat(open.path("history")).isEmpty();

        Api.Response skipping = move("CYC-T", 2025, "REVIEW", null);
        assertThat(skipping.status()).isEqualTo(400);
        assertThat(field(skipping)).isEqualTo("to");
        assertThat(field(move("CYC-T", 2025, "NONSENSE", null))).isEqualTo("to");

        assertThat(move("CYC-T", 2025, "DATA_COLLECTION", null).status()).isEqualTo(200);
        assertThat(move("CYC-T", 2025, "REVIEW", "data complete").status()).isEqualTo(200);
        Api.Response back = move("CYC-T", 2025, "DATA_COLLECTION", null);
        assertThat(back.status()).isEqualTo(400);
        assertThat(field(back)).isEqualTo("reason");
        Api.Response backWithReason = move("CYC-T", 2025, "DATA_COLLECTION", "March gas bill missing");
        assertThat(backWithReason.status()).as(backWithReason.body()).isEqualTo(200);
        assertThat(backWithReason.json().path("state").asString()).isEqualTo("DATA_COLLECTION");
        assertThat(move("CYC-T", 2025, "REVIEW", null).status()).isEqualTo(200);
        assertThat(move("CYC-T", 2025, "VERIFICATION", null).status()).isEqualTo(200);
        assertThat(move("CYC-T", 2025, "REVIEW", "verifier asked for a recount").status()).isEqualTo(200);

        JsonNode period = api().get("/api/v1/plants/CYC-T/periods/2025").json();
        assertThat(period.path("state").asString()).isEqualTo("REVIEW");
        assertThat(period.path("allowed").toString()).contains("VERIFICATION", "DATA_COLLECTION");
        JsonNode history = period.path("history");
        assertThat(history).hasSize(6);
        assertThat(history.get(2).path("from").asString()).isEqualTo("REVIEW");
        assertThat(history.get(2).path("to").asString()).isEqualTo("DATA_COLLECTION");
        assertThat(history.get(2).path("reason").asString()).isEqualTo("March gas bill missing");
        assertThat(history.get(5).path("reason").asString()).isEqualTo("verifier asked for a recount");
        assertThat(history.get(0).path("actor").asString()).isNotBlank();

        assertThat(api().get("/api/v1/plants/CYC-T/periods").json().toString()).contains("\"year\":2025", "\"state\":\"REVIEW\"");
        assertThat(api().post("/api/v1/plants/CYC-T/periods/2025/reopen", Map.of("reason", "x")).status())
                .as("only a closed period is reopened").isEqualTo(409);

        Api.Response base = api().put("/api/v1/plants/CYC-T/periods/2024/base-year",
                Map.of("baseYear", true, "significanceThresholdPct", 4.5));
        assertThat(base.status()).as(base.body()).isEqualTo(200);
        assertThat(base.json().path("baseYear").asBoolean()).isTrue();
        assertThat(base.json().path("significanceThresholdPct").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(base.json().path("state").asString()).isEqualTo("OPEN");
        assertThat(field(api().put("/api/v1/plants/CYC-T/periods/2024/base-year",
                Map.of("baseYear", true, "significanceThresholdPct", 150)))).isEqualTo("significanceThresholdPct");
    }

    @Test
    void aClosedPeriodIsSealedLockedAndReopenedWithANewVersion() {
        importExample("CYC-A");
        long rows = api().get("/api/v1/plants/CYC-A/activity?size=1").json().path("total").asLong();
        close("CYC-A", 2025, "DATA_COLLECTION", "REVIEW", "VERIFICATION", "CLOSED");

        JsonNode closed = api().get("/api/v1/plants/CYC-A/periods/2025").json();
        assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("canReopen").asBoolean()).isTrue();
        assertThat(closed.path("history").get(3).path("inventoryVersion").asInt()).isEqualTo(1);
        assertThat(api().get("/api/v1/plants/CYC-A/inventories/2025").json().path("version").asInt()).isEqualTo(1);
        Api.Response seal = api().get("/api/v1/plants/CYC-A/ledger/seals/2025");
        assertThat(seal.status()).as(seal.body()).isEqualTo(200);
        String firstRoot = seal.json().path("merkleRoot").asString();
        assertThat(firstRoot).isNotBlank();
        assertThat(move("CYC-A", 2025, "VERIFICATION", "oops").status()).as("no step back from CLOSED").isEqualTo(400);

        // a manual entry in the closed year
        long invoice = Evidences.invoice(api(), "CYC-A", "2025-03-01", "2025-04-01");
        Map<String, Object> entry = new HashMap<>(Map.of("source", "LPG-FORKLIFT", "start", "2025-03-01", "end", "2025-04-01",
                "quantity", 2900, "unit", "kg", "evidenceIds", List.of(invoice)));
        assertClosed(api().post("/api/v1/plants/CYC-A/activity", entry));
        // a correction
        JsonNode january = api().get("/api/v1/plants/CYC-A/activity?source=CO2-WELDING&to=2025-02-01").json().path("items").get(0);
        long id = january.path("id").asLong();
        long report = Evidences.invoice(api(), "CYC-A", "2025-01-01", "2025-02-01");
        Map<String, Object> correction = Map.of("quantity", 7400, "reason", "stock re-counted", "evidenceIds", List.of(report));
        assertClosed(api().post("/api/v1/plants/CYC-A/activity/" + id + "/corrections", correction));
        // an import touching 2025
        assertClosed(api().upload("/api/v1/imports?plant=CYC-A", Map.of("late.csv",
                "source,start,end,quantity,unit,item\nLPG-FORKLIFT,2025-12-15,2026-01-15,100,kg,\n".getBytes(StandardCharsets.UTF_8))));
        // a parameter change of a source
        assertClosed(api().put("/api/v1/plants/CYC-A/sources/REFR-CHILLER/parameters",
                Map.of("gas", "HFC-134a", "method", "screening", "leakRate", "10 %")));
        assertThat(api().get("/api/v1/plants/CYC-A/activity?size=1").json().path("total").asLong()).isEqualTo(rows);
        assertThat(api().get("/api/v1/plants/CYC-A/sources/REFR-CHILLER").json().toString()).doesNotContain("10 %");
        assertThat(api().get("/api/v1/plants/CYC-A/inventories/2025").json().path("version").asInt()).isEqualTo(1);

        // another year still takes data
        long next = Evidences.invoice(api(), "CYC-A", "2026-01-01", "2026-02-01");
        Map<String, Object> later = new HashMap<>(Map.of("source", "LPG-FORKLIFT", "start", "2026-01-01", "end", "2026-02-01",
                "quantity", 2900, "unit", "kg", "evidenceIds", List.of(next)));
        Api.Response written = api().post("/api/v1/plants/CYC-A/activity", later);
        assertThat(written.status()).as(written.body()).isEqualTo(201);

        // reopening needs a reason
        Api.Response noReason = api().post("/api/v1/plants/CYC-A/periods/2025/reopen", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(field(noReason)).isEqualTo("reason");
        Api.Response reopened = api().post("/api/v1/plants/CYC-A/periods/2025/reopen", Map.of("reason", "verifier finding F-1"));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.json().path("state").asString()).isEqualTo("DATA_COLLECTION");

        Api.Response corrected = api().post("/api/v1/plants/CYC-A/activity/" + id + "/corrections", correction);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(api().get("/api/v1/plants/CYC-A/inventories/2025").json().path("version").asInt()).isEqualTo(2);

        close("CYC-A", 2025, "REVIEW", "VERIFICATION", "CLOSED");
        JsonNode history = api().get("/api/v1/plants/CYC-A/periods/2025").json().path("history");
        assertThat(history).hasSize(8);
        assertThat(history.get(4).path("to").asString()).isEqualTo("DATA_COLLECTION");
        assertThat(history.get(4).path("reason").asString()).isEqualTo("verifier finding F-1");
        assertThat(history.get(7).path("to").asString()).isEqualTo("CLOSED");
        assertThat(history.get(7).path("inventoryVersion").asInt()).isEqualTo(2);
        String secondRoot = api().get("/api/v1/plants/CYC-A/ledger/seals/2025").json().path("merkleRoot").asString();
        assertThat(secondRoot).isNotBlank().isNotEqualTo(firstRoot);
        String bundle = api().get("/api/v1/plants/CYC-A/ledger/2025/bundle").body();
        assertThat(bundle).as("the closing, the reopening and the second closing are on the chain")
                .contains("\"period.closed\"", "\"period.reopened\"", "verifier finding F-1");
    }

    private static void assertClosed(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.body()).contains("CYC-A", "2025", "closed; reopen it with a reason first");
    }
}
