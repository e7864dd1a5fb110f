package io.autoghg.accounting.method;

import static io.autoghg.accounting.method.MethodTestSupport.gasResult;
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
import io.autoghg.accounting.trace.TraceEntry;
import org.junit.jupiter.api.Test;

/**
 * Natural-gas pipeline leaks (catalogue FUG_GAS_PIPELINE: leaked volume × factor). Default CH4 factor:
 * ρ(CH4) = 0.717 kg/Nm3 (methodology §3), i.e. the leaked gas taken as methane.
 */
class GasPipelineLeakTests {

    @Test
    void leaked_gas_is_taken_as_methane_by_default() {
        // 1 000 Nm3 × 0.717 kg/Nm3 (§3 CH4 density) = 717 kg = 0.717 t CH4 (fossil); × AR5 28 (§5) = 20.076 t CO2e
        SourceResult leak = source(aPlant().withSource("PIPE", SourceType.FUG_GAS_PIPELINE).withYear("PIPE", "1000", "Nm3"));

        assertThat(mass(leak, Gas.CH4)).isEqualByComparingTo("0.717");
        assertThat(gasResult(leak, Gas.CH4).gwp()).isEqualByComparingTo("28");
        assertThat(leak.tco2e()).isEqualByComparingTo("20.076");
        TraceEntry factor = parameter(leak, "emissionFactorCH4");
        assertThat(factor.value()).isEqualByComparingTo("0.717");
        assertThat(factor.unit()).isEqualTo("kg/Nm3");
        assertThat(factor.detail()).startsWith("library pipeline.ch4.emissionFactor").contains("status A");
    }

    @Test
    void measured_methane_share_and_co2_factor() {
        // CH4: 1 000 Nm3 × 0.6 kg/Nm3 = 0.6 t × 28 = 16.8 t CO2e; CO2: 1 000 Nm3 × 0.02 kg/Nm3 = 0.02 t
        // total 16.8 + 0.02 = 16.82 t CO2e
        SourceResult leak = source(aPlant().withSource("PIPE", SourceType.FUG_GAS_PIPELINE,
                        "emissionFactorCH4", "0.6 kg/Nm3", "emissionFactorCO2", "0.02 kg/Nm3")
                .withYear("PIPE", "1000", "Nm3"));

        assertThat(mass(leak, Gas.CH4)).isEqualByComparingTo("0.6");
        assertThat(mass(leak, Gas.CO2)).isEqualByComparingTo("0.02");
        assertThat(leak.tco2e()).isEqualByComparingTo("16.82");
        assertThat(parameter(leak, "emissionFactorCH4").detail()).contains("override")
                .contains("pipeline.ch4.emissionFactor = 0.717 kg/Nm3");
    }

    @Test
    void volume_in_ten_thousand_normal_cubic_metres() {
        // 0.1 万Nm3 = 1 000 Nm3 → 0.717 t CH4 → 20.076 t CO2e
        SourceResult leak = source(aPlant().withSource("PIPE", SourceType.FUG_GAS_PIPELINE).withYear("PIPE", "0.1", "万Nm3"));

        assertThat(leak.tco2e()).isEqualByComparingTo("20.076");
    }

    @Test
    void actual_cubic_metres_are_a_unit_error() {
        InputProblem problem = problemOf(aPlant().withSource("PIPE", SourceType.FUG_GAS_PIPELINE).withYear("PIPE", "1000", "m3"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("'m3'").contains("natural gas leaked");
    }

    @Test
    void factor_per_mass_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("PIPE", SourceType.FUG_GAS_PIPELINE, "emissionFactorCH4", "0.7 kg/kg")
                .withYear("PIPE", "1000", "Nm3"));

        assertThat(problem.field()).isEqualTo("parameters.emissionFactorCH4");
        assertThat(problem.location()).hasToString("plant.yaml:10");
    }

    @Test
    void unknown_item_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("PIPE", SourceType.FUG_GAS_PIPELINE).withYear("PIPE", "1", "Nm3", "ch4"));

        assertThat(problem.field()).isEqualTo("item");
        assertThat(problem.message()).contains("unknown item 'ch4'");
    }
}
