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
import org.junit.jupiter.api.Test;

/**
 * Refrigerant mass balance, methodology §2 (GHG Protocol HFC tool / IPCC 2006 Vol. 3 Ch. 7):
 * E = stock at start − stock at end + purchased − disposed + charge of retired equipment − charge of new equipment.
 */
class RefrigerantMassBalanceTests {

    @Test
    void all_six_terms_of_the_balance() {
        // 200 − 150 + 100 − 20 + 30 − 40 = 120 kg = 0.12 t R-410A
        // R-410A AR5 = 50 % × 677 + 50 % × 3 170 = 1 923.5 (§5); 0.12 × 1 923.5 = 230.82 t CO2e
        SourceResult chillers = source(aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-410A")
                .withYear("AC", "200", "kg", "stockStart")
                .withYear("AC", "150", "kg", "stockEnd")
                .withYear("AC", "100", "kg", "purchased")
                .withYear("AC", "20", "kg", "disposed")
                .withYear("AC", "30", "kg", "retiredEquipmentCharge")
                .withYear("AC", "40", "kg", "newEquipmentCharge"));

        assertThat(chillers.method()).isEqualTo("refrigerant mass balance");
        assertThat(mass(chillers, Gas.R_410A)).isEqualByComparingTo("0.12");
        assertThat(gasResult(chillers, Gas.R_410A).gwp()).isEqualByComparingTo("1923.5");
        assertThat(chillers.tco2e()).isEqualByComparingTo("230.82");
        assertThat(parameter(chillers, "GWP R-410A").detail()).contains("blend: 50 % HFC-32 (677) + 50 % HFC-125 (3170)");
    }

    @Test
    void purchases_only_for_a_pure_hfc() {
        // 0.5 t purchased, no stock data: E = 0.5 t HFC-134a; × AR5 1 300 (§5) = 650 t CO2e
        SourceResult chillers = source(aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "HFC-134a")
                .withYear("AC", "0.5", "t", "purchased"));

        assertThat(chillers.tco2e()).isEqualByComparingTo("650");
    }

    @Test
    void r407c_blend_gwp_by_mass_share() {
        // §5 R-407C = 23 % HFC-32 + 25 % HFC-125 + 52 % HFC-134a; AR5: 0.23 × 677 + 0.25 × 3 170 + 0.52 × 1 300
        //   = 155.71 + 792.5 + 676 = 1 624.21; 10 kg = 0.01 t × 1 624.21 = 16.2421 t CO2e
        SourceResult chillers = source(aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-407C")
                .withYear("AC", "10", "kg", "purchased"));

        assertThat(chillers.tco2e()).isEqualByComparingTo("16.2421");
    }

    @Test
    void uncertainty_follows_the_sum_rule() {
        // §7 sums: U = √(Σ(Uᵢ·xᵢ)²) / |Σxᵢ|
        // stockStart 300 kg ±2 % → 6 kg; purchased 200 kg ±4 % → 8 kg; stockEnd 300 kg without uncertainty
        // E = 300 − 300 + 200 = 200 kg; U = √(6² + 8²) / 200 = 10 / 200 = 5 %
        SourceResult chillers = source(aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-32")
                .withRow("AC", "2025-01-01", "2026-01-01", "300", "kg", "stockStart", "2")
                .withRow("AC", "2025-01-01", "2026-01-01", "300", "kg", "stockEnd", null)
                .withRow("AC", "2025-01-01", "2026-01-01", "200", "kg", "purchased", "4"));

        assertThat(mass(chillers, Gas.HFC_32)).isEqualByComparingTo("0.2");
        assertThat(chillers.uncertaintyPct()).isEqualByComparingTo("5");
        // 0.2 t × HFC-32 AR5 677 (§5) = 135.4 t CO2e
        assertThat(chillers.tco2e()).isEqualByComparingTo("135.4");
    }

    @Test
    void a_negative_balance_is_set_to_zero_with_a_note() {
        // 100 − 150 = −50 kg: incomplete data, nothing negative is reported
        SourceResult chillers = source(aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-410A")
                .withYear("AC", "100", "kg", "stockStart").withYear("AC", "150", "kg", "stockEnd"));

        assertThat(step(chillers, "R-410A").value()).isEqualByComparingTo("-0.05");
        assertThat(mass(chillers, Gas.R_410A)).isEqualByComparingTo("0");
        assertThat(chillers.tco2e()).isEqualByComparingTo("0");
        assertThat(notes(chillers)).anyMatch(note -> note.startsWith("the balance is negative (-0.050 t)"));
    }

    @Test
    void vehicle_filling_with_stock_data_uses_the_mass_balance() {
        // the mass-balance items choose the method even for the vehicle-filling type; gas defaults to HFC-134a
        // 1 000 − 400 + 2 000 − 2 590 (charged into vehicles, leaving the site: entered as disposed) = 10 kg = 0.01 t × 1 300 = 13 t CO2e
        SourceResult filling = source(aPlant().withSource("FILL", SourceType.FUG_REFRIGERANT_VEHICLE)
                .withYear("FILL", "1000", "kg", "stockStart").withYear("FILL", "400", "kg", "stockEnd")
                .withYear("FILL", "2000", "kg", "purchased").withYear("FILL", "2590", "kg", "disposed"));

        assertThat(filling.method()).isEqualTo("refrigerant mass balance");
        assertThat(mass(filling, Gas.HFC_134A)).isEqualByComparingTo("0.01");
        assertThat(filling.tco2e()).isEqualByComparingTo("13");
    }

    @Test
    void gas_is_required_for_air_conditioning() {
        InputProblem problem = problemOf(aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC)
                .withYear("AC", "10", "kg", "purchased"));

        assertThat(problem.field()).isEqualTo("parameters.gas");
        assertThat(problem.location()).hasToString("plant.yaml:10");
        assertThat(problem.message()).contains("missing required parameter 'gas'");
    }

    @Test
    void unknown_gas_is_rejected_at_its_plant_file_line() {
        InputProblem problem = problemOf(aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-999")
                .withYear("AC", "10", "kg", "purchased"));

        assertThat(problem.field()).isEqualTo("parameters.gas");
        assertThat(problem.location()).hasToString("plant.yaml:10");
        assertThat(problem.message()).contains("unknown gas 'R-999'").contains("R-410A");
    }

    @Test
    void unknown_method_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-410A",
                        "method", "guess")
                .withYear("AC", "10", "kg", "purchased"));

        assertThat(problem.field()).isEqualTo("parameters.method");
        assertThat(problem.message()).contains("unknown method 'guess'");
    }

    @Test
    void unknown_item_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-410A")
                .withYear("AC", "10", "kg", "purchased").withYear("AC", "5", "kg", "recharged"));

        assertThat(problem.location()).hasToString("activity.csv:3");
        assertThat(problem.field()).isEqualTo("item");
        assertThat(problem.message()).contains("unknown item 'recharged'");
    }

    @Test
    void refrigerant_by_volume_is_a_unit_error() {
        InputProblem problem = problemOf(aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-410A")
                .withYear("AC", "10", "L", "purchased"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("'L'");
    }
}
