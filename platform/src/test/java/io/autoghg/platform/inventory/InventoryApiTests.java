package io.autoghg.platform.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.PlatformTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

@PlatformTest
class InventoryApiTests {
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

    @Test
    void aCorrectionMakesANewVersionAndTheDiffNamesTheSourceAndTheReason() {
        importExample("INV-A");
        JsonNode first = api().get("/api/v1/plants/INV-A/inventories/2025").json();
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(api().get("/api/v1/plants/INV-A/inventories/2025").json().path("version").asInt())
                .as("unchanged inputs give the stored version").isEqualTo(1);

        JsonNode january = api().get("/api/v1/plants/INV-A/activity?source=CO2-WELDING&to=2025-02-01").json().path("items").get(0);
        assertThat(january.path("quantity").decimalValue()).isEqualByComparingTo("5400");
        long stockReport = Evidences.invoice(api(), "INV-A", "2025-01-01", "2025-02-01"); // a manual source: evidence needed
        Api.Response corrected = api().post("/api/v1/plants/INV-A/activity/" + january.path("id").asLong() + "/corrections",
                Map.of("quantity", 7400, "reason", "stock report re-counted", "evidenceIds", List.of(stockReport)));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);

        JsonNode second = api().get("/api/v1/plants/INV-A/inventories/2025").json();
        assertThat(second.path("version").asInt()).isEqualTo(2);
        assertThat(second.path("inputsHash").asString()).isNotEqualTo(first.path("inputsHash").asString());
        // CO2 shielding gas: +2,000 kg CO2 × purity 1 (library assumption) = +2 t CO2e
        assertThat(second.path("totals").path("total").decimalValue().subtract(first.path("totals").path("total").decimalValue()))
                .isEqualByComparingTo("2");

        JsonNode diff = api().get("/api/v1/plants/INV-A/inventories/2025/diff?from=1&to=2").json();
        assertThat(diff.path("delta").decimalValue()).isEqualByComparingTo("2");
        assertThat(diff.path("sources")).hasSize(1);
        JsonNode change = diff.path("sources").get(0);
        assertThat(change.path("code").asString()).isEqualTo("CO2-WELDING");
        assertThat(change.path("delta").decimalValue()).isEqualByComparingTo("2");
        assertThat(change.path("reasons").get(0).asString()).contains("corrected by datum", "stock report re-counted");

        assertThat(api().get("/api/v1/plants/INV-A/inventories/2025/versions").json()).hasSize(2);
    }

    @Test
    void aParameterChangeShowsInTheDiff() {
        importExample("INV-B");
        api().get("/api/v1/plants/INV-B/inventories/2025");
        Api.Response changed = api().put("/api/v1/plants/INV-B/sources/REFR-CHILLER/parameters",
                Map.of("gas", "HFC-134a", "method", "screening", "leakRate", "10 %"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        JsonNode diff = api().get("/api/v1/plants/INV-B/inventories/2025").json();
        assertThat(diff.path("version").asInt()).isEqualTo(2);
        JsonNode change = api().get("/api/v1/plants/INV-B/inventories/2025/diff?from=1&to=2").json().path("sources").get(0);
        // 1,200 kg HFC-134a × (10 % − 5 %) × 1,300 (AR5) = 78 t CO2e more
        assertThat(change.path("code").asString()).isEqualTo("REFR-CHILLER");
        assertThat(change.path("delta").decimalValue()).isEqualByComparingTo("78");
        assertThat(change.path("reasons").get(0).asString()).isEqualTo("parameter leakRate changed from 5 % to 10 %");
    }

    @Test
    void aParameterChangeThatWouldBreakTheInventoryIsRefusedAndChangesNothing() {
        importExample("INV-E");
        Api.Response refused = api().put("/api/v1/plants/INV-E/sources/WWTP-CH4/parameters", Map.of("bo", "0.25"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("missing required parameter 'mcf'");
        assertThat(api().get("/api/v1/plants/INV-E/sources/WWTP-CH4").json().path("parameters").path("mcf").asString()).isEqualTo("0.3");
        assertThat(api().put("/api/v1/plants/INV-E/sources/REFR-HVAC/parameters", Map.of("gas", "R-999")).body())
                .contains("unknown gas 'R-999'");
    }

    @Test
    void theVersionListAndTheDiffUseTheVersionsOwnTotals() {
        importExample("INV-F");
        JsonNode first = api().get("/api/v1/plants/INV-F/inventories/2025").json();
        JsonNode versions = api().get("/api/v1/plants/INV-F/inventories/2025/versions").json();

        assertThat(versions.get(0).path("totalTco2e").decimalValue()).isEqualByComparingTo(first.path("totals").path("total").decimalValue());
        JsonNode diff = api().get("/api/v1/plants/INV-F/inventories/2025/diff?from=1&to=1").json();
        assertThat(diff.path("totalFrom").decimalValue()).isEqualByComparingTo(first.path("totals").path("total").decimalValue());
        assertThat(diff.path("sources")).isEmpty();
    }

    @Test
    void aRangeOfMonthsIsAccountedOnRequest() {
        importExample("INV-C");
        JsonNode half = api().get("/api/v1/plants/INV-C/inventories/period?from=2025-01&to=2025-06").json();
        // CO2-WELDING January–June: 6,000 kg × (0.9 + 0.8 + 1.0 + 1.0 + 1.05 + 1.1) = 35,100 kg = 35.1 t
        JsonNode welding = null;
        for (JsonNode source : half.path("sources")) {
            if (source.path("code").asString().equals("CO2-WELDING")) {
                welding = source;
            }
        }
        assertThat(welding).isNotNull();
        assertThat(welding.path("tco2e").decimalValue()).isEqualByComparingTo("35.1");
        assertThat(half.path("period").path("to").asString()).isEqualTo("2025-07-01");
        assertThat(half.path("stored").isBoolean()).isTrue();
    }

    @Test
    void unknownPlantAndBadVersionAreProblems() {
        assertThat(api().get("/api/v1/plants/NOPE/inventories/2025").status()).isEqualTo(404);
        importExample("INV-D");
        assertThat(api().get("/api/v1/plants/INV-D/inventories/2025/diff?from=1&to=1").json().path("errors").get(0)
                .path("field").asString()).as("no version computed yet").isEqualTo("from");
        api().get("/api/v1/plants/INV-D/inventories/2025");
        Api.Response response = api().get("/api/v1/plants/INV-D/inventories/2025/diff?from=1&to=9");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("to");
    }
}
