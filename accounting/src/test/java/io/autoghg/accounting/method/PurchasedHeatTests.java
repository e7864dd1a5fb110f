package io.autoghg.accounting.method;

import static io.autoghg.accounting.method.MethodTestSupport.mass;
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
import org.junit.jupiter.api.Test;

/**
 * Purchased heat, methodology §2: CO2 = GJ × 0.11 tCO2/GJ (§4 default); steam: GJ = m(t) × (h − 83.74 kJ/kg) × 10⁻³.
 */
class PurchasedHeatTests {

    @Test
    void heat_and_steam_uncertainties_combine_by_the_sum_rule() {
        // heat 100 GJ ±10 %; steam 100 t ±5 % at 2 777 kJ/kg → 100 × (2 777 − 83.74) × 10⁻³ = 269.326 GJ ±5 % (13.4663 GJ)
        // §7 sum rule: √(10² + 13.4663²) / 369.326 = 16.773 4… / 369.326 = 4.5416… %
        SourceResult heat = source(aPlant().withSource("H", SourceType.HEAT_PURCHASED, "enthalpy", "2777 kJ/kg")
                .withRow("H", "2025-01-01", "2026-01-01", "100", "GJ", "", "10")
                .withRow("H", "2025-01-01", "2026-01-01", "100", "t", "steam", "5"));

        java.math.BigDecimal expected = new java.math.BigDecimal("100").add(new java.math.BigDecimal("181.34123569"))
                .sqrt(java.math.MathContext.DECIMAL128).multiply(new java.math.BigDecimal("100"))
                .divide(new java.math.BigDecimal("369.326"), java.math.MathContext.DECIMAL128);
        assertThat(heat.uncertaintyPct()).isCloseTo(expected, org.assertj.core.data.Offset.offset(new java.math.BigDecimal("1e-12")));
    }

    @Test
    void heat_in_gigajoules_times_the_default_factor() {
        // 1 000 GJ × 0.11 tCO2/GJ (§4) = 110 t CO2
        SourceResult heat = source(aPlant().withSource("H", SourceType.HEAT_PURCHASED).withYear("H", "1000", "GJ"));

        assertThat(mass(heat, Gas.CO2)).isEqualByComparingTo("110");
        assertThat(heat.tco2e()).isEqualByComparingTo("110");
        assertThat(parameter(heat, "heatFactor").value()).isEqualByComparingTo("0.11");
        assertThat(parameter(heat, "heatFactor").detail()).startsWith("library heat.CN.default");
    }

    @Test
    void heat_metered_in_megawatt_hours() {
        // 100 MWh × 3.6 GJ/MWh = 360 GJ; × 0.11 = 39.6 t
        SourceResult heat = source(aPlant().withSource("H", SourceType.HEAT_PURCHASED).withYear("H", "100", "MWh"));

        assertThat(heat.tco2e()).isEqualByComparingTo("39.6");
    }

    @Test
    void steam_through_its_enthalpy() {
        // §2: GJ = 100 t × (2 763.5 − 83.74) kJ/kg × 10⁻³ = 100 × 2 679.76 × 10⁻³ = 267.976 GJ
        // × 0.11 tCO2/GJ = 29.47736 t CO2
        SourceResult steam = source(aPlant().withSource("S", SourceType.HEAT_PURCHASED, "enthalpy", "2763.5 kJ/kg")
                .withYear("S", "100", "t", "steam"));

        assertThat(step(steam, "steam heat").value()).isEqualByComparingTo("267.976");
        assertThat(steam.tco2e()).isEqualByComparingTo("29.47736");
    }

    @Test
    void enthalpy_may_be_given_in_gigajoules_per_tonne() {
        // 2.7635 GJ/t = 2 763.5 kJ/kg → same 267.976 GJ and 29.47736 t as above
        SourceResult steam = source(aPlant().withSource("S", SourceType.HEAT_PURCHASED, "enthalpy", "2.7635 GJ/t")
                .withYear("S", "100000", "kg", "steam"));

        assertThat(step(steam, "steam heat").value()).isEqualByComparingTo("267.976");
        assertThat(steam.tco2e()).isEqualByComparingTo("29.47736");
    }

    @Test
    void heat_and_steam_are_added() {
        // 1 000 GJ + 267.976 GJ = 1 267.976 GJ; × 0.11 = 139.47736 t
        SourceResult heat = source(aPlant().withSource("H", SourceType.HEAT_PURCHASED, "enthalpy", "2763.5 kJ/kg")
                .withYear("H", "1000", "GJ").withYear("H", "100", "t", "steam"));

        assertThat(heat.tco2e()).isEqualByComparingTo("139.47736");
    }

    @Test
    void supplier_heat_factor_overrides_the_default() {
        // 1 000 GJ × 0.095 tCO2/GJ = 95 t
        SourceResult heat = source(aPlant().withSource("H", SourceType.HEAT_PURCHASED, "heatFactor", "0.095 tCO2/GJ")
                .withYear("H", "1000", "GJ"));

        assertThat(heat.tco2e()).isEqualByComparingTo("95");
        assertThat(parameter(heat, "heatFactor").detail()).contains("override").contains("heat.CN.default = 0.11 tCO2/GJ");
    }

    @Test
    void steam_without_enthalpy_is_a_missing_parameter() {
        InputProblem problem = problemOf(aPlant().withSource("S", SourceType.HEAT_PURCHASED).withYear("S", "100", "t", "steam"));

        assertThat(problem.field()).isEqualTo("parameters.enthalpy");
        assertThat(problem.location()).hasToString("plant.yaml:10");
        assertThat(problem.message()).contains("missing required parameter 'enthalpy'");
    }

    @Test
    void steam_in_gigajoules_is_a_unit_error() {
        InputProblem problem = problemOf(aPlant().withSource("S", SourceType.HEAT_PURCHASED, "enthalpy", "2763.5 kJ/kg")
                .withYear("S", "100", "GJ", "steam"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("'GJ'").contains("steam purchased");
    }

    @Test
    void heat_in_tonnes_is_a_unit_error() {
        InputProblem problem = problemOf(aPlant().withSource("H", SourceType.HEAT_PURCHASED).withYear("H", "100", "t"));

        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("heat purchased");
    }

    @Test
    void unknown_item_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("H", SourceType.HEAT_PURCHASED).withYear("H", "100", "t", "hotWater"));

        assertThat(problem.field()).isEqualTo("item");
        assertThat(problem.message()).contains("unknown item 'hotWater'");
    }
}
