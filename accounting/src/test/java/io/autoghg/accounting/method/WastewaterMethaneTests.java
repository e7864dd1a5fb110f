package io.autoghg.accounting.method;

import static io.autoghg.accounting.method.MethodTestSupport.gasResult;
import static io.autoghg.accounting.method.MethodTestSupport.mass;
import static io.autoghg.accounting.method.MethodTestSupport.notes;
import static io.autoghg.accounting.method.MethodTestSupport.parameter;
import static io.autoghg.accounting.method.MethodTestSupport.problemOf;
import static io.autoghg.accounting.method.MethodTestSupport.source;
import static io.autoghg.accounting.method.MethodTestSupport.step;
import static io.autoghg.accounting.testing.TestPlants.aPlant;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.parameter.GwpSet;
import io.autoghg.accounting.testing.TestPlants;
import org.junit.jupiter.api.Test;

/**
 * Wastewater CH4, methodology §2: CH4 (kg) = (TOW − S) × Bo × MCF − R; Bo default 0.25 kg CH4/kg COD
 * (IPCC 2006 Vol. 5 Ch. 6, V); MCF has no default.
 */
class WastewaterMethaneTests {

    private static TestPlants station() {
        return aPlant().withSource("WW", SourceType.PROC_WASTEWATER_CH4, "mcf", "0.3")
                .withYear("WW", "10000", "kg", "cod")
                .withYear("WW", "2000", "kg", "sludge")
                .withYear("WW", "100", "kg", "recovered");
    }

    @Test
    void the_uncertainty_of_cod_minus_sludge_follows_the_sum_rule() {
        // §7 sum rule: TOW 1 000 kg ±10 % and S 900 kg ±10 % → U(TOW − S) = √(100² + 90²) / 100 = 134.536 240 470 737 %
        SourceResult ww = source(aPlant().withSource("WW", SourceType.PROC_WASTEWATER_CH4, "mcf", "0.3")
                .withRow("WW", "2025-01-01", "2026-01-01", "1000", "kg", "cod", "10")
                .withRow("WW", "2025-01-01", "2026-01-01", "900", "kg", "sludge", "10"));

        assertThat(ww.uncertaintyPct()).isCloseTo(new java.math.BigDecimal("134.5362404707370"),
                org.assertj.core.data.Offset.offset(new java.math.BigDecimal("1e-12")));
    }

    @Test
    void full_formula_with_sludge_and_recovery() {
        // (10 000 − 2 000) kg COD × 0.25 (§2 Bo) × 0.3 (MCF) − 100 kg = 600 − 100 = 500 kg = 0.5 t CH4
        // non-fossil CH4 × AR5 28 (§5) = 14 t CO2e
        SourceResult ww = source(station());

        assertThat(step(ww, "CH4").value()).isEqualByComparingTo("500");
        assertThat(step(ww, "CH4").unit()).isEqualTo("kg");
        assertThat(mass(ww, Gas.CH4_NON_FOSSIL)).isEqualByComparingTo("0.5");
        assertThat(ww.tco2e()).isEqualByComparingTo("14");
        assertThat(parameter(ww, "bo").value()).isEqualByComparingTo("0.25");
        assertThat(parameter(ww, "bo").detail()).startsWith("library wastewater.bo: IPCC 2006 Guidelines");
    }

    @Test
    void wastewater_methane_is_non_fossil_under_ar6() {
        // 0.5 t × AR6 non-fossil 27.0 (§5) = 13.5 t CO2e (fossil 29.8 would give 14.9)
        SourceResult ww = station().calculate(2025, GwpSet.AR6).sources().get(0);

        assertThat(gasResult(ww, Gas.CH4_NON_FOSSIL).gwp()).isEqualByComparingTo("27.0");
        assertThat(ww.tco2e()).isEqualByComparingTo("13.5");
    }

    @Test
    void main_input_in_tonnes_of_cod_without_sludge_or_recovery() {
        // 4 t COD = 4 000 kg × 0.25 × 0.1 = 100 kg = 0.1 t CH4; × 28 = 2.8 t CO2e
        SourceResult ww = source(aPlant().withSource("WW", SourceType.PROC_WASTEWATER_CH4, "mcf", "10 %")
                .withYear("WW", "4", "t"));

        assertThat(mass(ww, Gas.CH4_NON_FOSSIL)).isEqualByComparingTo("0.1");
        assertThat(ww.tco2e()).isEqualByComparingTo("2.8");
    }

    @Test
    void plant_bo_overrides_the_ipcc_default() {
        // 10 000 kg × 0.6 kg/kg (IPCC Bo by BOD, plant-supplied) × 0.5 = 3 000 kg = 3 t CH4; × 28 = 84 t CO2e
        SourceResult ww = source(aPlant().withSource("WW", SourceType.PROC_WASTEWATER_CH4, "mcf", "0.5", "bo", "0.6 kg/kg")
                .withYear("WW", "10000", "kg", "cod"));

        assertThat(parameter(ww, "bo").detail()).contains("override").contains("wastewater.bo = 0.25 kg/kg");
        assertThat(ww.tco2e()).isEqualByComparingTo("84");
    }

    @Test
    void recovery_above_generation_gives_zero_with_a_note() {
        // 1 000 kg × 0.25 × 0.3 = 75 kg generated − 100 kg recovered = −25 kg → 0
        SourceResult ww = source(aPlant().withSource("WW", SourceType.PROC_WASTEWATER_CH4, "mcf", "0.3")
                .withYear("WW", "1000", "kg", "cod").withYear("WW", "100", "kg", "recovered"));

        assertThat(step(ww, "CH4").value()).isEqualByComparingTo("-25");
        assertThat(mass(ww, Gas.CH4_NON_FOSSIL)).isEqualByComparingTo("0");
        assertThat(ww.tco2e()).isEqualByComparingTo("0");
        assertThat(notes(ww)).contains("recovered CH4 exceeds generated CH4; emission set to 0");
    }

    @Test
    void missing_mcf_is_reported_as_parameters_mcf() {
        InputProblem problem = problemOf(aPlant().withSource("WW", SourceType.PROC_WASTEWATER_CH4)
                .withYear("WW", "10000", "kg", "cod"));

        assertThat(problem.field()).isEqualTo("parameters.mcf");
        assertThat(problem.location()).hasToString("plant.yaml:10");
        assertThat(problem.message()).contains("missing required parameter 'mcf'").contains("Table 6.3");
    }

    @Test
    void cod_by_volume_is_a_unit_error() {
        InputProblem problem = problemOf(aPlant().withSource("WW", SourceType.PROC_WASTEWATER_CH4, "mcf", "0.3")
                .withYear("WW", "500", "m3", "cod"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("'m3'").contains("COD removed");
    }

    @Test
    void unknown_item_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("WW", SourceType.PROC_WASTEWATER_CH4, "mcf", "0.3")
                .withYear("WW", "500", "kg", "bod"));

        assertThat(problem.field()).isEqualTo("item");
        assertThat(problem.message()).contains("unknown item 'bod'").contains("sludge");
    }
}
