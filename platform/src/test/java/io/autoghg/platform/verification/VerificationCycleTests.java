package io.autoghg.platform.verification;

import static io.autoghg.platform.verification.People.period;
import static io.autoghg.platform.verification.People.verification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.PlatformTest;
import io.autoghg.platform.testing.SessionApi;
import io.autoghg.platform.testing.ExamplePlants;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8's acceptance walk-through: a plant's 2025 goes through the whole reporting cycle with an
 * invited verifier; a finding on one datum forces a correction, the correction makes a new inventory
 * version, and the verifier's statement covers that version before the manager closes the year.
 */
@PlatformTest
class VerificationCycleTests {
    static final String PLANT = "VFY";
    static final int YEAR = 2025;
    /**
     * January gas of the paint shop: 900 000 Nm3 on the meter, 850 000 Nm3 on the invoice. The
     * correction removes 50 000 Nm3 × 0.038931 GJ/Nm3 × 0.01532 tC/GJ × 0.99 × 44/12
     * = 108.250 759 98 t CO2 from the total (ExamplePlants.NG_PAINT per Nm3 × 50 000).
     */
    static final BigDecimal CORRECTION_TCO2E = new BigDecimal("108.25075998");

    @Autowired
    Environment environment;

    @Test
    void aPlantGoesThroughTheWholeCycleWithAVerifierAndAFindingThatForcesACorrection() {
        Api admin = Api.of(environment);
        ExamplePlants.ensure(admin, PLANT);
        JsonNode first = admin.get("/api/v1/plants/" + PLANT + "/inventories/" + YEAR).json();
        SessionApi accountant = People.withRole(environment, "a.zhao", "ACCOUNTANT", PLANT);
        SessionApi manager = People.withRole(environment, "m.wang", "PLANT_MANAGER", PLANT);

        for (String to : List.of("DATA_COLLECTION", "REVIEW", "VERIFICATION")) {
            Api.Response moved = accountant.post(period(PLANT, YEAR) + "/transitions", Map.of("to", to));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }

        // the accountant invites the verifier: a new account, a one-time password shown once, VERIFIER for VFY/2025 only
        Api.Response invited = accountant.post(verification(PLANT, YEAR) + "/invitations",
                Map.of("username", "v.li", "displayName", "Li Wei (verification body)", "email", "v.li@verifier.example"));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().path("accountCreated").asBoolean()).isTrue();
        String oneTimePassword = invited.json().path("oneTimePassword").asString();
        assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(12);
        long accountId = invited.json().path("engagement").path("accountId").asLong();
        JsonNode account = admin.get("/api/v1/users/" + accountId).json();
        assertThat(account.path("mustChangePassword").asBoolean()).isTrue();
        assertThat(account.path("grants")).hasSize(1);
        assertThat(account.path("grants").get(0).path("role").asString()).isEqualTo("VERIFIER");
        assertThat(account.path("grants").get(0).path("plantCode").asString()).isEqualTo(PLANT);
        assertThat(account.path("grants").get(0).path("year").asInt()).isEqualTo(YEAR);
        assertThat(accountant.get(verification(PLANT, YEAR) + "/invitations").json().get(0).path("username").asString())
                .isEqualTo("v.li");

        // the verifier signs in as a person; nothing but the password change is allowed before it
        SessionApi verifier = SessionApi.signIn(environment, "v.li", oneTimePassword);
        assertThat(verifier.get(verification(PLANT, YEAR) + "/findings").status()).isEqualTo(403);
        verifier.changePassword(oneTimePassword, "Verifier-Chose-This-2025");

        // a reproducible random sample of submitted data, each datum with its evidence
        Api.Response drawn = verifier.post(verification(PLANT, YEAR) + "/samples", Map.of("size", 12, "seed", 20251231));
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
        JsonNode sample = drawn.json();
        assertThat(sample.path("seed").asLong()).isEqualTo(20251231L);
        assertThat(sample.path("population").asInt()).isEqualTo(300); // the example's 300 rows of 2025 (one of its rows is of 2024)
        assertThat(sample.path("data")).hasSize(12);
        sample.path("data").forEach(d -> {
            assertThat(d.path("datum").path("status").asString()).isEqualTo("SUBMITTED");
            assertThat(d.path("evidence").isArray()).isTrue();
        });
        JsonNode again = verifier.post(verification(PLANT, YEAR) + "/samples", Map.of("size", 12, "seed", 20251231)).json();
        assertThat(ids(again)).isEqualTo(ids(sample));
        assertThat(verifier.get(verification(PLANT, YEAR) + "/samples").json()).hasSize(2);

        // the verifier opens a finding on January's paint-shop gas
        long datum = admin.get("/api/v1/plants/" + PLANT + "/activity?source=NG-PAINT&from=2025-01-01&to=2025-02-01").json()
                .path("items").get(0).path("id").asLong();
        Api.Response opened = verifier.post(verification(PLANT, YEAR) + "/findings", Map.of("subjectKind", "DATUM",
                "subjectRef", String.valueOf(datum), "title", "meter reading does not match the invoice",
                "text", "The January gas invoice states 850 000 Nm3; the datum has 900 000 Nm3.", "severity", "MAJOR"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        long finding = opened.json().path("id").asLong();
        assertThat(opened.json().path("status").asString()).isEqualTo("OPEN");

        // neither a statement nor a close while the finding is open
        Api.Response early = verifier.post(verification(PLANT, YEAR) + "/statement", statement());
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().path("detail").asString()).contains("findings [" + finding + "]");
        Api.Response closingTooEarly = manager.post(period(PLANT, YEAR) + "/transitions", Map.of("to", "CLOSED"));
        assertThat(closingTooEarly.status()).as(closingTooEarly.body()).isEqualTo(409);
        assertThat(closingTooEarly.json().path("detail").asString()).contains("verification statement must be issued");
        assertThat(admin.get(period(PLANT, YEAR)).json().path("state").asString()).isEqualTo("VERIFICATION");

        // the verifier asks for the invoice; the accountant uploads it and answers with it
        Api.Response asked = verifier.post(verification(PLANT, YEAR) + "/findings", Map.of("subjectKind", "EVIDENCE_REQUEST",
                "subjectRef", String.valueOf(datum), "title", "January gas invoice", "text", "Please provide the January gas invoice.",
                "severity", "OBSERVATION"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        long request = asked.json().path("id").asLong();
        Api.Response uploaded = accountant.multipart("/api/v1/plants/" + PLANT + "/evidence", Map.of("type", "INVOICE",
                "periodStart", "2025-01-01", "periodEnd", "2025-02-01", "issuer", "Shenergy Gas", "amount", "850000", "amountUnit", "Nm3"),
                "file", "gas-2025-01.pdf", Evidences.pdf("gas invoice January 2025: 850 000 Nm3"));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long invoice = uploaded.json().path("id").asLong();
        Api.Response answered = accountant.post(verification(PLANT, YEAR) + "/findings/" + request + "/response",
                Map.of("text", "The invoice is attached.", "evidenceIds", List.of(invoice)));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().path("thread").get(1).path("evidenceIds").get(0).asLong()).isEqualTo(invoice);
        assertThat(verifier.post(verification(PLANT, YEAR) + "/findings/" + request + "/close",
                Map.of("status", "ACCEPTED", "resolution", "Invoice received.")).status()).isEqualTo(200);

        // the accountant corrects the datum (the year is in VERIFICATION, not closed), linking the invoice, and responds
        int versionsBefore = admin.get("/api/v1/plants/" + PLANT + "/inventories/" + YEAR + "/versions").json().size();
        Api.Response corrected = accountant.post("/api/v1/plants/" + PLANT + "/activity/" + datum + "/corrections",
                Map.of("quantity", 850000, "reason", "corrected to the January invoice (finding F-" + finding + ")",
                        "evidenceIds", List.of(invoice)));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        long correction = corrected.json().path("id").asLong();
        Api.Response responded = accountant.post(verification(PLANT, YEAR) + "/findings/" + finding + "/response",
                Map.of("text", "Corrected to 850 000 Nm3 as on the invoice.", "datumId", correction));
        assertThat(responded.status()).as(responded.body()).isEqualTo(200);
        assertThat(responded.json().path("status").asString()).isEqualTo("RESPONDED");

        // a new inventory version, smaller by the hand-computed amount
        JsonNode latest = accountant.get("/api/v1/plants/" + PLANT + "/inventories/" + YEAR).json();
        JsonNode versions = admin.get("/api/v1/plants/" + PLANT + "/inventories/" + YEAR + "/versions").json();
        assertThat(versions.size()).isEqualTo(versionsBefore + 1);
        int newVersion = latest.path("version").asInt();
        assertThat(newVersion).isGreaterThan(first.path("version").asInt());
        BigDecimal before = versions.get(versions.size() - 2).path("totalTco2e").decimalValue();
        BigDecimal after = versions.get(versions.size() - 1).path("totalTco2e").decimalValue();
        assertThat(before.subtract(after)).isCloseTo(CORRECTION_TCO2E, within(new BigDecimal("0.000002")));

        // a sample of every submitted datum now holds the correction with the invoice, which the verifier can download
        JsonNode everything = verifier.post(verification(PLANT, YEAR) + "/samples", Map.of("size", 300)).json();
        JsonNode sampled = null;
        for (JsonNode d : everything.path("data")) {
            if (d.path("datum").path("id").asLong() == correction) {
                sampled = d;
            }
        }
        assertThat(sampled).as("the correction is among the sampled data").isNotNull();
        JsonNode file = sampled.path("evidence").get(0);
        assertThat(file.path("id").asLong()).isEqualTo(invoice);
        assertThat(file.path("fileName").asString()).isEqualTo("gas-2025-01.pdf");
        assertThat(file.path("sha256").asString()).hasSize(64);
        Api.Response content = verifier.get(file.path("content").asString());
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.body()).contains("850 000 Nm3");

        // the verifier accepts the response; the finding is closed, its thread tells the story
        Api.Response accepted = verifier.post(verification(PLANT, YEAR) + "/findings/" + finding + "/close",
                Map.of("status", "ACCEPTED", "resolution", "Correction checked against the invoice."));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        JsonNode thread = verifier.get(verification(PLANT, YEAR) + "/findings/" + finding).json().path("thread");
        assertThat(thread).extracting(c -> c.path("kind").asString()).containsExactly("OPENED", "RESPONSE", "CLOSED");
        assertThat(thread.get(1).path("datumId").asLong()).isEqualTo(correction);

        // the statement covers the new version
        Api.Response issued = verifier.post(verification(PLANT, YEAR) + "/statement", statement());
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode statement = issued.json();
        assertThat(statement.path("inventoryVersion").asInt()).isEqualTo(newVersion);
        assertThat(statement.path("inputsHash").asString()).isEqualTo(latest.path("inputsHash").asString());
        assertThat(statement.path("assurance").asString()).isEqualTo("REASONABLE");
        assertThat(statement.path("materialityPct").decimalValue()).isEqualByComparingTo("5");
        assertThat(statement.path("opinion").asString()).isEqualTo("UNMODIFIED");
        assertThat(verifier.post(verification(PLANT, YEAR) + "/statement", statement()).status()).isEqualTo(409); // once per version

        // the manager approves: the period closes with the version the statement covers
        Api.Response closed = manager.post(period(PLANT, YEAR) + "/transitions", Map.of("to", "CLOSED"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        JsonNode history = closed.json().path("history");
        assertThat(history.get(history.size() - 1).path("inventoryVersion").asInt()).isEqualTo(newVersion);
        assertThat(accountant.get(verification(PLANT, YEAR) + "/invitations").json().get(0).path("status").asString())
                .isEqualTo("COMPLETED");

        // the statement and the resolved finding are in the sealed ledger; the chain and data check out
        JsonNode bundle = admin.get("/api/v1/plants/" + PLANT + "/ledger/" + YEAR + "/bundle").json();
        JsonNode statementEntry = entry(bundle, "statement.issued", YEAR + "/statement/" + statement.path("id").asLong());
        assertThat(statementEntry.path("payload").asString()).contains("\"inventoryVersion\":" + newVersion, "\"opinion\":\"UNMODIFIED\"");
        assertThat(bundle.path("sealedHashes").toString()).contains(statementEntry.path("hash").asString());
        JsonNode findingEntry = entry(bundle, "finding.resolved", YEAR + "/finding/" + finding);
        assertThat(findingEntry.path("payload").asString()).contains("\"status\":\"ACCEPTED\"", "\"data\":[" + correction + "]");
        JsonNode check = admin.get("/api/v1/plants/" + PLANT + "/ledger/check").json();
        assertThat(check.path("ok").asBoolean()).as(check.toString()).isTrue();

        // a closed year takes no more verification work until it is reopened
        assertThat(verifier.post(verification(PLANT, YEAR) + "/findings", Map.of("subjectKind", "GENERAL", "title", "late",
                "text", "after the close")).status()).isEqualTo(409);
        assertThat(verifier.post(verification(PLANT, YEAR) + "/statement", statement()).status()).isEqualTo(409);

        // the statement is part of the record
        JsonNode shown = verifier.get(verification(PLANT, YEAR) + "/statement").json();
        assertThat(shown.path("id").asLong()).isEqualTo(statement.path("id").asLong());
        assertThat(manager.get(verification(PLANT, YEAR) + "/statement").json().path("inventoryVersion").asInt()).isEqualTo(newVersion);
    }

    private static Map<String, Object> statement() {
        return Map.of("assurance", "REASONABLE", "materialityPct", 5, "opinion", "UNMODIFIED",
                "text", "In our opinion the 2025 GHG inventory of plant VFY is fairly stated, in all material respects.");
    }

    private static List<Long> ids(JsonNode sample) {
        List<Long> ids = new ArrayList<>();
        sample.path("data").forEach(d -> ids.add(d.path("datum").path("id").asLong()));
        return ids;
    }

    private static JsonNode entry(JsonNode bundle, String kind, String subject) {
        for (JsonNode entry : bundle.path("entries")) {
            if (entry.path("kind").asString().equals(kind) && entry.path("subject").asString().equals(subject)) {
                return entry;
            }
        }
        throw new AssertionError("no ledger entry " + kind + " " + subject + " in the bundle");
    }
}
