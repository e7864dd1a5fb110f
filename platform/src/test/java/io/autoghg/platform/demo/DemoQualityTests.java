package io.autoghg.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The demo plant as the service seeds it at start-up (autoghg.demo=true, its own database): the
 * quality scorecard of the last full year shows the data problems the demo ships with, each with
 * its explanation, and the calibration lapses.
 */
@PlatformTest
@TestPropertySource(properties = "autoghg.demo=true")
class DemoQualityTests {
    @Autowired
    Environment environment;

    @Test
    void manualDataComeWithTheirEvidenceStoredAndLinked() {
        Api api = Api.of(environment);
        JsonNode page = api.get("/api/v1/plants/DEMO/evidence?size=5").json();
        assertThat(page.path("total").asLong()).isGreaterThan(100);
        JsonNode first = page.path("items").get(0);
        assertThat(first.path("data")).hasSize(1);
        long datum = first.path("data").get(0).asLong();
        JsonNode linked = api.get("/api/v1/plants/DEMO/activity/" + datum).json();
        assertThat(linked.path("collectionMethod").asString()).isEqualTo("MANUAL");
        assertThat(first.path("periodStart").asString()).isEqualTo(linked.path("start").asString());
        assertThat(first.path("amount").decimalValue()).isEqualByComparingTo(linked.path("quantity").decimalValue());
        assertThat(api.getBytes("/api/v1/plants/DEMO/evidence/" + first.path("id").asLong() + "/content"))
                .startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        int year = LocalDate.now(ZoneId.of(DemoData.TIMEZONE)).getYear() - 1;
        assertThat(findings(api.get("/api/v1/plants/DEMO/quality/" + year).json(), "evidence-amount-mismatch", null))
                .as("the sample documents state the entered amounts").isEmpty();
    }

    @Test
    void theRegistersTheSimulatorServesAreCumulativeAndTheFlowTotalisersIntervalMeters() {
        Api api = Api.of(environment);
        // docs/simulator.md §1: EM-* , GM-MAIN and HM-PAINT are registers that count up; GM-PAINT is a flow totaliser
        for (String meter : List.of("EM-PAINT", "EM-LOGISTICS", "GM-MAIN", "HM-PAINT")) {
            assertThat(api.get("/api/v1/plants/DEMO/meters/" + meter + "/register").json().path("kind").asString()).as(meter)
                    .isEqualTo("CUMULATIVE");
        }
        assertThat(api.get("/api/v1/plants/DEMO/meters/GM-PAINT/register").json().path("kind").asString()).isEqualTo("INTERVAL");
    }

    @Test
    void theScorecardOfTheLastFullYearShowsTheShippedDataProblems() {
        Api api = Api.of(environment);
        LocalDate today = LocalDate.now(ZoneId.of(DemoData.TIMEZONE));
        int year = today.getYear() - 1;
        DemoSeries.Problems problems = new DemoData(today).problems();
        Api.Response response = api.get("/api/v1/plants/DEMO/quality/" + year);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        Map<String, List<String>> byRule = new TreeMap<>();
        for (JsonNode finding : report.path("findings")) {
            byRule.computeIfAbsent(finding.path("rule").asString() + " " + finding.path("severity").asString(), k -> new ArrayList<>())
                    .add(finding.path("source").asString("") + " " + finding.path("meter").asString("") + " "
                            + finding.path("from").asString() + ".." + finding.path("to").asString() + ": "
                            + finding.path("explanation").asString());
        }
        System.out.printf("demo %d: completeness %s, accuracy %s, consistency %s, timeliness %s, measured %s %%, %d findings%n", year,
                report.path("completeness"), report.path("accuracy"), report.path("consistency"), report.path("timeliness"),
                report.path("measuredPct"), report.path("findings").size());
        byRule.forEach((rule, list) -> {
            System.out.println("  " + rule + ": " + list.size());
            list.stream().limit(3).forEach(line -> System.out.println("     " + line));
        });

        assertThat(finding(report, "missing-period", "ELEC-OFFICE").path("from").asString()).isEqualTo(problems.missingFrom().toString());
        assertThat(finding(report, "missing-period", "ELEC-OFFICE").path("to").asString()).isEqualTo(problems.missingTo().toString());
        assertThat(finding(report, "missing-period", "ELEC-OFFICE").path("meter").asString()).isEqualTo("EM-OFFICE");
        assertThat(finding(report, "missing-period", "S3-DEALER").path("explanation").asString())
                .contains(problems.missingSurvey().toString());
        JsonNode stuck = finding(report, "flat-line", "HEAT-DISTRICT");
        assertThat(stuck.path("meter").asString()).isEqualTo(DemoSeries.STUCK_METER);
        assertThat(stuck.path("explanation").asString()).contains("consecutive days", "a stuck meter?");
        assertThat(stuck.path("to").asString()).isEqualTo(problems.stuckTo().toString());
        JsonNode spike = finding(report, "range", "NG-PAINT");
        assertThat(spike.path("from").asString()).isEqualTo(problems.spike().toString());
        assertThat(findings(report, "anomaly", "NG-PAINT")).anySatisfy(f -> {
            assertThat(f.path("from").asString()).isEqualTo(problems.spike().toString());
            assertThat(f.path("explanation").asString()).contains("baseline", "MAD", "robust z");
        });
        JsonNode subMeter = finding(report, "sub-meter", "PV-ROOF");
        assertThat(subMeter.path("from").asString()).isEqualTo(problems.exportAboveGeneration().toString());
        assertThat(subMeter.path("explanation").asString()).contains("PVM-EXP", "PVM-GEN", "partial sub-metering");
        assertThat(findings(report, "calibration-lapsed", "HEAT-DISTRICT")).isNotEmpty();
        assertThat(findings(report, "calibration-lapsed", "DIESEL-GEN")).isNotEmpty();
        assertThat(report.path("completeness").asDouble()).isBetween(95.0, 99.99);
        assertThat(report.path("accuracy").asDouble()).isBetween(95.0, 99.99);
        assertThat(report.path("timeliness").asDouble()).isBetween(80.0, 99.0);
        assertThat(report.path("measuredPct").asDouble()).isGreaterThan(90.0);
        assertThat(api.get("/api/v1/plants/DEMO/quality/settings").json()).hasSize(4);
    }

    private static List<JsonNode> findings(JsonNode report, String rule, String source) {
        List<JsonNode> found = new ArrayList<>();
        report.path("findings").forEach(f -> {
            if (f.path("rule").asString().equals(rule) && (source == null || f.path("source").asString("").equals(source))) {
                found.add(f);
            }
        });
        return found;
    }

    private static JsonNode finding(JsonNode report, String rule, String source) {
        List<JsonNode> found = findings(report, rule, source);
        assertThat(found).as(rule + " " + source).hasSize(1);
        return found.get(0);
    }
}
