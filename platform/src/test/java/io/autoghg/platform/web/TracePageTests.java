package io.autoghg.platform.web;

import io.autoghg.platform.testing.ExamplePlants;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The calculation trace of one source, for the example plant imported as WEB-TRC. */
@PlatformTest
class TracePageTests {
    @Autowired
    Environment environment;

    private Api console;

    @BeforeEach
    void importExample() {
        ExamplePlants.ensure(Api.of(environment), "WEB-TRC");
        console = Api.of(environment); // console pages answer API tokens too; sessions are covered by DataPages and the browser tests
    }

    @Test
    void showsTheSourceAndItsTraceInOrderWithTheOverridesAsPlantSupplied() {
        Api.Response page = console.get("/inventory/trace?plant=WEB-TRC&year=2025&source=NG-PAINT&lang=en");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("Calculation trace · NG-PAINT", "Paint shop ovens", "STAT_COMB_NG · Stationary combustion – natural gas",
                "fuel combustion", ExamplePlants.NG_PAINT, "±0.6 %", "PAINT · Paint shop", "METERED");
        String trace = html.substring(html.indexOf("id=\"trace\""));
        trace = trace.substring(0, trace.indexOf("</table>"));
        // the parameter ncv as the plant gave it, with the library value it replaced
        assertThat(trace).containsPattern("<td>ncv</td>|<span>ncv</span>")
                .contains(">0.038931<", "GJ/Nm3", "<span class=\"badge\" title=\"supplied by the plant (override)\">P</span>",
                        "plant file override (source NG-PAINT parameters) wins over library fuel.natural-gas.ncv = 389.31 GJ/万Nm3");
        // inputs, parameters, steps and results in the order of the calculation
        assertThat(trace.indexOf("12,000,000")).isLessThan(trace.indexOf("energy = fuel consumed × NCV"));
        assertThat(trace.indexOf("energy = fuel consumed × NCV")).isLessThan(trace.indexOf("CO2 = carbon × oxidation × 44/12"));
        assertThat(trace.indexOf("CO2 = carbon × oxidation × 44/12")).isLessThan(trace.indexOf("Σ gas × GWP (AR5)"));
        assertThat(trace).contains("title=\"exact value: 25980.1823952\"", "datum:");
    }

    @Test
    void showsLibraryStatusesAndGwps() {
        String html = console.get("/inventory/trace?plant=WEB-TRC&year=2025&source=NG-BOILER&lang=en").body();
        assertThat(html).contains("<span class=\"badge v\" title=\"widely cited: to verify against the named source\">V</span>",
                "GWP CH4", "IPCC AR5 WG1");
        assertThat(console.get("/inventory/trace?plant=WEB-TRC&year=2025&source=NG-BOILER&lang=zh").body())
                .contains("计算过程 · NG-BOILER", "参数", "返回排放量计算表");
    }

    @Test
    void anUnknownSourceIsNotFoundWithAPage() {
        Api.Response page = console.get("/inventory/trace?plant=WEB-TRC&year=2025&source=NOPE&lang=en");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("has no source &#39;NOPE&#39; in its 2025 inventory", "Back to the overview");
    }
}
