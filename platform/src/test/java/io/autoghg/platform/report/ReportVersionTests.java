package io.autoghg.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Which inventory version a report uses: the version recorded when the period was closed — even when
 * a newer version exists — and, while the period is open or reopened, the latest version, marked as a
 * draft; and the comparison with the base year.
 */
@PlatformTest
class ReportVersionTests {
    @Autowired
    Environment environment;

    private Api api() {
        return Api.of(environment);
    }

    private void move(String plant, int year, String... states) {
        for (String to : states) {
            Api.Response moved = api().post("/api/v1/plants/" + plant + "/periods/" + year + "/transitions", Map.of("to", to));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
    }

    private HttpResponse<byte[]> pdf(String plant) {
        HttpResponse<byte[]> response = api().download("/api/v1/plants/" + plant + "/reports/2025?standard=gbt32150&lang=en");
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return response;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    @Test
    void aClosedPeriodsReportUsesTheClosingVersionEvenWhenANewerOneExistsAndAReopenedOneIsADraftAgain() {
        String plant = "RPT-LOCK";
        ReportPlants.ensure(api(), plant);
        move(plant, 2025, "DATA_COLLECTION", "REVIEW", "VERIFICATION", "CLOSED");
        String closingHash = api().get("/api/v1/plants/" + plant + "/inventories/2025").json().path("inputsHash").asString();

        HttpResponse<byte[]> locked = pdf(plant);
        assertThat(header(locked, "X-Inventory-Version")).isEqualTo("1");
        assertThat(header(locked, "X-Report-Status")).isEqualTo("locked");
        List<String> pages = ReportPlants.pages(locked.body());
        assertThat(pages).allSatisfy(page -> assertThat(page).contains("Inventory version 1 · sha256 " + closingHash)
                .doesNotContain("DRAFT"));
        assertThat(String.join("\n", pages)).contains("Locked: made from inventory version 1", "entered verification on");

        // renaming the plant changes the inputs, so the inventory API computes version 2 while the period stays closed
        Map<String, byte[]> renamed = new LinkedHashMap<>();
        renamed.put("plant.yaml", ReportPlants.plantFile(plant, "示例整车厂（新名称）"));
        Api.Response imported = api().upload("/api/v1/imports", renamed);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(api().get("/api/v1/plants/" + plant + "/inventories/2025").json().path("version").asInt()).isEqualTo(2);

        HttpResponse<byte[]> stillLocked = pdf(plant);
        assertThat(header(stillLocked, "X-Inventory-Version")).isEqualTo("1");
        assertThat(header(stillLocked, "X-Inventory-Inputs-Hash")).isEqualTo(closingHash);
        String text = String.join("\n", ReportPlants.pages(stillLocked.body()));
        assertThat(text).contains(ReportPlants.NAME, "sha256 " + closingHash).doesNotContain("新名称");

        Api.Response reopened = api().post("/api/v1/plants/" + plant + "/periods/2025/reopen", Map.of("reason", "plant renamed"));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        HttpResponse<byte[]> draft = pdf(plant);
        assertThat(header(draft, "X-Inventory-Version")).isEqualTo("2");
        assertThat(header(draft, "X-Report-Status")).isEqualTo("draft");
        assertThat(ReportPlants.pages(draft.body())).allSatisfy(page -> assertThat(page).contains("草稿 / DRAFT", "Inventory version 2"));
        assertThat(String.join("\n", ReportPlants.pages(draft.body()))).contains("示例整车厂（新名称）",
                "the reporting period is not closed (state: data collection)");
    }

    @Test
    void theBaseYearIsComparedWhenItHasAnInventory() {
        String plant = "RPT-BASE";
        ReportPlants.ensure(api(), plant);
        Api.Response earlier = api().upload("/api/v1/imports?plant=" + plant, Map.of("activity-2024.csv", ReportPlants.activity2024()));
        assertThat(earlier.status()).as(earlier.body()).isEqualTo(200);
        Api.Response base = api().put("/api/v1/plants/" + plant + "/periods/2024/base-year",
                Map.of("baseYear", true, "significanceThresholdPct", 5));
        assertThat(base.status()).as(base.body()).isEqualTo(200);

        String text = String.join("\n", ReportPlants.pages(pdf(plant).body()));
        // the same activity a year earlier: every figure unchanged, the change 0
        assertThat(text).contains("Base year 2024, inventory version 1 (draft, its period is not closed)",
                "significance threshold for recalculation 5 %", "Comparison of 2025 with the base year 2024", "164,775.904");
        String zh = String.join("\n", ReportPlants.pages(api().download("/api/v1/plants/" + plant + "/reports/2024?lang=zh").body()));
        assertThat(zh).contains("2024 年为该工厂的基准年");
    }
}
