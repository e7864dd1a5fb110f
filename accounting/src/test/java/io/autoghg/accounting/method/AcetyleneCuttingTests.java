package io.autoghg.accounting.method;

import static io.autoghg.accounting.method.MethodTestSupport.TOLERANCE;
import static io.autoghg.accounting.method.MethodTestSupport.bd;
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
import org.junit.jupiter.api.Test;

/**
 * Acetylene cutting, methodology §2: C2H2 + 2.5 O2 → 2 CO2 + H2O, CO2 = m(C2H2) × 2 × 44.01 / 26.04;
 * ρ(C2H2) = 1.17 kg/Nm3. 88.02/26.04 has no finite decimal, hence the 1e-9 t tolerance.
 */
class AcetyleneCuttingTests {

    @Test
    void stoichiometry_when_the_mass_makes_the_division_exact() {
        // 26.04 kg C2H2 = 0.02604 t; × 2 × 44.01 / 26.04 = 0.02604 × 88.02 / 26.04 = 0.08802 t CO2
        SourceResult cutting = source(aPlant().withSource("C", SourceType.PROC_ACETYLENE_CUTTING).withYear("C", "26.04", "kg"));

        assertThat(mass(cutting, Gas.CO2)).isCloseTo(bd("0.08802"), TOLERANCE);
    }

    @Test
    void one_hundred_kilograms() {
        // 0.1 t × 88.02 / 26.04 = 8.802 / 26.04 = 0.33801843317972… t CO2 (≈ m × 3.38, §2)
        SourceResult cutting = source(aPlant().withSource("C", SourceType.PROC_ACETYLENE_CUTTING).withYear("C", "100", "kg"));

        assertThat(mass(cutting, Gas.CO2)).isCloseTo(bd("0.338018433179723502"), TOLERANCE);
        assertThat(cutting.tco2e()).isCloseTo(bd("0.338018433179723502"), TOLERANCE);
    }

    @Test
    void normal_volume_is_converted_with_the_acetylene_density() {
        // §2 ρ(C2H2) = 1.17 kg/Nm3: 100 Nm3 × 1.17 = 117 kg = 0.117 t; × 88.02 / 26.04 = 10.29834 / 26.04 = 0.39548156682027… t
        SourceResult cutting = source(aPlant().withSource("C", SourceType.PROC_ACETYLENE_CUTTING).withYear("C", "100", "Nm3"));

        assertThat(input(cutting, "activity").value()).isEqualByComparingTo("0.117");
        assertThat(input(cutting, "activity").detail()).contains("converted to t from 100 Nm3 with density 1.17 kg/Nm3");
        assertThat(parameter(cutting, "density").detail()).startsWith("library density.c2h2");
        assertThat(mass(cutting, Gas.CO2)).isCloseTo(bd("0.395481566820276498"), TOLERANCE);
    }

    @Test
    void measured_density_overrides_the_library() {
        // 100 Nm3 × 1.1 kg/Nm3 = 110 kg = 0.11 t; × 88.02 / 26.04 = 9.6822 / 26.04 = 0.37182027649769… t
        SourceResult cutting = source(aPlant().withSource("C", SourceType.PROC_ACETYLENE_CUTTING, "density", "1.1 kg/Nm3")
                .withYear("C", "100", "Nm3"));

        assertThat(parameter(cutting, "density").detail()).contains("override").contains("density.c2h2 = 1.17 kg/Nm3");
        assertThat(mass(cutting, Gas.CO2)).isCloseTo(bd("0.371820276497695853"), TOLERANCE);
    }

    @Test
    void unit_mismatch_names_the_row() {
        InputProblem problem = problemOf(aPlant().withSource("C", SourceType.PROC_ACETYLENE_CUTTING)
                .withRow("C", "2025-01-01", "2025-07-01", "50", "kg")
                .withRow("C", "2025-07-01", "2026-01-01", "3", "GJ"));

        assertThat(problem.location()).hasToString("activity.csv:3");
        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("'GJ'");
    }

    @Test
    void unknown_item_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("C", SourceType.PROC_ACETYLENE_CUTTING)
                .withYear("C", "50", "kg", "oxygen"));

        assertThat(problem.field()).isEqualTo("item");
        assertThat(problem.message()).contains("unknown item 'oxygen'");
    }
}
