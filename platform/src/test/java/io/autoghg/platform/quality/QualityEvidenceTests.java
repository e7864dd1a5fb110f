package io.autoghg.platform.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.PlatformTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * The evidence module's amount comparison appears among the quality findings (rule
 * evidence-amount-mismatch), and a manual entry with linked evidence counts as "entered with evidence".
 */
@PlatformTest
class QualityEvidenceTests {
    static final String PLANT = "QEVI";

    @Autowired
    Environment environment;

    @Test
    void anEvidenceAmountThatDiffersFromTheEntryIsAFinding() {
        Api api = Api.of(environment);
        assertThat(api.upload("/api/v1/imports", Map.of("plant.yaml", ExampleFiles.plant(PLANT))).status()).isEqualTo(200);
        long invoice = Evidences.invoice(api, PLANT, "2025-03-01", "2025-04-01", "3000", "kg");
        Map<String, Object> body = new HashMap<>(Map.of("source", "LPG-FORKLIFT", "start", "2025-03-01", "end", "2025-04-01",
                "quantity", 2900, "unit", "kg", "evidenceIds", List.of(invoice)));
        Api.Response entered = api.post("/api/v1/plants/" + PLANT + "/activity", body);
        assertThat(entered.status()).as(entered.body()).isEqualTo(201);
        long datum = entered.json().path("id").asLong();

        JsonNode report = api.get("/api/v1/plants/" + PLANT + "/quality/2025").json();
        List<JsonNode> mismatches = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("rule").asString().equals("evidence-amount-mismatch")) {
                mismatches.add(f);
            }
        });
        assertThat(mismatches).hasSize(1);
        JsonNode finding = mismatches.get(0);
        assertThat(finding.path("source").asString()).isEqualTo("LPG-FORKLIFT");
        assertThat(finding.path("from").asString()).isEqualTo("2025-03-01");
        assertThat(finding.path("to").asString()).isEqualTo("2025-04-01");
        assertThat(finding.path("severity").asString()).isEqualTo("warning");
        // (2,900 − 3,000) / 3,000 = −3.33 %
        assertThat(finding.path("explanation").asString()).isEqualTo("LPG-FORKLIFT: evidence " + invoice + " states 3,000 kg, datum "
                + datum + " states 2,900 kg: -3.33 % (more than 2 %)");
        JsonNode lpg = null;
        for (JsonNode source : report.path("sources")) {
            if (source.path("source").asString().equals("LPG-FORKLIFT")) {
                lpg = source;
            }
        }
        assertThat(lpg.path("evidencePct").asDouble()).isEqualTo(100.0);
        assertThat(lpg.path("consistency").asDouble()).isEqualTo(0.0);
    }
}
