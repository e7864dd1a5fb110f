package io.autoghg.platform.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Browser;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.ExamplePlants;
import io.autoghg.platform.testing.PlatformTest;
import io.autoghg.platform.testing.SessionApi;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * The base-year recalculation check (docs/reporting-cycle.md §5): the base year as reported when it
 * was closed against its current computation, with the significance threshold.
 *
 * <p>Hand calculation: the example plant's 2025 total is 164,775.903553 tCO2e (accounting's ExamplePlantTests).
 * CO2 shielded-arc welding emits the CO2 bought, t = kg / 1000 × purity 1 (docs/methods.md), so
 * correcting January's 5,400 kg of welding CO2 to 1,005,400 kg adds 1,000 t: 1,000 / 164,775.903553 =
 * 0.607 % → 0.61 %, below the 5 % threshold; correcting it again to 10,005,400 kg makes it 10,000 t
 * more than reported: 10,000 / 164,775.903553 = 6.069 % → 6.07 %, above the threshold.
 */
@PlatformTest
class BaseYearCheckTests {
    static final String PLANT = "BYC";
    static final String CHECK = "/api/v1/plants/" + PLANT + "/periods/base-year-check";

    @Autowired
    Environment environment;

    private Api api() {
        return Api.of(environment);
    }

    private JsonNode check() {
        Api.Response response = api().get(CHECK);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private void move(String... states) {
        for (String to : states) {
            Api.Response moved = api().post("/api/v1/plants/" + PLANT + "/periods/2025/transitions", Map.of("to", to));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
    }

    /** Corrects the datum to this many kg of welding CO2 and returns the new datum's id. */
    private long correct(long datum, int kg) {
        long invoice = Evidences.invoice(api(), PLANT, "2025-01-01", "2025-02-01");
        Api.Response corrected = api().post("/api/v1/plants/" + PLANT + "/activity/" + datum + "/corrections",
                Map.of("quantity", kg, "reason", "welding gas delivery note re-read", "evidenceIds", List.of(invoice)));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        return corrected.json().path("id").asLong();
    }

    @Test
    void aCorrectionOfTheClosedBaseYearAboveTheThresholdCallsForARecalculationBelowItNot() {
        ExamplePlants.ensure(api(), PLANT);
        Api.Response base = api().put("/api/v1/plants/" + PLANT + "/periods/2025/base-year",
                Map.of("baseYear", true, "significanceThresholdPct", 5));
        assertThat(base.status()).as(base.body()).isEqualTo(200);

        JsonNode never = check();
        assertThat(never.path("status").asString()).isEqualTo("NOT_REPORTED");
        assertThat(never.path("baseYear").asInt()).isEqualTo(2025);
        assertThat(never.path("reportedVersion").isNull()).isTrue();
        assertThat(never.path("recalculationNeeded").asBoolean()).isFalse();
        assertThat(never.path("summary").asString()).contains("never been closed");

        move("DATA_COLLECTION", "REVIEW", "VERIFICATION", "CLOSED");
        JsonNode closed = check();
        assertThat(closed.path("status").asString()).isEqualTo("WITHIN_THRESHOLD");
        assertThat(closed.path("reportedVersion").asInt()).isEqualTo(1);
        assertThat(closed.path("currentVersion").asInt()).isEqualTo(1);
        assertThat(closed.path("changeTco2e").decimalValue()).isEqualByComparingTo("0");
        assertThat(closed.path("reportedTotal").decimalValue()).isEqualByComparingTo("164775.903553");

        assertThat(api().post("/api/v1/plants/" + PLANT + "/periods/2025/reopen", Map.of("reason", "welding gas re-counted")).status())
                .isEqualTo(200);
        long january = api().get("/api/v1/plants/" + PLANT + "/activity?source=CO2-WELDING&to=2025-02-01").json().path("items").get(0)
                .path("id").asLong();
        long corrected = correct(january, 1_005_400);
        JsonNode small = check();
        assertThat(small.path("status").asString()).isEqualTo("WITHIN_THRESHOLD");
        assertThat(small.path("reportedVersion").asInt()).isEqualTo(1);
        assertThat(small.path("currentVersion").asInt()).isEqualTo(2);
        assertThat(small.path("changeTco2e").decimalValue()).isCloseTo(new BigDecimal("1000"), within(new BigDecimal("0.000002")));
        assertThat(small.path("changePct").decimalValue()).isEqualByComparingTo("0.61");
        assertThat(small.path("recalculationNeeded").asBoolean()).isFalse();
        assertThat(small.path("sources").get(0).path("code").asString()).isEqualTo("CO2-WELDING");
        assertThat(small.path("sources").get(0).path("reasons").toString()).contains("corrected by datum " + corrected);

        correct(corrected, 10_005_400);
        JsonNode large = check();
        assertThat(large.path("status").asString()).isEqualTo("RECALCULATION_NEEDED");
        assertThat(large.path("currentVersion").asInt()).isEqualTo(3);
        assertThat(large.path("thresholdPct").decimalValue()).isEqualByComparingTo("5");
        assertThat(large.path("changeTco2e").decimalValue()).isCloseTo(new BigDecimal("10000"), within(new BigDecimal("0.000002")));
        assertThat(large.path("changePct").decimalValue()).isEqualByComparingTo("6.07");
        assertThat(large.path("recalculationNeeded").asBoolean()).isTrue();
        assertThat(large.path("summary").asString()).contains("base year 2025 needs recalculation");
        assertThat(large.path("note").asString()).contains("acquisitions", "boundary or source changes of the base year");

        String notice = "Base year 2025 needs recalculation: its emissions changed by 6.07 % (threshold 5 %) since it was reported";
        SessionApi console = SessionApi.signIn(environment, Browser.ADMIN, Browser.ADMIN_PASSWORD);
        Api.Response page = console.get("/periods?plant=" + PLANT + "&lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"base-year-notice\"", notice, "CO2-WELDING: +10,000.000 tCO2e");
        assertThat(console.get("/periods?plant=" + PLANT + "&lang=zh").body())
                .contains("基准年 2025 需要重新计算：自报告以来其排放量变化了 6.07 %（阈值 5 %）");

        HttpResponse<byte[]> report = api().download("/api/v1/plants/" + PLANT + "/reports/2025?standard=ghgp&lang=en");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(text(report.body())).contains(notice, "inventory version 1, 164,775.904 tCO2e",
                "Structural changes (acquisitions, divestments");
    }

    @Test
    void aBaseYearOutsideAVerifiersYearIsRefusedAndAPlantWithoutOneSaysSo() {
        String plant = "BYC-V";
        ExamplePlants.ensure(api(), plant);
        String check = "/api/v1/plants/" + plant + "/periods/base-year-check";
        JsonNode none = api().get(check).json();
        assertThat(none.path("status").asString()).isEqualTo("NO_BASE_YEAR");
        assertThat(none.path("baseYear").isNull()).isTrue();

        assertThat(api().put("/api/v1/plants/" + plant + "/periods/2024/base-year", Map.of("baseYear", true)).status()).isEqualTo(200);
        Api.Response token = api().post("/api/v1/tokens", Map.of("name", "byc-verifier", "role", "VERIFIER", "plantCode", plant,
                "year", 2025));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        Api verifier = api().withToken(token.json().path("token").asString());
        assertThat(verifier.get(check).status()).isEqualTo(403);
        JsonNode unreported = api().get(check).json();
        assertThat(unreported.path("status").asString()).isEqualTo("NOT_REPORTED");
        assertThat(unreported.path("baseYear").asInt()).isEqualTo(2024);
        assertThat(unreported.path("summary").asString()).contains("base year 2024 has never been closed");
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
