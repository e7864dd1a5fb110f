package io.autoghg.platform.verification;

import static io.autoghg.platform.verification.People.period;
import static io.autoghg.platform.verification.People.verification;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.PlatformTest;
import io.autoghg.platform.testing.SessionApi;
import io.autoghg.platform.testing.ExamplePlants;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * A verifier invited to plant VFI's 2025 sees that period only and changes no data: every refusal is
 * checked on the API (signed in as a person, session and CSRF token), not only in the console. The
 * example plant has one datum of 2024 (ELEC-GRID, December 2024); VFO is another plant.
 */
@PlatformTest
class VerifierIsolationTests {
    static final String PLANT = "VFI";
    static final String OTHER = "VFO";
    private static SessionApi verifier;
    private static long datum2025;
    private static long datum2024;
    private static long evidence2025;
    private static long evidence2024;

    @Autowired
    Environment environment;

    private synchronized SessionApi verifier() {
        if (verifier == null) {
            Api admin = Api.of(environment);
            ExamplePlants.ensure(admin, PLANT);
            ExamplePlants.ensure(admin, OTHER);
            Api.Response invited = admin.post(verification(PLANT, 2025) + "/invitations", Map.of("username", "v.iso",
                    "displayName", "Isolated verifier"));
            assertThat(invited.status()).as(invited.body()).isEqualTo(201);
            String oneTime = invited.json().path("oneTimePassword").asString();
            verifier = SessionApi.signIn(environment, "v.iso", oneTime).changePassword(oneTime, "Isolated-Verifier-Pass-9");
            JsonNode data = admin.get("/api/v1/plants/" + PLANT + "/activity?size=1000").json().path("items");
            for (JsonNode d : data) {
                if (d.path("start").asString().startsWith("2024")) {
                    datum2024 = d.path("id").asLong();
                } else if (datum2025 == 0) {
                    datum2025 = d.path("id").asLong();
                }
            }
            assertThat(admin.get("/api/v1/plants/" + PLANT + "/inventories/2024").status()).isEqualTo(200);
            assertThat(admin.get("/api/v1/plants/" + PLANT + "/inventories/2025").status()).isEqualTo(200);
            evidence2025 = Evidences.invoice(admin, PLANT, "2025-03-01", "2025-04-01");
            evidence2024 = Evidences.invoice(admin, PLANT, "2024-12-01", "2025-01-01");
        }
        return verifier;
    }

    @Test
    void seesOnlyItsPlantAndYear() {
        SessionApi v = verifier();
        JsonNode plants = v.get("/api/v1/plants").json();
        assertThat(plants.path("items")).extracting(p -> p.path("code").asString()).containsExactly(PLANT);
        assertThat(v.get("/api/v1/plants/" + PLANT).status()).isEqualTo(200);

        JsonNode data = v.get("/api/v1/plants/" + PLANT + "/activity?size=1000").json();
        assertThat(data.path("total").asInt()).isEqualTo(300);
        data.path("items").forEach(d -> assertThat(d.path("start").asString()).startsWith("2025"));
        assertThat(v.get("/api/v1/plants/" + PLANT + "/activity/" + datum2025).status()).isEqualTo(200);
        assertThat(v.get("/api/v1/plants/" + PLANT + "/activity/" + datum2024).status()).isEqualTo(403);
        assertThat(v.get("/api/v1/plants/" + PLANT + "/inventories/2025").status()).isEqualTo(200);
        assertThat(v.get("/api/v1/plants/" + PLANT + "/periods").json()).extracting(p -> p.path("year").asInt()).containsExactly(2025);

        assertThat(v.get("/api/v1/plants/" + PLANT + "/evidence/" + evidence2025).status()).isEqualTo(200);
        assertThat(v.get("/api/v1/plants/" + PLANT + "/evidence/" + evidence2025 + "/content").status()).isEqualTo(200);
        assertThat(v.get("/api/v1/plants/" + PLANT + "/evidence/" + evidence2024).status()).isEqualTo(403);
        assertThat(v.get("/api/v1/plants/" + PLANT + "/evidence/" + evidence2024 + "/content").status()).isEqualTo(403);
        assertThat(v.get("/api/v1/plants/" + PLANT + "/evidence?size=1000").json().path("items"))
                .extracting(e -> e.path("id").asLong()).contains(evidence2025).doesNotContain(evidence2024);
    }

    @Test
    void isRefusedAnotherYearOfItsPlant() {
        SessionApi v = verifier();
        for (String path : List.of(period(PLANT, 2024), "/api/v1/plants/" + PLANT + "/inventories/2024",
                "/api/v1/plants/" + PLANT + "/inventories/2024/versions", "/api/v1/plants/" + PLANT + "/quality/2024",
                "/api/v1/plants/" + PLANT + "/production?year=2024", verification(PLANT, 2024) + "/findings",
                verification(PLANT, 2024) + "/statement", "/api/v1/plants/" + PLANT + "/ledger/check")) {
            assertThat(v.get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(v.post(verification(PLANT, 2024) + "/findings", finding(String.valueOf(datum2024))).status()).isEqualTo(403);
        assertThat(v.post(verification(PLANT, 2025) + "/findings", finding(String.valueOf(datum2024))).status()).isEqualTo(403);
    }

    @Test
    void isRefusedEveryOtherPlant() {
        SessionApi v = verifier();
        for (String path : List.of("/api/v1/plants/" + OTHER, "/api/v1/plants/" + OTHER + "/activity",
                "/api/v1/plants/" + OTHER + "/sources", "/api/v1/plants/" + OTHER + "/evidence",
                "/api/v1/plants/" + OTHER + "/inventories/2025", period(OTHER, 2025), "/api/v1/plants/" + OTHER + "/periods",
                "/api/v1/plants/" + OTHER + "/quality/2025", verification(OTHER, 2025) + "/findings",
                verification(OTHER, 2025) + "/invitations", verification(OTHER, 2025) + "/samples",
                "/api/v1/plants/" + OTHER + "/ledger/check")) {
            assertThat(v.get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(v.post(verification(OTHER, 2025) + "/findings", finding("NG-PAINT")).status()).isEqualTo(403);
        assertThat(v.post(verification(OTHER, 2025) + "/samples", Map.of("size", 3)).status()).isEqualTo(403);
        // refused before the input is looked at: 403, not 400 (bad body) or 404 (no such plant or finding)
        assertThat(v.post(verification(OTHER, 2025) + "/findings", Map.of()).status()).isEqualTo(403);
        assertThat(v.post(verification("NO-SUCH-PLANT", 2025) + "/findings", Map.of()).status()).isEqualTo(403);
        assertThat(v.post(verification(OTHER, 2025) + "/findings/999999/close", Map.of()).status()).isEqualTo(403);
        assertThat(v.post(verification(PLANT, 2025) + "/invitations", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void changesNoData() {
        SessionApi v = verifier();
        String plant = "/api/v1/plants/" + PLANT;
        JsonNode before = v.get(plant + "/activity/" + datum2025).json();
        Map<String, Object> entry = Map.of("source", "NG-PAINT", "start", "2025-06-15", "end", "2025-06-16", "quantity", 1,
                "unit", "Nm3", "status", "SUBMITTED");
        assertThat(v.post(plant + "/activity", entry).status()).isEqualTo(403);
        assertThat(v.post(plant + "/activity", Map.of("source", "NG-PAINT", "start", "2025-06-15", "end", "2025-06-16",
                "quantity", 1, "unit", "Nm3", "status", "DRAFT")).status()).isEqualTo(403);
        assertThat(v.post(plant + "/activity/" + datum2025 + "/corrections", Map.of("quantity", 1, "reason", "verifier")).status())
                .isEqualTo(403);
        assertThat(v.post(plant + "/activity/" + datum2025 + "/submit", Map.of()).status()).isEqualTo(403);
        assertThat(v.put(plant + "/production/2025-01", Map.of("vehicles", 1)).status()).isEqualTo(403);
        assertThat(v.put(plant + "/sources/NG-PAINT/parameters", Map.of("ncv", "0.04 GJ/Nm3")).status()).isEqualTo(403);
        assertThat(v.put(plant + "/sources/NG-PAINT/screening-estimate", Map.of("tco2e", 1)).status()).isEqualTo(403);
        assertThat(v.post(plant + "/quality/fill", Map.of("source", "NG-PAINT", "from", "2025-01-01", "to", "2025-01-02",
                "method", "linear")).status()).isEqualTo(403);
        assertThat(v.multipart("/api/v1/imports?plant=" + PLANT, Map.of(), "files", "activity.csv",
                ExampleFiles.activity()).status()).isEqualTo(403);
        assertThat(v.multipart("/api/v1/imports", Map.of(), "files", "plant.yaml", ExampleFiles.plant(PLANT)).status()).isEqualTo(403);
        assertThat(v.multipart(plant + "/evidence", Map.of("type", "INVOICE", "periodStart", "2025-01-01", "periodEnd", "2025-02-01"),
                "file", "mine.pdf", Evidences.pdf("a verifier's upload")).status()).isEqualTo(403);
        assertThat(v.post(plant + "/ledger/seals/2025", Map.of()).status()).isEqualTo(403);
        assertThat(v.post("/api/v1/plants", Map.of("code", "VF-NEW", "name", "new")).status()).isEqualTo(403);
        assertThat(v.post(plant + "/sources", Map.of("code", "NEW", "type", "STAT_COMB_NG")).status()).isEqualTo(403);

        JsonNode after = v.get(plant + "/activity/" + datum2025).json();
        assertThat(after.path("quantity").decimalValue()).isEqualByComparingTo(before.path("quantity").decimalValue());
        assertThat(after.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(v.get(plant + "/activity?size=1000").json().path("total").asInt()).isEqualTo(300);
    }

    @Test
    void cannotMoveCloseOrReopenThePeriodNorInviteNorAnswerFindings() {
        SessionApi v = verifier();
        for (String to : List.of("DATA_COLLECTION", "REVIEW", "VERIFICATION", "CLOSED")) {
            assertThat(v.post(period(PLANT, 2025) + "/transitions", Map.of("to", to)).status()).as(to).isEqualTo(403);
        }
        assertThat(v.post(period(PLANT, 2025) + "/reopen", Map.of("reason", "verifier")).status()).isEqualTo(403);
        assertThat(v.put(period(PLANT, 2025) + "/base-year", Map.of("baseYear", true)).status()).isEqualTo(403);
        assertThat(v.post(verification(PLANT, 2025) + "/invitations", Map.of("username", "v.friend")).status()).isEqualTo(403);
        assertThat(v.get("/api/v1/users").status()).isEqualTo(403);

        // what the verifier may do: open a finding, comment, close it; the plant's answer is not theirs to give
        Api.Response opened = v.post(verification(PLANT, 2025) + "/findings", finding(String.valueOf(datum2025)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long id = opened.json().path("id").asLong();
        assertThat(v.post(verification(PLANT, 2025) + "/findings/" + id + "/response", Map.of("text", "answering myself")).status())
                .isEqualTo(403);
        assertThat(v.post(verification(PLANT, 2025) + "/findings/" + id + "/comments", Map.of("text", "more detail")).status())
                .isEqualTo(201);
        assertThat(v.post(verification(PLANT, 2025) + "/findings/" + id + "/close", Map.of("status", "REJECTED",
                "resolution", "not answered")).status()).isEqualTo(200);
    }

    private static Map<String, Object> finding(String ref) {
        return Map.of("subjectKind", ref.matches("\\d+") ? "DATUM" : "SOURCE", "subjectRef", ref, "title", "check", "text", "please check");
    }
}
