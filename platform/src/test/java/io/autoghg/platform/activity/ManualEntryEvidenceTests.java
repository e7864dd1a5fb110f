package io.autoghg.platform.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.PlatformTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/** A manual entry needs evidence whose period covers it (6.4.3.3 b); imports and metered sources do not. */
@PlatformTest
class ManualEntryEvidenceTests {
    static final String PLANT = "ACT-EV";

    @Autowired
    Environment environment;

    private Api api;

    @BeforeEach
    void plant() {
        api = Api.of(environment);
        synchronized (ManualEntryEvidenceTests.class) {
            if (api.get("/api/v1/plants/" + PLANT).status() == 404) {
                assertThat(api.upload("/api/v1/imports", Map.of("plant.yaml", ExampleFiles.plant(PLANT))).status()).isEqualTo(200);
            }
        }
    }

    private static Map<String, Object> lpg(String start, String end, Object quantity, List<Long> evidence) {
        Map<String, Object> body = new HashMap<>();
        body.put("source", "LPG-FORKLIFT");
        body.put("start", start);
        body.put("end", end);
        body.put("quantity", quantity);
        body.put("unit", "kg");
        if (evidence != null) {
            body.put("evidenceIds", evidence);
        }
        return body;
    }

    private long count() {
        return api.get("/api/v1/plants/" + PLANT + "/activity?size=1").json().path("total").asLong();
    }

    private static JsonNode onlyError(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors")).hasSize(1);
        return response.json().path("errors").get(0);
    }

    @Test
    void aManualEntryWithoutEvidenceIsRefusedAndNothingIsStored() {
        long before = count();
        JsonNode error = onlyError(api.post("/api/v1/plants/" + PLANT + "/activity", lpg("2025-03-01", "2025-04-01", 2900, null)));

        assertThat(error.path("field").asString()).isEqualTo("evidenceIds");
        assertThat(error.path("message").asString())
                .startsWith("a manual entry needs evidence (invoice, stock report …) whose period covers 2025-03-01 to 2025-04-01");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void evidenceOfAnotherMonthIsRefusedNamingBothPeriods() {
        long february = Evidences.invoice(api, PLANT, "2025-02-01", "2025-03-01");
        long before = count();

        JsonNode error = onlyError(api.post("/api/v1/plants/" + PLANT + "/activity",
                lpg("2025-04-01", "2025-05-01", 2900, List.of(february))));

        assertThat(error.path("field").asString()).isEqualTo("evidenceIds");
        assertThat(error.path("message").asString())
                .isEqualTo("evidence " + february + " covers 2025-02-01 to 2025-03-01 but the datum is 2025-04-01 to 2025-05-01");
        assertThat(count()).isEqualTo(before);
        assertThat(api.get("/api/v1/plants/" + PLANT + "/evidence/" + february).json().path("data")).as("nothing linked").isEmpty();
    }

    @Test
    void coveringEvidenceIsAcceptedAndLinked() {
        long quarter = Evidences.invoice(api, PLANT, "2025-07-01", "2025-10-01");

        Api.Response response = api.post("/api/v1/plants/" + PLANT + "/activity", lpg("2025-08-01", "2025-09-01", 2700, List.of(quarter)));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        long datum = response.json().path("id").asLong();
        assertThat(api.get("/api/v1/plants/" + PLANT + "/evidence/" + quarter).json().path("data").get(0).asLong()).isEqualTo(datum);
        JsonNode linked = api.get("/api/v1/plants/" + PLANT + "/evidence?datum=" + datum).json();
        assertThat(linked.path("total").asLong()).isEqualTo(1);
        assertThat(linked.path("items").get(0).path("id").asLong()).isEqualTo(quarter);
    }

    @Test
    void aCoveringRecordDoesNotExcuseOneOfAnotherPeriod() {
        long june = Evidences.invoice(api, PLANT, "2025-06-01", "2025-07-01");
        long january = Evidences.invoice(api, PLANT, "2025-01-01", "2025-02-01");

        JsonNode error = onlyError(api.post("/api/v1/plants/" + PLANT + "/activity",
                lpg("2025-06-01", "2025-07-01", 2600, List.of(june, january))));

        assertThat(error.path("message").asString()).isEqualTo("evidence " + january + " covers 2025-01-01 to 2025-02-01, "
                + "outside the datum's period 2025-06-01 to 2025-07-01; link only evidence of this period");
    }

    @Test
    void evidenceOfAnotherPlantOrUnknownIsRefused() {
        long before = count();
        JsonNode error = onlyError(api.post("/api/v1/plants/" + PLANT + "/activity",
                lpg("2025-10-01", "2025-11-01", 2500, List.of(999_999L))));

        assertThat(error.path("field").asString()).isEqualTo("evidenceIds");
        assertThat(error.path("message").asString()).isEqualTo("plant " + PLANT + " has no evidence 999999");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void engineProblemsAndEvidenceProblemsAreReportedTogether() {
        Map<String, Object> body = lpg("2025-11-01", "2025-12-01", 2500, null);
        body.put("unit", "MWh");

        Api.Response response = api.post("/api/v1/plants/" + PLANT + "/activity", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"unit\"", "\"field\":\"evidenceIds\"");
    }

    @Test
    void aDraftWaitsForItsEvidenceAndASubmitWithoutItIsRefused() {
        Map<String, Object> body = lpg("2025-12-01", "2026-01-01", 2400, null);
        body.put("status", "DRAFT");
        Api.Response draft = api.post("/api/v1/plants/" + PLANT + "/activity", body);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long id = draft.json().path("id").asLong();

        JsonNode error = onlyError(api.post("/api/v1/plants/" + PLANT + "/activity/" + id + "/submit", Map.of()));
        assertThat(error.path("message").asString()).contains("whose period covers 2025-12-01 to 2026-01-01");
        assertThat(api.get("/api/v1/plants/" + PLANT + "/activity/" + id).json().path("status").asString()).isEqualTo("DRAFT");

        long november = Evidences.invoice(api, PLANT, "2025-11-01", "2025-12-01");
        JsonNode wrong = onlyError(api.post("/api/v1/plants/" + PLANT + "/activity/" + id + "/submit",
                Map.of("evidenceIds", List.of(november))));
        assertThat(wrong.path("message").asString()).contains("covers 2025-11-01 to 2025-12-01 but the datum is 2025-12-01 to 2026-01-01");
        assertThat(api.get("/api/v1/plants/" + PLANT + "/evidence?datum=" + id).json().path("total").asLong())
                .as("a refused submit links nothing").isZero();

        long december = Evidences.invoice(api, PLANT, "2025-12-01", "2026-01-01");
        Api.Response submitted = api.post("/api/v1/plants/" + PLANT + "/activity/" + id + "/submit",
                Map.of("evidenceIds", List.of(december)));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(api.get("/api/v1/plants/" + PLANT + "/evidence?datum=" + id).json().path("items").get(0).path("id").asLong())
                .isEqualTo(december);
    }

    @Test
    void aCorrectionToAnotherPeriodNeedsEvidenceOfThatPeriod() {
        long may = Evidences.invoice(api, PLANT, "2025-05-01", "2025-06-01");
        long id = api.post("/api/v1/plants/" + PLANT + "/activity", lpg("2025-05-01", "2025-06-01", 2800, List.of(may)))
                .json().path("id").asLong();

        JsonNode error = onlyError(api.post("/api/v1/plants/" + PLANT + "/activity/" + id + "/corrections",
                Map.of("quantity", 2800, "start", "2025-05-02", "end", "2025-06-02", "reason", "period typed wrong")));
        assertThat(error.path("message").asString())
                .isEqualTo("evidence " + may + " covers 2025-05-01 to 2025-06-01 but the datum is 2025-05-02 to 2025-06-02");
        assertThat(api.get("/api/v1/plants/" + PLANT + "/activity/" + id).json().path("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void meteredSourcesAndImportsDoNotNeedEvidence() {
        Map<String, Object> body = new HashMap<>(Map.of("source", "NG-PAINT", "start", "2025-01-01", "end", "2025-02-01",
                "quantity", 1000, "unit", "Nm3"));
        assertThat(api.post("/api/v1/plants/" + PLANT + "/activity", body).status()).isEqualTo(201);

        String csv = "source,start,end,quantity,unit\nCO2-WELDING,2025-01-01,2025-02-01,500,kg\n";
        Api.Response imported = api.upload("/api/v1/imports?plant=" + PLANT, Map.of("welding.csv", csv.getBytes()));
        assertThat(imported.status()).as("an import is a bulk load, not a manual entry").isEqualTo(200);
    }
}
