package io.autoghg.platform.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.PlatformTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PlatformTest
class LedgerApiTests {
    @Autowired
    Environment environment;
    @Autowired
    JdbcClient jdbc;

    private Api api() {
        return Api.of(environment);
    }

    private void importExample(String plant) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("plant.yaml", ExampleFiles.plant(plant));
        files.put("activity.csv", ExampleFiles.activity());
        assertThat(api().upload("/api/v1/imports", files).status()).isEqualTo(200);
    }

    private long rows(String plant) {
        return api().get("/api/v1/plants/" + plant + "/activity?size=1").json().path("total").asLong();
    }

    @Test
    void importCorrectionAndInventoryAreChainedSealedExportedAndVerify() {
        importExample("LEDG-A");
        long imported = rows("LEDG-A");
        assertThat(imported).isPositive();
        long entries = jdbc.sql("select count(*) from ledger_entry e join plant p on p.id = e.plant_id where p.code = 'LEDG-A'")
                .query(Long.class).single();
        assertThat(entries).as("one entry per imported datum").isEqualTo(imported);

        JsonNode january = api().get("/api/v1/plants/LEDG-A/activity?source=CO2-WELDING&to=2025-02-01").json().path("items").get(0);
        long id = january.path("id").asLong();
        long stockReport = Evidences.invoice(api(), "LEDG-A", "2025-01-01", "2025-02-01");
        Api.Response corrected = api().post("/api/v1/plants/LEDG-A/activity/" + id + "/corrections",
                Map.of("quantity", 7400, "reason", "stock report re-counted", "evidenceIds", List.of(stockReport)));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        long correction = corrected.json().path("id").asLong();
        assertThat(api().get("/api/v1/plants/LEDG-A/inventories/2025").json().path("version").asInt()).isEqualTo(1);

        List<Map<String, Object>> last = jdbc.sql("""
                        select kind, subject, payload from ledger_entry e join plant p on p.id = e.plant_id
                        where p.code = 'LEDG-A' order by seq desc limit 2""").query().listOfRows();
        assertThat(last.get(0).get("kind")).isEqualTo("inventory.version");
        assertThat(last.get(0).get("subject")).isEqualTo("2025/inventory/1");
        assertThat(last.get(1).get("kind")).isEqualTo("datum.corrected");
        assertThat(last.get(1).get("subject")).isEqualTo("2025/datum/" + correction);
        assertThat((String) last.get(1).get("payload")).contains("\"corrects\":" + id, "\"quantity\":\"7400\"",
                "\"reason\":\"stock report re-counted\"");

        JsonNode check = api().get("/api/v1/plants/LEDG-A/ledger/check").json();
        assertThat(check.path("ok").asBoolean()).as(check.toString()).isTrue();

        Api.Response seal = api().post("/api/v1/plants/LEDG-A/ledger/seals/2025", Map.of());
        assertThat(seal.status()).as(seal.body()).isEqualTo(201);
        long of2025 = jdbc.sql("""
                        select count(*) from ledger_entry e join plant p on p.id = e.plant_id
                        where p.code = 'LEDG-A' and subject like '2025/%'""").query(Long.class).single();
        assertThat(of2025).as("all but data starting before 2025, plus correction and inventory").isBetween(imported - 12, imported + 2);
        assertThat(seal.json().path("entries").asLong()).isEqualTo(of2025);
        assertThat(api().post("/api/v1/plants/LEDG-A/ledger/seals/2019", Map.of()).status()).isEqualTo(409);
        assertThat(api().get("/api/v1/plants/LEDG-A/ledger/2019/bundle").status()).isEqualTo(404);

        Api.Response bundle = api().get("/api/v1/plants/LEDG-A/ledger/2025/bundle");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.json().path("sealedHashes")).hasSize((int) of2025);
        BundleVerifier.Result result = BundleVerifier.verify(bundle.body(), correction);
        assertThat(result.ok()).as(String.join("\n", result.lines())).isTrue();
        assertThat(result.lines().get(0)).isEqualTo("chain: " + (imported + 2) + " entries, hashes and links OK");
        assertThat(result.lines()).contains("signature: OK (Ed25519)");
        assertThat(result.lines().get(3)).startsWith("datum " + correction + ": included (proof of ");

        String tampered = bundle.body().replace("\\\"quantity\\\":\\\"7400\\\"", "\\\"quantity\\\":\\\"740\\\"");
        assertThat(tampered).isNotEqualTo(bundle.body());
        BundleVerifier.Result broken = BundleVerifier.verify(tampered, null);
        assertThat(broken.ok()).isFalse();
        assertThat(broken.failure()).startsWith("chain: entry seq ").contains("hash expected");
    }

    @Test
    void aParameterChangeIsChainedAndARefusedOneLeavesNoEntry() {
        importExample("LEDG-D");
        long before = count("LEDG-D");
        Api.Response changed = api().put("/api/v1/plants/LEDG-D/sources/REFR-CHILLER/parameters",
                Map.of("gas", "HFC-134a", "method", "screening", "leakRate", "10 %"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(count("LEDG-D")).isEqualTo(before + 1);
        Map<String, Object> last = jdbc.sql("""
                        select kind, subject, payload from ledger_entry e join plant p on p.id = e.plant_id
                        where p.code = 'LEDG-D' order by seq desc limit 1""").query().singleRow();
        assertThat(last.get("kind")).isEqualTo("source.parameters");
        assertThat((String) last.get("subject")).endsWith("/source/REFR-CHILLER");
        assertThat(last.get("payload"))
                .isEqualTo("{\"parameters\":{\"gas\":\"HFC-134a\",\"leakRate\":\"10 %\",\"method\":\"screening\"},"
                        + "\"source\":\"REFR-CHILLER\"}");

        assertThat(api().put("/api/v1/plants/LEDG-D/sources/WWTP-CH4/parameters", Map.of("bo", "0.25")).status()).isEqualTo(400);
        assertThat(count("LEDG-D")).as("the refused change rolled its entry back").isEqualTo(before + 1);
        assertThat(api().get("/api/v1/plants/LEDG-D/ledger/check").json().path("ok").asBoolean()).isTrue();
    }

    private long count(String plant) {
        return jdbc.sql("select count(*) from ledger_entry e join plant p on p.id = e.plant_id where p.code = ?").param(plant)
                .query(Long.class).single();
    }

    @Test
    void aRowEditedBehindTheServicesBackIsReported() {
        importExample("LEDG-B");
        long id = api().get("/api/v1/plants/LEDG-B/activity?size=1").json().path("items").get(0).path("id").asLong();
        Object quantity = jdbc.sql("select quantity from activity_datum where id = ?").param(id).query().singleValue();
        jdbc.sql("update activity_datum set quantity = quantity + 1 where id = ?").param(id).update();
        long seq = jdbc.sql("select max(seq) from ledger_entry where subject like ?").param("%/datum/" + id).query(Long.class).single();

        JsonNode check = api().get("/api/v1/plants/LEDG-B/ledger/check").json();
        assertThat(check.path("ok").asBoolean()).isFalse();
        assertThat(check.path("chainOk").asBoolean()).isTrue();
        List<String> problems = new ArrayList<>();
        check.path("dataProblems").forEach(p -> problems.add(p.asString()));
        assertThat(problems).containsExactly("datum " + id + ": quantity "
                + new java.math.BigDecimal(quantity.toString()).add(java.math.BigDecimal.ONE).toPlainString() + " in the table, "
                + new java.math.BigDecimal(quantity.toString()).toPlainString() + " in the ledger entry " + seq);
    }

    @Test
    void aLedgerEntryEditedInTheDatabaseBreaksTheChain() {
        importExample("LEDG-C");
        long seq = jdbc.sql("""
                        select min(seq) + 3 from ledger_entry e join plant p on p.id = e.plant_id where p.code = 'LEDG-C'""")
                .query(Long.class).single();
        jdbc.sql("update ledger_entry set payload = replace(payload, '\"status\":\"SUBMITTED\"', '\"status\":\"DRAFT\"') where seq = ?")
                .param(seq).update();
        JsonNode check = api().get("/api/v1/plants/LEDG-C/ledger/check").json();
        assertThat(check.path("chainOk").asBoolean()).isFalse();
        assertThat(check.path("chainProblem").asString()).startsWith("entry seq " + seq + ": hash expected ");
    }
}
