package io.autoghg.accounting.method;

import static io.autoghg.accounting.method.MethodTestSupport.input;
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

/** CO2 shielding gas, methodology §2: CO2 (t) = m(CO2 gas) × purity; ρ(CO2) = 1.977 kg/Nm3 [C]. */
class Co2ShieldingGasTests {

    @Test
    void estimated_rows_are_named_in_the_trace_with_their_method() {
        // 5 t measured + 1 t filled by linear interpolation = 6 t CO2 (purity 1, library assumption)
        io.autoghg.accounting.testing.TestPlants plant = aPlant().withSource("W", SourceType.PROC_CO2_WELDING)
                .withRow("W", "2025-01-01", "2025-02-01", "5", "t");
        java.util.List<io.autoghg.accounting.engine.ActivityRow> rows = new java.util.ArrayList<>(plant.rows());
        rows.add(new io.autoghg.accounting.engine.ActivityRow("W", java.time.LocalDate.parse("2025-02-01"),
                java.time.LocalDate.parse("2025-03-01"), io.autoghg.accounting.unit.Quantity.of("1000", "kg"), "", null,
                new io.autoghg.accounting.engine.SourceLocation("datum", 77), "linear interpolation"));
        SourceResult welding = new io.autoghg.accounting.engine.InventoryCalculator(
                io.autoghg.accounting.parameter.ParameterLibrary.shipped()).calculate(plant.plant(), rows, 2025, null).sources().get(0);

        assertThat(welding.tco2e()).isEqualByComparingTo("6");
        assertThat(welding.trace()).anyMatch(entry -> entry.detail() != null
                && entry.detail().contains("sum of 2 row(s); of which 1 row(s) (1 t) estimated by linear interpolation"));
    }

    @Test
    void gas_mass_is_emitted_whole_with_the_default_purity() {
        // library purity 1 (assumption: all of the gas is CO2): 2 500 kg = 2.5 t × 1 = 2.5 t CO2
        SourceResult welding = source(aPlant().withSource("W", SourceType.PROC_CO2_WELDING).withYear("W", "2500", "kg"));

        assertThat(mass(welding, Gas.CO2)).isEqualByComparingTo("2.5");
        assertThat(welding.tco2e()).isEqualByComparingTo("2.5");
        TraceEntry purity = parameter(welding, "purity");
        assertThat(purity.value()).isEqualByComparingTo("1");
        assertThat(purity.detail()).startsWith("library process.co2.purity").contains("status A");
    }

    @Test
    void normal_volume_is_converted_with_the_co2_density() {
        // §2: ρ(CO2) = 1.977 kg/Nm3 at 0 °C, 101.325 kPa: 1 000 Nm3 × 1.977 kg/Nm3 = 1 977 kg = 1.977 t CO2
        SourceResult welding = source(aPlant().withSource("W", SourceType.PROC_CO2_WELDING).withYear("W", "1000", "Nm3"));

        TraceEntry activity = input(welding, "activity");
        assertThat(activity.value()).isEqualByComparingTo("1.977");
        assertThat(activity.detail()).contains("converted to t from 1000 Nm3 with density 1.977 kg/Nm3");
        assertThat(parameter(welding, "density").detail()).startsWith("library density.co2").contains("status C");
        assertThat(mass(welding, Gas.CO2)).isEqualByComparingTo("1.977");
    }

    @Test
    void supplier_purity_reduces_the_co2() {
        // mixed gas 80 % CO2: 2 000 kg = 2 t × 0.80 = 1.6 t CO2
        SourceResult welding = source(aPlant().withSource("W", SourceType.PROC_CO2_WELDING, "purity", "80 %")
                .withYear("W", "2000", "kg"));

        assertThat(mass(welding, Gas.CO2)).isEqualByComparingTo("1.6");
        assertThat(parameter(welding, "purity").detail()).contains("override").contains("process.co2.purity = 1");
    }

    @Test
    void cylinders_in_several_units_are_summed() {
        // 1 t + 500 kg + 1 000 Nm3 × 1.977 kg/Nm3 (§2) = 1 + 0.5 + 1.977 = 3.477 t CO2
        SourceResult welding = source(aPlant().withSource("W", SourceType.PROC_CO2_WELDING)
                .withRow("W", "2025-01-01", "2025-05-01", "1", "t")
                .withRow("W", "2025-05-01", "2025-09-01", "500", "kg")
                .withRow("W", "2025-09-01", "2026-01-01", "1000", "Nm3"));

        assertThat(mass(welding, Gas.CO2)).isEqualByComparingTo("3.477");
    }

    @Test
    void energy_is_not_a_gas_quantity() {
        InputProblem problem = problemOf(aPlant().withSource("W", SourceType.PROC_CO2_WELDING).withYear("W", "10", "kWh"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("'kWh'").contains("CO2 shielding gas consumed");
    }

    @Test
    void purity_with_a_dimension_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("W", SourceType.PROC_CO2_WELDING, "purity", "0.9 kg/L")
                .withYear("W", "2", "t"));

        assertThat(problem.field()).isEqualTo("parameters.purity");
        assertThat(problem.location()).hasToString("plant.yaml:10");
    }

    @Test
    void unknown_item_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("W", SourceType.PROC_CO2_WELDING).withYear("W", "2", "t", "argon"));

        assertThat(problem.field()).isEqualTo("item");
        assertThat(problem.message()).contains("unknown item 'argon'");
    }
}
