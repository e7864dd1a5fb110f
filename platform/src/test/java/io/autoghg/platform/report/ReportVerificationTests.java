package io.autoghg.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.PlatformTest;
import io.autoghg.platform.testing.SessionApi;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * The "Verification" section of the reports: the statement that covers the report's inventory
 * version (verifier, assurance, materiality, opinion, text, version and hash), or that the version is
 * not verified — and, after a correction, which version the year's statement covers instead.
 */
@PlatformTest
class ReportVerificationTests {
    static final String PLANT = "RPT-VER";
    static final String OPINION = "In our opinion the 2025 GHG statement of the plant is fairly stated in all material respects.";

    @Autowired
    Environment environment;

    private Api api() {
        return Api.of(environment);
    }

    private String report(String standard, String lang) {
        HttpResponse<byte[]> response = api().download("/api/v1/plants/" + PLANT + "/reports/2025?standard=" + standard + "&lang=" + lang);
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return String.join("\n", ReportPlants.pages(response.body())).replaceAll("\\s+", " ");
    }

    @Test
    void aReportNamesTheStatementThatCoversItsVersionAndOtherwiseSaysItIsNotVerified() {
        ReportPlants.ensure(api(), PLANT);
        assertThat(report("ghgp", "en")).contains("Verification", "Not verified: no verification statement has been issued for 2025",
                "the inventory version 1 of this report is not verified");
        assertThat(report("ghgp", "zh")).contains("未经核查：2025 年度尚未出具核查声明");

        for (String to : List.of("DATA_COLLECTION", "REVIEW", "VERIFICATION")) {
            assertThat(api().post("/api/v1/plants/" + PLANT + "/periods/2025/transitions", Map.of("to", to)).status()).isEqualTo(200);
        }
        Api.Response invited = api().post("/api/v1/plants/" + PLANT + "/periods/2025/verification/invitations",
                Map.of("username", "v.zhou", "displayName", "Zhou Min (CTI Verification)"));
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String oneTime = invited.json().path("oneTimePassword").asString();
        SessionApi verifier = SessionApi.signIn(environment, "v.zhou", oneTime).changePassword(oneTime, "Verifier-Zhou-Chose-2025");
        Api.Response issued = verifier.post("/api/v1/plants/" + PLANT + "/periods/2025/verification/statement",
                Map.of("assurance", "REASONABLE", "materialityPct", 5, "opinion", "UNMODIFIED", "text", OPINION));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonNode statement = issued.json();

        String verified = report("iso14064", "en");
        assertThat(verified).contains("ISO 14064-1:2018, 9.3.1", "Verified: the inventory version 1 of this report is covered",
                "Zhou Min (CTI Verification), v.zhou", "reasonable assurance", "5 %", "unmodified opinion", OPINION,
                "1 · sha256 " + statement.path("inputsHash").asString(), "entered verification on");

        // a correction after the statement: the draft of version 2 is not verified; the statement covers version 1
        long datum = api().get("/api/v1/plants/" + PLANT + "/activity?source=LPG-FORKLIFT&to=2025-02-01").json().path("items").get(0)
                .path("id").asLong();
        long invoice = Evidences.invoice(api(), PLANT, "2025-01-01", "2025-02-01");
        Api.Response corrected = api().post("/api/v1/plants/" + PLANT + "/activity/" + datum + "/corrections",
                Map.of("quantity", 3100, "reason", "invoice re-read", "evidenceIds", List.of(invoice)));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(report("ghgp", "en")).contains("Not verified: the inventory version 2 of this report is not (yet) verified",
                "A verification statement of 2025 exists for inventory version 1").doesNotContain(OPINION);
    }
}
