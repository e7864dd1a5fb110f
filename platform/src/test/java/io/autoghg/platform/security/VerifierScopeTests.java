package io.autoghg.platform.security;

import static io.autoghg.platform.security.EndpointAuthorisationMatrixTests.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.ExamplePlants;
import io.autoghg.platform.testing.PlatformTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * A verifier invited to plant MTX's 2025 reporting period (a VERIFIER token for MTX/2025) reads
 * that year and nothing else, and changes nothing.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifierScopeTests {
    static final String PLANT = EndpointAuthorisationMatrixTests.PLANT;
    static final String OTHER_PLANT = EndpointAuthorisationMatrixTests.OTHER_PLANT;

    @Autowired
    Environment environment;

    private Api admin;
    private Api verifier;
    private long datum2025;
    private long draft2024;

    @BeforeAll
    void aPlantWithDataIn2024And2025AndAVerifierFor2025() {
        admin = Api.of(environment);
        ExamplePlants.ensure(admin, PLANT);
        assertThat(admin.post("/api/v1/plants", Map.of("code", OTHER_PLANT, "name", "Another plant")).status()).isIn(201, 409);
        JsonNode in2024 = admin.get(plant("/activity?to=2025-01-01&size=1")).json().path("items");
        draft2024 = in2024.isEmpty()
                ? created(admin.post(plant("/activity"), Map.of("source", "NG-PAINT", "start", "2024-06-01", "end", "2024-07-01",
                        "quantity", 850_000, "unit", "Nm3", "status", "DRAFT"))).json().path("id").asLong()
                : in2024.get(0).path("id").asLong();
        datum2025 = admin.get(plant("/activity?status=SUBMITTED&from=2025-01-01&size=1")).json().path("items").get(0).path("id").asLong();
        assertThat(admin.get(plant("/inventories/2024")).status()).as("a 2024 inventory, so that 2024 is a period").isEqualTo(200);
        verifier = admin.withToken(token(admin, "verifier-scope", Role.VERIFIER, PLANT, 2025));
    }

    private static Api.Response created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    private static String plant(String rest) {
        return "/api/v1/plants/" + PLANT + rest;
    }

    @Test
    void readsTheInventoryActivityAndQualityOf2025() {
        Api.Response inventory = verifier.get(plant("/inventories/2025"));
        assertThat(inventory.status()).as(inventory.body()).isEqualTo(200);
        assertThat(inventory.json().path("version").asInt()).isPositive();
        assertThat(verifier.get(plant("/activity")).status()).isEqualTo(200);
        assertThat(verifier.get(plant("/activity/" + datum2025)).status()).isEqualTo(200);
        Api.Response quality = verifier.get(plant("/quality/2025"));
        assertThat(quality.status()).as(quality.body()).isEqualTo(200);
        assertThat(verifier.get(plant("/periods/2025")).status()).isEqualTo(200);
        assertThat(verifier.get(plant("/inventories/period?from=2025-01&to=2025-06")).status()).isEqualTo(200);
    }

    @Test
    void isRefusedOtherYearsOfThePlant() {
        assertThat(verifier.get(plant("/inventories/2024")).status()).isEqualTo(403);
        assertThat(verifier.get(plant("/inventories/2024/versions")).status()).isEqualTo(403);
        assertThat(verifier.get(plant("/quality/2024")).status()).isEqualTo(403);
        assertThat(verifier.get(plant("/periods/2024")).status()).isEqualTo(403);
        assertThat(verifier.get(plant("/activity/" + draft2024)).status()).isEqualTo(403);
        assertThat(verifier.get(plant("/inventories/period?from=2024-12&to=2025-01")).status()).as("a range reaching into 2024")
                .isEqualTo(403);
        assertThat(verifier.get(plant("/ledger/check")).status()).as("the whole plant's chain").isEqualTo(403);
    }

    @Test
    void isRefusedOtherPlants() {
        assertThat(verifier.get("/api/v1/plants/" + OTHER_PLANT).status()).isEqualTo(403);
        assertThat(verifier.get("/api/v1/plants/" + OTHER_PLANT + "/activity").status()).isEqualTo(403);
        assertThat(verifier.get("/api/v1/plants/" + OTHER_PLANT + "/inventories/2025").status()).isEqualTo(403);
        assertThat(verifier.get("/api/v1/plants/" + OTHER_PLANT + "/periods/2025").status()).isEqualTo(403);
    }

    @Test
    void seesOnly2025DataInTheActivityList() {
        long all = admin.get(plant("/activity?size=1")).json().path("total").asLong();
        long of2025 = admin.get(plant("/activity?from=2025-01-01&to=2026-01-01&size=1")).json().path("total").asLong();
        assertThat(all).as("the plant has data outside 2025").isGreaterThan(of2025);

        JsonNode seen = verifier.get(plant("/activity?size=1000")).json();
        assertThat(seen.path("total").asLong()).isEqualTo(of2025);
        List<String> starts = new ArrayList<>();
        seen.path("items").forEach(item -> starts.add(item.path("start").asString()));
        assertThat(starts).hasSize((int) of2025).allMatch(start -> start.startsWith("2025-"));
        assertThat(verifier.get(plant("/activity?to=2025-01-01")).json().path("total").asLong()).as("asking for 2024 shows nothing")
                .isZero();
        List<Integer> years = new ArrayList<>();
        verifier.get(plant("/periods")).json().forEach(period -> years.add(period.path("year").asInt()));
        assertThat(years).containsExactly(2025);
    }

    @Test
    void seesOnlyItsPlantAmongPlants() {
        JsonNode plants = verifier.get("/api/v1/plants").json();
        List<String> codes = new ArrayList<>();
        plants.path("items").forEach(plant -> codes.add(plant.path("code").asString()));
        assertThat(codes).containsExactly(PLANT);
        assertThat(plants.path("total").asLong()).isEqualTo(1);
    }

    @Test
    void isRefusedEveryWrite() {
        long before = admin.get(plant("/activity?size=1")).json().path("total").asLong();
        Map<String, Api.Response> writes = new LinkedHashMap<>();
        writes.put("enter a datum", verifier.post(plant("/activity"), Map.of("source", "NG-PAINT", "start", "2025-12-01",
                "end", "2026-01-01", "quantity", 1000, "unit", "Nm3", "status", "DRAFT")));
        writes.put("correct a datum", verifier.post(plant("/activity/" + datum2025 + "/corrections"),
                Map.of("quantity", 1, "reason", "verifier may not")));
        writes.put("submit a draft", verifier.post(plant("/activity/" + draft2024 + "/submit"), Map.of()));
        writes.put("import activity", verifier.upload("/api/v1/imports?plant=" + PLANT, Map.of("activity.csv", ExampleFiles.activity())));
        writes.put("set parameters", verifier.put(plant("/sources/NG-PAINT/parameters"), Map.of("oxidation", "0.98")));
        writes.put("advance the period", verifier.post(plant("/periods/2025/transitions"), Map.of("to", "DATA_COLLECTION")));
        writes.put("close the period", verifier.post(plant("/periods/2025/transitions"), Map.of("to", "CLOSED")));
        writes.put("set production", verifier.put(plant("/production/2025-01"), Map.of("vehicles", 1)));
        writes.put("upload evidence", verifier.multipart(plant("/evidence"), Map.of("type", "INVOICE", "periodStart", "2025-01-01",
                "periodEnd", "2025-02-01"), "file", "invoice.pdf", "application/pdf", Evidences.pdf("verifier")));
        writes.put("seal the ledger", verifier.post(plant("/ledger/seals/2025"), Map.of()));
        writes.put("save a quality setting", verifier.put(plant("/quality/settings"), Map.of("rule", "gap")));
        writes.forEach((write, response) -> assertThat(response.status()).as(write + ": " + response.body()).isEqualTo(403));
        assertThat(admin.get(plant("/activity?size=1")).json().path("total").asLong()).isEqualTo(before);
        assertThat(admin.get(plant("/sources/NG-PAINT")).json().path("parameters").path("oxidation").asString()).isEqualTo("0.99");
    }

    /** Computing a year's first inventory fills the sources' screening estimates: that is no change by the reader. */
    @Test
    void mayBeTheFirstToReadAYearsInventory() {
        ExamplePlants.ensure(admin, "MTX-FIRST");
        Api first = admin.withToken(token(admin, "verifier-first", Role.VERIFIER, "MTX-FIRST", 2025));
        Api.Response inventory = first.get("/api/v1/plants/MTX-FIRST/inventories/2025");
        assertThat(inventory.status()).as(inventory.body()).isEqualTo(200);
        assertThat(inventory.json().path("version").asInt()).isEqualTo(1);
    }
}
