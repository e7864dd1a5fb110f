package io.autoghg.accounting.method;

import static io.autoghg.accounting.method.MethodTestSupport.TOLERANCE;
import static io.autoghg.accounting.method.MethodTestSupport.bd;
import static io.autoghg.accounting.method.MethodTestSupport.mass;
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
 * Refrigerant screening, methodology §2 (IPCC 2006 Vol. 3 Ch. 7 Table 7.9): E = installed charge × annual
 * leak rate, pro rata for the part of the year a charge row covers.
 */
class RefrigerantScreeningTests {

    @Test
    void whole_year_charge_times_leak_rate() {
        // chillers 2–15 %/yr (§2); 500 kg × 10 % = 50 kg = 0.05 t HFC-134a; × AR5 1 300 (§5) = 65 t CO2e
        SourceResult chillers = source(aPlant().withSource("CH", SourceType.FUG_REFRIGERANT_HVAC, "gas", "HFC-134a",
                        "leakRate", "10 %")
                .withYear("CH", "500", "kg", "charge"));

        assertThat(chillers.method()).isEqualTo("refrigerant screening");
        assertThat(step(chillers, "charge-years").value()).isEqualByComparingTo("0.5");
        assertThat(mass(chillers, Gas.HFC_134A)).isEqualByComparingTo("0.05");
        assertThat(chillers.tco2e()).isEqualByComparingTo("65");
    }

    @Test
    void charge_installed_mid_year_counts_pro_rata() {
        // charge from 1 Jul 2025: 184 of 365 days; 0.5 t × 184/365 × 0.10 = 0.0252054794520547… t
        SourceResult chillers = source(aPlant().withSource("CH", SourceType.FUG_REFRIGERANT_HVAC, "gas", "HFC-134a",
                        "leakRate", "0.1")
                .withRow("CH", "2025-07-01", "2026-01-01", "500", "kg", "charge"));

        assertThat(mass(chillers, Gas.HFC_134A)).isCloseTo(bd("0.025205479452054794"), TOLERANCE);
        // × 1 300 = 32.767123287671232… t CO2e
        assertThat(chillers.tco2e()).isCloseTo(bd("32.767123287671232877"), TOLERANCE);
    }

    @Test
    void charge_that_changes_during_the_year_is_weighted_by_days() {
        // 300 kg from 1 Jan to 1 Jul (181 days), 500 kg from 1 Jul (184 days):
        // charge-years = (0.3 × 181 + 0.5 × 184) / 365 = 146.3 / 365 = 0.40082191780821917… t·yr
        // × 5 % = 0.020041095890410958… t R-410A; × 1 923.5 (§5 AR5) = 38.549047945205479… t CO2e
        SourceResult ac = source(aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-410A", "leakRate", "5 %")
                .withRow("AC", "2025-01-01", "2025-07-01", "300", "kg", "charge")
                .withRow("AC", "2025-07-01", "2026-01-01", "500", "kg", "charge"));

        assertThat(step(ac, "charge-years").value()).isCloseTo(bd("0.400821917808219178"), TOLERANCE);
        assertThat(mass(ac, Gas.R_410A)).isCloseTo(bd("0.020041095890410959"), TOLERANCE);
        assertThat(ac.tco2e()).isCloseTo(bd("38.549047945205479452"), TOLERANCE);
    }

    @Test
    void method_screening_takes_the_charge_only_as_its_charge_item() {
        // the charge is a level, never a flow: an empty item would be prorated across a year boundary, so it is refused
        InputProblem problem = problemOf(aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-410A",
                        "leakRate", "5 %", "method", "screening")
                .withYear("AC", "300", "kg"));

        assertThat(problem.field()).isEqualTo("item");
        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.message()).contains("unknown item ''", "[charge]");
    }

    @Test
    void missing_leak_rate_is_reported() {
        InputProblem problem = problemOf(aPlant().withSource("CH", SourceType.FUG_REFRIGERANT_HVAC, "gas", "HFC-134a")
                .withYear("CH", "500", "kg", "charge"));

        assertThat(problem.field()).isEqualTo("parameters.leakRate");
        assertThat(problem.location()).hasToString("plant.yaml:10");
        assertThat(problem.message()).contains("missing required parameter 'leakRate'").contains("Table 7.9");
    }

    @Test
    void leak_rate_with_a_unit_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("CH", SourceType.FUG_REFRIGERANT_HVAC, "gas", "HFC-134a",
                        "leakRate", "5 kg")
                .withYear("CH", "500", "kg", "charge"));

        assertThat(problem.field()).isEqualTo("parameters.leakRate");
    }

    @Test
    void charge_in_energy_is_a_unit_error() {
        InputProblem problem = problemOf(aPlant().withSource("CH", SourceType.FUG_REFRIGERANT_HVAC, "gas", "HFC-134a",
                        "leakRate", "5 %")
                .withYear("CH", "500", "kWh", "charge"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("unit");
    }
}
