package io.autoghg.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

@PlatformTest
class OrganisationApiTests {
    @Autowired
    Environment environment;

    private Api api() {
        return Api.of(environment);
    }

    @Test
    void aPlantIsSetUpWithItsBoundaryUnitsEquipmentMetersAndSources() {
        assertThat(api().post("/api/v1/groups", Map.of("code", "ORG-G", "name", "Org group")).status()).isEqualTo(201);
        Map<String, Object> plant = new HashMap<>(Map.of("code", "ORG-P", "name", "Org plant", "group", "ORG-G",
                "boundaryApproach", "EQUITY_SHARE", "equitySharePct", 60));
        JsonNode created = api().post("/api/v1/plants", plant).json();
        assertThat(created.path("groupCode").asString()).isEqualTo("ORG-G");
        assertThat(created.path("equitySharePct").decimalValue()).isEqualByComparingTo("60");

        assertThat(api().post("/api/v1/plants/ORG-P/org-units", Map.of("code", "PAINT", "name", "Paint shop", "nameZh", "涂装车间"))
                .status()).isEqualTo(201);
        assertThat(api().post("/api/v1/plants/ORG-P/equipment", Map.of("code", "OVEN-1", "name", "Top-coat oven", "orgUnit", "PAINT"))
                .status()).isEqualTo(201);
        assertThat(api().post("/api/v1/plants/ORG-P/meters", Map.of("code", "GM-1", "measures", "natural gas", "unit", "Nm3",
                "serialNumber", "SN-001", "accuracyClass", "1.0", "orgUnit", "PAINT", "equipment", "OVEN-1")).status()).isEqualTo(201);
        assertThat(api().post("/api/v1/plants/ORG-P/meters/GM-1/calibrations", Map.of("calibratedOn", "2025-01-10",
                "dueOn", "2026-01-10", "result", "PASSED", "certificate", "CAL-2025-001")).status()).isEqualTo(201);
        assertThat(api().get("/api/v1/plants/ORG-P/meters/GM-1").json().path("calibrationDueOn").asString()).isEqualTo("2026-01-10");

        Map<String, Object> source = new HashMap<>(Map.of("code", "NG-OVEN", "type", "STAT_COMB_NG", "orgUnit", "PAINT",
                "parameters", Map.of("ncv", "0.038931 GJ/Nm3"), "meters", List.of("GM-1"), "screeningEstimateTco2e", 900));
        JsonNode ng = api().post("/api/v1/plants/ORG-P/sources", source).json();
        assertThat(ng.path("collectionMethod").asString()).as("catalogue default").isEqualTo("METERED");
        assertThat(ng.path("frequency").asString()).isEqualTo("DAY");
        assertThat(ng.path("meters").get(0).asString()).isEqualTo("GM-1");
        assertThat(api().post("/api/v1/plants/ORG-P/sources", Map.of("code", "ELEC", "type", "ELEC_PURCHASED",
                "screeningEstimateTco2e", 50000)).status()).isEqualTo(201);
        assertThat(api().post("/api/v1/plants/ORG-P/sources", Map.of("code", "SF6", "type", "FUG_OTHER",
                "parameters", Map.of("gas", "SF6"))).status()).isEqualTo(201);

        JsonNode ranked = api().get("/api/v1/plants/ORG-P/sources?ranked=true").json();
        assertThat(ranked.get(0).path("code").asString()).isEqualTo("ELEC");
        assertThat(ranked.get(1).path("code").asString()).isEqualTo("NG-OVEN");
        assertThat(ranked.get(2).path("code").asString()).as("no estimate comes last").isEqualTo("SF6");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        api().post("/api/v1/plants", Map.of("code", "ORG-Q", "name", "Q"));

        assertField(api().post("/api/v1/plants", Map.of("code", "ORG-R", "name", "R", "boundaryApproach", "EQUITY_SHARE")),
                "equitySharePct");
        assertField(api().post("/api/v1/plants", Map.of("code", "ORG-S", "name", "S", "timezone", "Mars/Olympus")), "timezone");
        assertField(api().post("/api/v1/plants/ORG-Q/meters", Map.of("code", "M", "measures", "gas", "unit", "furlongs")), "unit");
        assertField(api().post("/api/v1/plants/ORG-Q/sources", Map.of("code", "X", "type", "NOT_A_TYPE")), "type");
        assertField(api().post("/api/v1/plants/ORG-Q/sources", Map.of("code", "Y", "type", "STAT_COMB_NG",
                "parameters", Map.of("ncv", "lots"))), "parameters.ncv");
        assertField(api().post("/api/v1/plants/ORG-Q/sources", Map.of("code", "Z", "type", "STAT_COMB_NG", "orgUnit", "NOPE")),
                "orgUnit");
        assertThat(api().post("/api/v1/plants", Map.of("code", "ORG-Q", "name", "again")).status()).isEqualTo(409);
        assertThat(api().get("/api/v1/plants/ORG-Q/sources").json()).isEmpty();
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(field);
    }

    @Test
    void theCatalogueListsEveryTypeBilingually() {
        JsonNode catalogue = api().get("/api/v1/catalogue").json();
        assertThat(catalogue).hasSize(23);
        assertThat(catalogue.get(0).path("nameZh").asString()).isEqualTo("固定源燃烧—天然气");
    }
}
