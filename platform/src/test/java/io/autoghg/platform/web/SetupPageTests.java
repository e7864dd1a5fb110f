package io.autoghg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.PlatformTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/** The set-up pages over HTTP, without a token, for the example plant imported as WEB-S. */
@PlatformTest
class SetupPageTests {
    static final String PLANT = "WEB-S";

    @Autowired
    Environment environment;

    private Api api;
    private DataPages pages;

    @BeforeEach
    void plant() {
        api = Api.of(environment);
        pages = DataPages.of(environment);
        synchronized (SetupPageTests.class) {
            if (api.get("/api/v1/plants/" + PLANT).status() == 404) {
                Api.Response imported = api.upload("/api/v1/imports", Map.of("plant.yaml", ExampleFiles.plant(PLANT)));
                assertThat(imported.status()).as(imported.body()).isEqualTo(200);
            }
        }
    }

    @Test
    void everyTabRendersItsListAndForm() {
        DataPages.Page units = pages.get("/setup?tab=units&plant=" + PLANT);
        assertThat(units.status()).as(units.body()).isEqualTo(200);
        assertThat(units.contentType()).startsWith("text/html");
        assertThat(units.body()).contains("id=\"units\"", "PAINT", "涂装车间", "Add an organisational unit", "for=\"f-code\"");

        DataPages.Page equipment = pages.get("/setup?tab=equipment&plant=" + PLANT);
        assertThat(equipment.status()).isEqualTo(200);
        assertThat(equipment.body()).contains("No equipment yet.", "Add equipment", "<option value=\"PAINT\">PAINT · Paint shop</option>");

        DataPages.Page meters = pages.get("/setup?tab=meters&plant=" + PLANT);
        assertThat(meters.status()).isEqualTo(200);
        assertThat(meters.body()).contains("Add a meter", "for=\"f-measures\"");

        DataPages.Page sources = pages.get("/setup?tab=sources&plant=" + PLANT);
        assertThat(sources.status()).isEqualTo(200);
        assertThat(sources.body()).contains("id=\"sources\"", "NG-PAINT", "STAT_COMB_NG", "Stationary combustion – natural gas",
                "固定源燃烧—天然气", "ncv = 0.038931 GJ/Nm3", "<option value=\"ELEC_PURCHASED\">");

        DataPages.Page factors = pages.get("/setup?tab=factors&plant=" + PLANT);
        assertThat(factors.status()).isEqualTo(200);
        assertThat(factors.body()).contains("id=\"factor-library\"", "fuel.natural-gas.ncv", "389.31", "GJ/万Nm3", "2026.1",
                "NDRC 2015 sector guidelines", "2015-01-01 – …", "id=\"gwp\"", "IPCC AR6 WG1", "29.8", "HFC-134a", "1430", "1300",
                "1530", "outside the Kyoto basket");
    }

    @Test
    void theSetUpPageSpeaksChinese() {
        DataPages.Page page = pages.get("/setup?tab=sources&plant=" + PLANT + "&lang=zh");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("排放源", "添加排放源", "按筛选估算值排序", "活动数据采集转换");
    }

    @Test
    void addsAnOrganisationalUnitAndShowsABadCodeNextToTheField() {
        DataPages.Page added = pages.post("/setup?tab=units&plant=" + PLANT, "code", "WEB-PRESS", "name", "Press line 2",
                "nameZh", "冲压二线", "kind", "line");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.body()).contains("Organisational unit WEB-PRESS added.", "冲压二线");
        assertThat(api.get("/api/v1/plants/" + PLANT + "/org-units").body()).contains("\"code\":\"WEB-PRESS\"");

        DataPages.Page bad = pages.post("/setup?tab=units&plant=" + PLANT, "code", "bad code!", "name", "", "nameZh", "坏");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.fieldError("code")).startsWith("Use letters, digits");
        assertThat(bad.fieldError("name")).isEqualTo("Required.");
        assertThat(bad.inputValue("code")).isEqualTo("bad code!");
        assertThat(bad.inputValue("nameZh")).isEqualTo("坏");
        assertThat(bad.body()).contains("aria-invalid=\"true\"");

        DataPages.Page duplicate = pages.post("/setup?tab=units&plant=" + PLANT, "code", "WEB-PRESS", "name", "Again");
        assertThat(duplicate.status()).isEqualTo(422);
        assertThat(duplicate.fieldError("code")).contains("exists already");
    }

    @Test
    void addsEquipmentInAUnit() {
        DataPages.Page added = pages.post("/setup?tab=equipment&plant=" + PLANT, "code", "WEB-OVEN", "name", "Top-coat oven",
                "kind", "oven", "orgUnit", "PAINT");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.body()).contains("Equipment WEB-OVEN added.", "Top-coat oven");

        DataPages.Page bad = pages.post("/setup?tab=equipment&plant=" + PLANT, "code", "WEB-OVEN-2", "name", "Oven",
                "orgUnit", "NOWHERE");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.fieldError("orgUnit")).contains("no organisational unit 'NOWHERE'");
    }

    @Test
    void addsAMeterAndItsCalibrationsAndHighlightsAnOverdueOne() {
        DataPages.Page bad = pages.post("/setup?tab=meters&plant=" + PLANT, "code", "WEB-GM-1", "measures", "natural gas",
                "unit", "furlongs", "orgUnit", "PAINT");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.fieldError("unit")).isNotBlank();
        assertThat(bad.inputValue("unit")).isEqualTo("furlongs");
        assertThat(api.get("/api/v1/plants/" + PLANT + "/meters").body()).doesNotContain("WEB-GM-1");

        DataPages.Page added = pages.post("/setup?tab=meters&plant=" + PLANT, "code", "WEB-GM-1", "measures", "natural gas",
                "unit", "Nm3", "accuracyClass", "1.0", "orgUnit", "PAINT");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.body()).contains("Meter WEB-GM-1 added.", "never calibrated");

        DataPages.Page meter = pages.get("/setup/meters/WEB-GM-1?plant=" + PLANT);
        assertThat(meter.status()).isEqualTo(200);
        assertThat(meter.body()).contains("Meter WEB-GM-1", "No calibration recorded yet.", "Record a calibration");

        DataPages.Page wrongOrder = pages.post("/setup/meters/WEB-GM-1?plant=" + PLANT, "calibratedOn", "2021-01-10",
                "dueOn", "2020-01-10", "result", "PASSED");
        assertThat(wrongOrder.status()).isEqualTo(422);
        assertThat(wrongOrder.fieldError("dueOn")).contains("must be after the calibration date");
        DataPages.Page notADate = pages.post("/setup/meters/WEB-GM-1?plant=" + PLANT, "calibratedOn", "10.01.2021",
                "dueOn", "", "result", "PASSED");
        assertThat(notADate.fieldError("calibratedOn")).isEqualTo("\"10.01.2021\" is not a date; use YYYY-MM-DD.");
        assertThat(notADate.fieldError("dueOn")).isEqualTo("Required.");

        DataPages.Page calibrated = pages.post("/setup/meters/WEB-GM-1?plant=" + PLANT, "calibratedOn", "2020-01-10",
                "dueOn", "2021-01-10", "result", "ADJUSTED", "certificate", "CAL-2020-7");
        assertThat(calibrated.status()).as(calibrated.body()).isEqualTo(200);
        assertThat(calibrated.body()).contains("id=\"calibrations\"", "CAL-2020-7", "adjusted", "overdue");
        JsonNode stored = api.get("/api/v1/plants/" + PLANT + "/meters/WEB-GM-1").json();
        assertThat(stored.path("calibrationDueOn").asString()).isEqualTo("2021-01-10");

        String row = pages.get("/setup?tab=meters&plant=" + PLANT).body();
        row = row.substring(row.indexOf("WEB-GM-1"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("2021-01-10", "class=\"problem\"", "overdue");
    }

    @Test
    void addsASourceFromTheCatalogueRankedByItsScreeningEstimate() {
        DataPages.Page badParameter = pages.post("/setup?tab=sources&plant=" + PLANT, "code", "WEB-NG", "type", "STAT_COMB_NG",
                "parameters", "ncv=0.0389 GJ/Nm3\nwarp=9", "screeningEstimateTco2e", "999999999");
        assertThat(badParameter.status()).isEqualTo(422);
        assertThat(badParameter.fieldError("parameters")).contains("warp: unknown parameter 'warp'");
        assertThat(badParameter.body()).contains("ncv=0.0389 GJ/Nm3\nwarp=9</textarea>");

        DataPages.Page noType = pages.post("/setup?tab=sources&plant=" + PLANT, "code", "WEB-NG", "type", "",
                "screeningEstimateTco2e", "lots");
        assertThat(noType.status()).isEqualTo(422);
        assertThat(noType.fieldError("type")).isEqualTo("Required.");
        assertThat(noType.fieldError("screeningEstimateTco2e")).isEqualTo("\"lots\" is not a number.");

        DataPages.Page added = pages.post("/setup?tab=sources&plant=" + PLANT, "code", "WEB-NG", "type", "STAT_COMB_NG",
                "name", "Second paint line", "orgUnit", "PAINT", "frequency", "MONTH", "parameters", "ncv=0.0389 GJ/Nm3",
                "screeningEstimateTco2e", "999999999");
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.body()).contains("Emission source WEB-NG added.");
        String table = added.element("sources", "table");
        // the largest screening estimate ranks first
        assertThat(table.indexOf("WEB-NG")).isLessThan(table.indexOf("NG-PAINT"));
        assertThat(table).contains("ncv = 0.0389 GJ/Nm3", "monthly", "999,999,999.000");
        JsonNode source = api.get("/api/v1/plants/" + PLANT + "/sources/WEB-NG").json();
        assertThat(source.path("collectionMethod").asString()).isEqualTo("METERED");
        assertThat(source.path("parameters").path("ncv").asString()).isEqualTo("0.0389 GJ/Nm3");
    }

    @Test
    void editsTheParameterOverridesOfASource() {
        DataPages.Page page = pages.get("/setup/sources/NG-BOILER?plant=" + PLANT);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Emission source NG-BOILER", "emissionFactorCH4=1 kg/TJ\nemissionFactorN2O=0.1 kg/TJ");

        DataPages.Page bad = pages.post("/setup/sources/NG-BOILER?plant=" + PLANT, "parameters", "oxidation 0.98\nncv=lots");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.fieldError("parameters")).contains("line 1: write name=value");
        assertThat(api.get("/api/v1/plants/" + PLANT + "/sources/NG-BOILER").json().path("parameters").path("oxidation").isMissingNode())
                .isTrue();

        DataPages.Page saved = pages.post("/setup/sources/NG-BOILER?plant=" + PLANT, "parameters",
                "emissionFactorCH4=1 kg/TJ\noxidation=0.98");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("Overrides saved (2 in total).");
        JsonNode parameters = api.get("/api/v1/plants/" + PLANT + "/sources/NG-BOILER").json().path("parameters");
        assertThat(parameters.path("oxidation").asString()).isEqualTo("0.98");
        assertThat(parameters.path("emissionFactorN2O").isMissingNode()).isTrue();
    }

    @Test
    void anUnknownMeterOrSourceIsANotFoundPage() {
        assertThat(pages.get("/setup/meters/NOPE?plant=" + PLANT).status()).isEqualTo(404);
        assertThat(pages.get("/setup/sources/NOPE?plant=" + PLANT).status()).isEqualTo(404);
        assertThat(pages.post("/setup?tab=units&plant=NO-SUCH-PLANT", "code", "X", "name", "X").status()).isEqualTo(404);
    }
}
