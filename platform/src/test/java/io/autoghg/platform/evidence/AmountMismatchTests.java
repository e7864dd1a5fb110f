package io.autoghg.platform.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.PlatformTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** Evidence amounts against the data they back: more than 2 % apart is a mismatch for the quality findings. */
@PlatformTest
class AmountMismatchTests {
    static final String PLANT = "EVI-M";

    private final Environment environment;
    private final EvidenceService evidence;

    @Autowired
    AmountMismatchTests(Environment environment, EvidenceService evidence) {
        this.environment = environment;
        this.evidence = evidence;
    }

    private long enter(Api api, String source, String start, String end, Object quantity, String unit, long evidenceId,
                       String status) {
        Map<String, Object> body = new HashMap<>(Map.of("source", source, "start", start, "end", end, "quantity", quantity,
                "unit", unit, "evidenceIds", List.of(evidenceId), "status", status));
        Api.Response response = api.post("/api/v1/plants/" + PLANT + "/activity", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    @Test
    void amountsMoreThanTwoPercentApartAreMismatches() {
        Api api = Api.of(environment);
        assertThat(api.upload("/api/v1/imports", Map.of("plant.yaml", ExampleFiles.plant(PLANT))).status()).isEqualTo(200);

        long march = Evidences.invoice(api, PLANT, "2025-03-01", "2025-04-01", "3000", "kg");
        long marchDatum = enter(api, "LPG-FORKLIFT", "2025-03-01", "2025-04-01", 2900, "kg", march, "SUBMITTED");
        long april = Evidences.invoice(api, PLANT, "2025-04-01", "2025-05-01", "2.95", "t");
        enter(api, "LPG-FORKLIFT", "2025-04-01", "2025-05-01", 2950, "kg", april, "SUBMITTED");
        long may = Evidences.invoice(api, PLANT, "2025-05-01", "2025-06-01", "2.95", "t");
        enter(api, "LPG-FORKLIFT", "2025-05-01", "2025-06-01", 2900, "kg", may, "SUBMITTED"); // 1.7 % below: tolerated
        long quarter = Evidences.invoice(api, PLANT, "2025-07-01", "2025-10-01", "9000", "kg");
        long july = enter(api, "LPG-FORKLIFT", "2025-07-01", "2025-08-01", 3000, "kg", quarter, "SUBMITTED");
        long august = enter(api, "LPG-FORKLIFT", "2025-08-01", "2025-09-01", 3000, "kg", quarter, "SUBMITTED");
        long september = enter(api, "LPG-FORKLIFT", "2025-09-01", "2025-10-01", 3300, "kg", quarter, "SUBMITTED");
        long litres = Evidences.invoice(api, PLANT, "2025-10-01", "2025-11-01", "5000", "L");
        enter(api, "LPG-FORKLIFT", "2025-10-01", "2025-11-01", 2500, "kg", litres, "SUBMITTED"); // L against kg: not comparable
        long draft = Evidences.invoice(api, PLANT, "2025-11-01", "2025-12-01", "100", "kg");
        enter(api, "LPG-FORKLIFT", "2025-11-01", "2025-12-01", 2500, "kg", draft, "DRAFT"); // drafts do not count

        List<AmountMismatch> mismatches = evidence.amountMismatches(PLANT, 2025);

        assertThat(mismatches).extracting(AmountMismatch::evidenceId).containsExactly(march, quarter);
        AmountMismatch first = mismatches.get(0);
        assertThat(first.datumId()).isEqualTo(marchDatum);
        assertThat(first.datumAmount()).isEqualByComparingTo("2900");
        assertThat(first.evidenceAmount()).isEqualByComparingTo("3000");
        assertThat(first.unit()).isEqualTo("kg");
        assertThat(first.differencePct()).isEqualByComparingTo("-3.33");
        AmountMismatch summed = mismatches.get(1);
        assertThat(summed.datumId()).isEqualTo(july);
        assertThat(summed.dataIds()).containsExactly(july, august, september);
        assertThat(summed.datumAmount()).isEqualByComparingTo("9300");
        assertThat(summed.differencePct()).isEqualByComparingTo("3.33");
        assertThat(evidence.amountMismatches(PLANT, 2024)).isEmpty();

        // a correction to the invoiced amount replaces the datum and keeps its evidence: the mismatch is gone
        Api.Response corrected = api.post("/api/v1/plants/" + PLANT + "/activity/" + marchDatum + "/corrections",
                Map.of("quantity", 3000, "reason", "invoice re-read"));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(evidence.amountMismatches(PLANT, 2025)).extracting(AmountMismatch::evidenceId).containsExactly(quarter);
    }
}
