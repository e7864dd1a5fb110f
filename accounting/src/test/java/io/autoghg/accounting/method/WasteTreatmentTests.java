package io.autoghg.accounting.method;

import static io.autoghg.accounting.method.MethodTestSupport.gasResult;
import static io.autoghg.accounting.method.MethodTestSupport.mass;
import static io.autoghg.accounting.method.MethodTestSupport.problemOf;
import static io.autoghg.accounting.method.MethodTestSupport.source;
import static io.autoghg.accounting.testing.TestPlants.aPlant;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.parameter.GwpSet;
import io.autoghg.accounting.testing.TestPlants;
import org.junit.jupiter.api.Test;

/** Waste incineration / landfill / biological treatment, methodology §2: per-gas factor × waste mass. */
class WasteTreatmentTests {

    private static TestPlants incinerator() {
        return aPlant().withSource("INC", SourceType.PROC_WASTE_TREATMENT,
                        "emissionFactorCO2", "500 kg/t", "emissionFactorCH4", "50 kg/t", "emissionFactorN2O", "0.1 kg/t")
                .withYear("INC", "100", "t");
    }

    @Test
    void each_gas_is_waste_mass_times_its_factor() {
        // 100 t × 500 kg/t = 50 000 kg = 50 t CO2
        // 100 t × 50 kg/t = 5 t CH4 (non-fossil); × AR5 28 (§5) = 140 t CO2e
        // 100 t × 0.1 kg/t = 0.01 t N2O; × AR5 265 (§5) = 2.65 t CO2e
        // total 50 + 140 + 2.65 = 192.65 t CO2e
        SourceResult waste = source(incinerator());

        assertThat(mass(waste, Gas.CO2)).isEqualByComparingTo("50");
        assertThat(mass(waste, Gas.CH4_NON_FOSSIL)).isEqualByComparingTo("5");
        assertThat(gasResult(waste, Gas.CH4_NON_FOSSIL).tco2e()).isEqualByComparingTo("140");
        assertThat(mass(waste, Gas.N2O)).isEqualByComparingTo("0.01");
        assertThat(gasResult(waste, Gas.N2O).tco2e()).isEqualByComparingTo("2.65");
        assertThat(waste.tco2e()).isEqualByComparingTo("192.65");
    }

    @Test
    void waste_methane_is_non_fossil_under_ar6() {
        // §5 AR6: CH4 non-fossil 27.0 (not 29.8), N2O 273
        // 50 + 5 × 27.0 + 0.01 × 273 = 50 + 135 + 2.73 = 187.73 t CO2e
        SourceResult waste = incinerator().calculate(2025, GwpSet.AR6).sources().get(0);

        assertThat(gasResult(waste, Gas.CH4_NON_FOSSIL).gwp()).isEqualByComparingTo("27.0");
        assertThat(waste.tco2e()).isEqualByComparingTo("187.73");
    }

    @Test
    void only_the_gases_with_a_factor_are_reported() {
        // landfill with only a CH4 factor: 20 000 kg = 20 t × 0.06 t/t = 1.2 t CH4; × AR5 28 = 33.6 t CO2e
        SourceResult landfill = source(aPlant().withSource("LF", SourceType.PROC_WASTE_TREATMENT, "emissionFactorCH4", "0.06 t/t")
                .withYear("LF", "20000", "kg"));

        assertThat(landfill.gases()).extracting(result -> result.gas()).containsExactly(Gas.CH4_NON_FOSSIL);
        assertThat(mass(landfill, Gas.CH4_NON_FOSSIL)).isEqualByComparingTo("1.2");
        assertThat(landfill.tco2e()).isEqualByComparingTo("33.6");
    }

    @Test
    void a_factor_in_percent_of_the_waste_mass() {
        // 40 t × 2 % = 0.8 t CO2
        SourceResult waste = source(aPlant().withSource("W", SourceType.PROC_WASTE_TREATMENT, "emissionFactorCO2", "2 %")
                .withYear("W", "40", "t"));

        assertThat(waste.tco2e()).isEqualByComparingTo("0.8");
    }

    @Test
    void no_factor_at_all_is_a_missing_parameter() {
        InputProblem problem = problemOf(aPlant().withSource("W", SourceType.PROC_WASTE_TREATMENT).withYear("W", "40", "t"));

        assertThat(problem.field()).isEqualTo("parameters.emissionFactorCO2");
        assertThat(problem.location()).hasToString("plant.yaml:10");
        assertThat(problem.message()).contains("at least one of emissionFactorCO2, emissionFactorCH4, emissionFactorN2O");
    }

    @Test
    void factor_per_energy_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("W", SourceType.PROC_WASTE_TREATMENT, "emissionFactorCH4", "5 kg/GJ")
                .withYear("W", "40", "t"));

        assertThat(problem.field()).isEqualTo("parameters.emissionFactorCH4");
        assertThat(problem.message()).contains("mass per energy").contains("dimensionless");
    }

    @Test
    void waste_by_volume_is_rejected_naming_the_row() {
        InputProblem problem = problemOf(aPlant().withSource("W", SourceType.PROC_WASTE_TREATMENT, "emissionFactorCO2", "0.5 t/t")
                .withYear("W", "40", "m3"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("'m3'").contains("waste treated");
    }
}
