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

@PlatformTest
class ActivityApiTests {
    @Autowired
    Environment environment;

    private Api api() {
        return Api.of(environment);
    }

    @BeforeEach
    void plant() {
        if (api().get("/api/v1/plants/ACT").status() == 404) {
            assertThat(api().upload("/api/v1/imports", Map.of("plant.yaml", ExampleFiles.plant("ACT"))).status()).isEqualTo(200);
        }
    }

    private static Map<String, Object> datum(String source, String start, String end, Object quantity, String unit) {
        Map<String, Object> body = new HashMap<>();
        body.put("source", source);
        body.put("start", start);
        body.put("end", end);
        body.put("quantity", quantity);
        body.put("unit", unit);
        return body;
    }

    @Test
    void aManualEntryKeepsItsProvenanceAndEvidence() {
        long invoice = Evidences.invoice(api(), "ACT", "2025-03-01", "2025-04-01");
        Map<String, Object> body = datum("LPG-FORKLIFT", "2025-03-01", "2025-04-01", 2900, "kg");
        body.put("evidenceRefs", List.of("INV-2025-03-0042 (invoice)"));
        body.put("evidenceIds", List.of(invoice));
        Api.Response response = api().post("/api/v1/plants/ACT/activity", body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode datum = response.json();
        assertThat(datum.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(datum.path("collectionMethod").asString()).isEqualTo("MANUAL");
        assertThat(datum.path("enteredBy").asString()).isEqualTo("token:bootstrap");
        assertThat(datum.path("evidenceRefs").get(0).asString()).isEqualTo("INV-2025-03-0042 (invoice)");
        assertThat(api().get("/api/v1/plants/ACT/evidence/" + invoice).json().path("data").get(0).asLong())
                .isEqualTo(datum.path("id").asLong());
    }

    @Test
    void anOverlappingPeriodIsRejectedAndNothingIsStored() {
        long statement = Evidences.invoice(api(), "ACT", "2025-05-01", "2025-07-01");
        Map<String, Object> may = datum("LNG-TRUCK", "2025-05-01", "2025-06-01", 4, "t");
        may.put("evidenceIds", List.of(statement));
        assertThat(api().post("/api/v1/plants/ACT/activity", may).status()).isEqualTo(201);
        long before = api().get("/api/v1/plants/ACT/activity?source=LNG-TRUCK").json().path("total").asLong();

        Map<String, Object> overlapping = datum("LNG-TRUCK", "2025-05-15", "2025-06-15", 2, "t");
        overlapping.put("evidenceIds", List.of(statement));
        Api.Response response = api().post("/api/v1/plants/ACT/activity", overlapping);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("start");
        assertThat(response.json().path("errors")).hasSize(1);
        assertThat(response.json().path("errors").get(0).path("file").asString()).as("reported at the new entry").isEqualTo("request");
        assertThat(response.json().path("errors").get(0).path("message").asString()).contains("overlaps", "of datum:");
        assertThat(api().get("/api/v1/plants/ACT/activity?source=LNG-TRUCK").json().path("total").asLong()).isEqualTo(before);
    }

    @Test
    void aUnitThatDoesNotFitTheSourceIsAFieldError() {
        Api.Response response = api().post("/api/v1/plants/ACT/activity", datum("ELEC-GRID", "2025-01-01", "2025-02-01", 10, "Nm3"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("unit");
    }

    @Test
    void invalidBodiesNameTheirFields() {
        Api.Response response = api().post("/api/v1/plants/ACT/activity", Map.of("source", "ELEC-GRID", "quantity", -1));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"quantity\"", "\"field\":\"start\"", "\"field\":\"unit\"");
    }

    @Test
    void aCorrectionKeepsTheOldDatumAndPointsToIt() {
        Map<String, Object> july = datum("DIESEL-FLEET", "2025-07-01", "2025-08-01", 10, "t");
        july.put("evidenceIds", List.of(Evidences.invoice(api(), "ACT", "2025-07-01", "2025-08-01")));
        long id = api().post("/api/v1/plants/ACT/activity", july).json().path("id").asLong();

        JsonNode corrected = api().post("/api/v1/plants/ACT/activity/" + id + "/corrections",
                Map.of("quantity", 11, "reason", "fuel card statement")).json();

        assertThat(corrected.path("correctsId").asLong()).isEqualTo(id);
        assertThat(corrected.path("correctionReason").asString()).isEqualTo("fuel card statement");
        assertThat(api().get("/api/v1/plants/ACT/evidence?datum=" + corrected.path("id").asLong()).json().path("total").asLong())
                .as("the correction keeps the corrected datum's evidence").isEqualTo(1);
        JsonNode old = api().get("/api/v1/plants/ACT/activity/" + id).json();
        assertThat(old.path("status").asString()).isEqualTo("CORRECTED");
        assertThat(old.path("quantity").decimalValue()).isEqualByComparingTo("10");
        assertThat(old.path("correctedById").asLong()).isEqualTo(corrected.path("id").asLong());
        assertThat(api().get("/api/v1/plants/ACT/activity/" + corrected.path("id").asLong() + "/history").json()).hasSize(2);
        Api.Response again = api().post("/api/v1/plants/ACT/activity/" + id + "/corrections", Map.of("quantity", 12, "reason", "x"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aDraftIsNotAccountedUntilSubmitted() {
        Map<String, Object> body = datum("GASOLINE-TEST", "2025-09-01", "2025-10-01", 20000, "L");
        body.put("status", "DRAFT");
        Api.Response draft = api().post("/api/v1/plants/ACT/activity", body);
        assertThat(draft.status()).as("a draft may wait for its evidence").isEqualTo(201);
        long id = draft.json().path("id").asLong();

        assertThat(api().get("/api/v1/plants/ACT/activity/" + id).json().path("status").asString()).isEqualTo("DRAFT");
        Api.Response refused = api().post("/api/v1/plants/ACT/activity/" + id + "/submit", Map.of());
        assertThat(refused.status()).as("a manual entry is not submitted without evidence").isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("evidenceIds");
        assertThat(api().get("/api/v1/plants/ACT/activity/" + id).json().path("status").asString()).isEqualTo("DRAFT");

        long card = Evidences.invoice(api(), "ACT", "2025-09-01", "2025-10-01");
        assertThat(api().post("/api/v1/plants/ACT/activity/" + id + "/submit", Map.of("evidenceIds", List.of(card))).json()
                .path("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void productionVolumesAreKeptPerMonth() {
        assertThat(api().put("/api/v1/plants/ACT/production/2025-03", Map.of("vehicles", 25000)).status()).isEqualTo(200);
        JsonNode months = api().get("/api/v1/plants/ACT/production?year=2025").json();
        assertThat(months.get(0).path("month").asString()).isEqualTo("2025-03");
        assertThat(months.get(0).path("vehicles").asInt()).isEqualTo(25000);
    }
}
