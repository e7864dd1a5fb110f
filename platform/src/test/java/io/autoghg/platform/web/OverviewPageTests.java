package io.autoghg.platform.web;

import io.autoghg.platform.testing.ExamplePlants;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The overview page fetched over HTTP, without a token, for the example plant imported as WEB-O. */
@PlatformTest
class OverviewPageTests {
    @Autowired
    Environment environment;

    private Api console;

    @BeforeEach
    void importExample() {
        ExamplePlants.ensure(Api.of(environment), "WEB-O");
        console = Api.of(environment); // console pages answer API tokens too; sessions are covered by DataPages and the browser tests
    }

    @Test
    void showsTheTotalAsALinkToTheCalculationTableWithTheScopesAndTheIntensity() {
        Api.Response page = console.get("/?plant=WEB-O&year=2025&lang=en");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String html = page.body();
        assertThat(html).contains("id=\"total-tco2e\"", ExamplePlants.TOTAL)
                .contains("href=\"/inventory?table=calculation&amp;plant=WEB-O&amp;year=2025\">" + ExamplePlants.TOTAL + "</a>");
        // totals of docs/formats.md 3.3, rounded to 3 decimals
        assertThat(html).contains("45,354.324", "108,391.552", "84,793.552", "11,030.028");
        // 164,775.903553 t / 300,000 vehicles = 0.549 t per vehicle
        assertThat(html).contains("0.549", "300,000 vehicles produced in 2025");
        assertThat(html).contains("Overview", "Scope 2 · market-based", "Intensity per vehicle");
    }

    @Test
    void drawsTrendStructureAndSankeyWithTextEquivalents() {
        String html = console.get("/?plant=WEB-O&year=2025&lang=en").body();
        assertThat(html).contains("id=\"chart-trend\"", "id=\"chart-type\"", "id=\"chart-unit\"", "id=\"chart-sankey\"")
                .containsPattern("src=\"/webjars/echarts/[^\"]+/dist/echarts.min.js\"").contains("src=\"/js/overview.js\"");
        assertThat(html).contains("role=\"img\"", "aria-label=\"Bar chart of tCO2e per month in 2025");
        String island = html.substring(html.indexOf("id=\"overview-data\""));
        island = island.substring(island.indexOf('>') + 1, island.indexOf("</script>"));
        // the trend of 2025 against 2024 (the example has one December 2024 row of grid electricity)
        assertThat(island).contains("\"currentName\":\"2025\"", "\"previousName\":\"2024\"", "12914.832935");
        assertThat(island).contains("\"name\":\"Natural gas\"", "\"name\":\"Paint shop\"", "\"name\":\"Scope 1\"",
                "\"name\":\"Refrigerants and process\"", "\"name\":\"Value chain (Scope 3)\"");
        // structure tables: largest first, linked to the calculation table filtered to the type
        assertThat(html).contains("Purchased electricity", "by=type%3AELEC_PURCHASED", "by=unit%3ASITE");
        assertThat(console.get("/webjars/echarts/dist/echarts.min.js").status()).isEqualTo(200);
        assertThat(console.get("/js/overview.js").status()).isEqualTo(200);
    }

    @Test
    void listsSourcesWithMissingMonths() {
        String html = console.get("/?plant=WEB-O&year=2025&lang=en").body();
        String completeness = html.substring(html.indexOf("id=\"completeness\""));
        // COAL-BOILER has rows for three months only; SF6-SWITCHGEAR one release; WWTP-CH4 is reported per event
        assertThat(completeness).contains("COAL-BOILER", "3 / 12", "SF6-SWITCHGEAR", "1 / 12")
                .contains("Reported per event, not expected every month: WWTP-CH4")
                .doesNotContain(">NG-PAINT<");
    }

    @Test
    void speaksChinese() {
        String html = console.get("/?plant=WEB-O&year=2025&lang=zh").body();
        assertThat(html).contains("lang=\"zh-CN\"", "总览", "排放总量", "范围一", "单车排放强度", "数据完整性", ExamplePlants.TOTAL);
        assertThat(html).contains("\"name\":\"天然气\"", "\"name\":\"涂装车间\"");
    }

    @Test
    void saysSoWhenTheYearHasNoData() {
        Api.Response page = console.get("/?plant=WEB-O&year=2022&lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"overview-empty\"", "Plant WEB-O has no activity data for 2022.",
                "href=\"/data?plant=WEB-O&amp;year=2022\"").doesNotContain("id=\"total-tco2e\"");
        assertThat(Api.of(environment).get("/api/v1/plants/WEB-O/inventories/2022/versions").json())
                .as("looking at an empty year stores no inventory version").isEmpty();
    }
}
