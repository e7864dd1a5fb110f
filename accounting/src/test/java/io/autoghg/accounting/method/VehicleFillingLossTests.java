package io.autoghg.accounting.method;

import static io.autoghg.accounting.method.MethodTestSupport.gasResult;
import static io.autoghg.accounting.method.MethodTestSupport.mass;
import static io.autoghg.accounting.method.MethodTestSupport.notes;
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
import io.autoghg.accounting.testing.TestPlants;
import io.autoghg.accounting.trace.TraceEntry;
import org.junit.jupiter.api.Test;

/**
 * Refrigerant lost while filling new vehicles, methodology §2 (IPCC 2006 Vol. 3 Ch. 7 Table 7.9: mobile AC
 * assembly loss 0.2–0.5 % of charge): E = refrigerant filled × loss rate.
 */
class VehicleFillingLossTests {

    private static TestPlants yfLine() {
        return aPlant().withSource("FILL", SourceType.FUG_REFRIGERANT_VEHICLE, "gas", "HFO-1234yf")
                .withYear("FILL", "10000", "kg");
    }

    @Test
    void defaults_are_hfc134a_and_the_upper_end_of_the_assembly_loss_range() {
        // library loss 0.5 % (upper end of §2's 0.2–0.5 %): 10 000 kg × 0.005 = 50 kg = 0.05 t HFC-134a
        // × AR5 1 300 (§5) = 65 t CO2e
        SourceResult filling = source(aPlant().withSource("FILL", SourceType.FUG_REFRIGERANT_VEHICLE)
                .withYear("FILL", "10", "t"));

        assertThat(filling.method()).isEqualTo("refrigerant filling loss");
        assertThat(mass(filling, Gas.HFC_134A)).isEqualByComparingTo("0.05");
        assertThat(filling.tco2e()).isEqualByComparingTo("65");
        assertThat(notes(filling)).contains("gas not given: HFC-134a assumed (catalogue default for vehicle filling)");
        TraceEntry lossRate = parameter(filling, "lossRate");
        assertThat(lossRate.value()).isEqualByComparingTo("0.005");
        assertThat(lossRate.detail()).startsWith("library refrigerant.vehicle.lossRate: IPCC 2006 Guidelines");
    }

    @Test
    void hfo1234yf_gwp_depends_on_the_set() {
        // 10 000 kg × 0.5 % = 50 kg = 0.05 t HFO-1234yf
        // AR5 "<1 (use 1)" (§5): 0.05 t CO2e; AR6 0.501: 0.02505 t CO2e; AR4 "≈4 in some tables": 0.2 t CO2e
        assertThat(yfLine().calculate(2025).sources().get(0).tco2e()).isEqualByComparingTo("0.05");
        SourceResult ar6 = yfLine().calculate(2025, GwpSet.AR6).sources().get(0);
        assertThat(gasResult(ar6, Gas.HFO_1234YF).gwp()).isEqualByComparingTo("0.501");
        assertThat(ar6.tco2e()).isEqualByComparingTo("0.02505");
        assertThat(yfLine().calculate(2025, GwpSet.AR4).sources().get(0).tco2e()).isEqualByComparingTo("0.2");
    }

    @Test
    void measured_loss_rate_overrides_the_default() {
        // 0.3 %: 10 000 kg × 0.003 = 30 kg = 0.03 t; × 1 300 = 39 t CO2e
        SourceResult filling = source(aPlant().withSource("FILL", SourceType.FUG_REFRIGERANT_VEHICLE, "lossRate", "0.3 %")
                .withYear("FILL", "10000", "kg"));

        assertThat(filling.tco2e()).isEqualByComparingTo("39");
        assertThat(parameter(filling, "lossRate").detail()).contains("override").contains("refrigerant.vehicle.lossRate = 0.005");
    }

    @Test
    void main_input_and_filled_item_are_added() {
        // 6 000 kg + 4 000 kg (item "filled") = 10 000 kg × 0.5 % = 0.05 t; × 1 300 = 65 t CO2e
        SourceResult filling = source(aPlant().withSource("FILL", SourceType.FUG_REFRIGERANT_VEHICLE)
                .withYear("FILL", "6000", "kg").withYear("FILL", "4000", "kg", "filled"));

        assertThat(filling.tco2e()).isEqualByComparingTo("65");
    }

    @Test
    void filling_for_other_equipment_has_no_default_loss_rate() {
        // the library's 0.5 % is for vehicle assembly only
        InputProblem problem = problemOf(aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-410A",
                        "method", "filling")
                .withYear("AC", "100", "kg"));

        assertThat(problem.field()).isEqualTo("parameters.lossRate");
        assertThat(problem.message()).contains("missing required parameter 'lossRate'");
    }

    @Test
    void filled_volume_is_a_unit_error() {
        InputProblem problem = problemOf(aPlant().withSource("FILL", SourceType.FUG_REFRIGERANT_VEHICLE)
                .withYear("FILL", "100", "L"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("'L'").contains("refrigerant filled");
    }

    @Test
    void unknown_item_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("FILL", SourceType.FUG_REFRIGERANT_VEHICLE, "method", "filling")
                .withYear("FILL", "100", "kg", "vehicles"));

        assertThat(problem.field()).isEqualTo("item");
        assertThat(problem.message()).contains("unknown item 'vehicles'");
    }
}
