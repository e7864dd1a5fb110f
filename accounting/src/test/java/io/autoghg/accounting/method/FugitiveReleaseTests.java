package io.autoghg.accounting.method;

import static io.autoghg.accounting.method.MethodTestSupport.mass;
import static io.autoghg.accounting.method.MethodTestSupport.parameter;
import static io.autoghg.accounting.method.MethodTestSupport.problemOf;
import static io.autoghg.accounting.method.MethodTestSupport.source;
import static io.autoghg.accounting.testing.TestPlants.aPlant;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.parameter.GwpSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Other fugitive releases (SF6 switchgear, fire suppressants), methodology §2: E = mass released × GWP. */
class FugitiveReleaseTests {

    @ParameterizedTest(name = "{1} {2} of {0} under {3} = {4} t CO2e")
    @CsvSource({
            // gas,       mass, unit, set, mass (t) × GWP (§5) = t CO2e
            "SF6,         10,   kg,   AR5, 235",        // 0.01 × 23 500
            "SF6,         10,   kg,   AR4, 228",        // 0.01 × 22 800
            "SF6,         10,   kg,   AR6, 252",        // 0.01 × 25 200
            "HFC-227ea,   50,   kg,   AR5, 167.5",      // 0.05 × 3 350
            "FM-200,      50,   kg,   AR6, 180",        // 0.05 × 3 600 (FM-200 = HFC-227ea)
            "CO2,         0.2,  t,    AR5, 0.2",        // CO2 extinguishers: 0.2 × 1
            "NF3,         1,    kg,   AR5, 16.1",       // 0.001 × 16 100
            "CF4,         2,    kg,   AR6, 14.76",      // 0.002 × 7 380
            "HFC-23,      500,  g,    AR4, 7.4",        // 0.0005 × 14 800
    })
    void mass_released_times_gwp(String gas, String quantity, String unit, GwpSet set, String tco2e) {
        SourceResult release = aPlant().withSource("F", SourceType.FUG_OTHER, "gas", gas)
                .withYear("F", quantity, unit).calculate(2025, set).sources().get(0);

        assertThat(release.tco2e()).isEqualByComparingTo(tco2e);
    }

    @Test
    void the_gas_and_its_mass_are_in_the_result_and_trace() {
        // 10 kg SF6 = 0.01 t
        SourceResult switchgear = source(aPlant().withSource("SW", SourceType.FUG_OTHER, "gas", "SF6").withYear("SW", "10", "kg"));

        assertThat(mass(switchgear, Gas.SF6)).isEqualByComparingTo("0.01");
        assertThat(parameter(switchgear, "gas").detail()).isEqualTo("SF6");
        assertThat(parameter(switchgear, "GWP SF6").value()).isEqualByComparingTo("23500");
        assertThat(parameter(switchgear, "GWP SF6").detail()).startsWith("IPCC AR5 WG1, Chapter 8, Table 8.A.1");
    }

    @Test
    void gas_is_required() {
        InputProblem problem = problemOf(aPlant().withSource("SW", SourceType.FUG_OTHER).withYear("SW", "10", "kg"));

        assertThat(problem.field()).isEqualTo("parameters.gas");
        assertThat(problem.location()).hasToString("plant.yaml:10");
        assertThat(problem.message()).contains("missing required parameter 'gas'");
    }

    @Test
    void unknown_gas_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("SW", SourceType.FUG_OTHER, "gas", "Halon-1301")
                .withYear("SW", "10", "kg"));

        assertThat(problem.field()).isEqualTo("parameters.gas");
        assertThat(problem.message()).contains("unknown gas 'Halon-1301'").contains("SF6");
    }

    @Test
    void released_volume_is_a_unit_error() {
        InputProblem problem = problemOf(aPlant().withSource("SW", SourceType.FUG_OTHER, "gas", "SF6")
                .withYear("SW", "10", "Nm3"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("'Nm3'").contains("mass released");
    }
}
