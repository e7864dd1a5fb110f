package io.autoghg.accounting.method;

import static io.autoghg.accounting.method.MethodTestSupport.problemOf;
import static io.autoghg.accounting.method.MethodTestSupport.source;
import static io.autoghg.accounting.method.MethodTestSupport.step;
import static io.autoghg.accounting.testing.TestPlants.aPlant;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.engine.Totals;
import io.autoghg.accounting.trace.TraceEntry.Kind;
import org.junit.jupiter.api.Test;

/**
 * On-site PV (catalogue ELEC_PV_ONSITE): self-used PV carries zero emissions; exports are deducted only in the
 * GB/T 32150 figure (methodology §1: E = … − E(exported electricity)), valued at the grid factor (§4).
 */
class OnsitePvTests {

    @Test
    void self_use_only_emits_nothing_and_deducts_nothing() {
        // 500 000 kWh = 500 MWh generated, nothing exported: 500 MWh self-used, 0 t, no export deduction
        SourceResult pv = source(aPlant().withSource("PV", SourceType.ELEC_PV_ONSITE).withYear("PV", "500000", "kWh"));

        assertThat(pv.tco2e()).isEqualByComparingTo("0");
        assertThat(pv.exportCreditTco2()).isEqualByComparingTo("0");
        assertThat(pv.metrics().get("generatedMWh").value()).isEqualByComparingTo("500");
        assertThat(pv.metrics().get("exportedMWh").value()).isEqualByComparingTo("0");
        assertThat(pv.metrics().get("selfUsedMWh").value()).isEqualByComparingTo("500");
        assertThat(pv.gases()).isEmpty();
        assertThat(pv.trace()).noneMatch(entry -> entry.kind() == Kind.PARAMETER && entry.name().equals("gridFactor"));
    }

    @Test
    void export_is_deducted_in_the_gbt32150_total_only() {
        // PV 1 000 MWh generated, 300 MWh exported → self-used 700 MWh
        // export deduction: 300 MWh × 0.5703 tCO2/MWh (§4) = 171.09 t
        // purchased 1 000 MWh × 0.5703 = 570.3 t (Scope 2 location)
        // GHG Protocol total 570.3 t (exports not netted, §1); GB/T 32150 total 570.3 − 171.09 = 399.21 t
        InventoryResult result = aPlant()
                .withSource("PV", SourceType.ELEC_PV_ONSITE)
                .withSource("EL", SourceType.ELEC_PURCHASED)
                .withYear("PV", "1000", "MWh", "generated")
                .withYear("PV", "300", "MWh", "exported")
                .withYear("EL", "1000", "MWh")
                .calculate(2025);
        SourceResult pv = result.sources().get(0);

        assertThat(pv.tco2e()).isEqualByComparingTo("0");
        assertThat(pv.exportCreditTco2()).isEqualByComparingTo("171.09");
        assertThat(step(pv, "self-used").value()).isEqualByComparingTo("700");
        assertThat(pv.metrics().get("selfUsedMWh").value()).isEqualByComparingTo("700");
        assertThat(pv.metrics().get("exportedMWh").value()).isEqualByComparingTo("300");
        Totals totals = result.totals();
        assertThat(totals.total()).isEqualByComparingTo("570.3");
        assertThat(totals.scope2Location()).isEqualByComparingTo("570.3");
        assertThat(totals.exportCredit()).isEqualByComparingTo("171.09");
        assertThat(totals.gbt32150Total()).isEqualByComparingTo("399.21");
    }

    @Test
    void main_input_and_generated_item_are_added() {
        // 400 MWh + 600 000 kWh = 1 000 MWh generated; 1 000 MWh exported → 0 self-used; 1 000 × 0.5703 = 570.3 t deducted
        SourceResult pv = source(aPlant().withSource("PV", SourceType.ELEC_PV_ONSITE)
                .withYear("PV", "400", "MWh").withYear("PV", "600000", "kWh", "generated")
                .withYear("PV", "1", "GWh", "exported"));

        assertThat(pv.metrics().get("generatedMWh").value()).isEqualByComparingTo("1000");
        assertThat(pv.metrics().get("selfUsedMWh").value()).isEqualByComparingTo("0");
        assertThat(pv.exportCreditTco2()).isEqualByComparingTo("570.3");
    }

    @Test
    void export_is_valued_at_the_grid_factor_of_the_reporting_year() {
        // 2022: 0.5810 tCO2/MWh (§4); 100 MWh exported × 0.5810 = 58.1 t
        SourceResult pv = aPlant().withSource("PV", SourceType.ELEC_PV_ONSITE)
                .withRow("PV", "2022-01-01", "2023-01-01", "800", "MWh")
                .withRow("PV", "2022-01-01", "2023-01-01", "100", "MWh", "exported")
                .calculate(2022).sources().get(0);

        assertThat(pv.exportCreditTco2()).isEqualByComparingTo("58.1");
    }

    @Test
    void export_above_generation_is_an_error() {
        InputProblem problem = problemOf(aPlant().withSource("PV", SourceType.ELEC_PV_ONSITE)
                .withYear("PV", "200", "MWh").withYear("PV", "300", "MWh", "exported"));

        assertThat(problem.field()).isEqualTo("quantity");
        assertThat(problem.location()).as("the first export row").hasToString("activity.csv:3");
        assertThat(problem.message()).contains("PV export (300 MWh) exceeds generation (200 MWh)");
    }

    @Test
    void generation_in_tonnes_is_a_unit_error() {
        InputProblem problem = problemOf(aPlant().withSource("PV", SourceType.ELEC_PV_ONSITE).withYear("PV", "200", "t"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("'t'").contains("PV electricity generated");
    }

    @Test
    void unknown_item_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("PV", SourceType.ELEC_PV_ONSITE)
                .withYear("PV", "200", "MWh").withYear("PV", "150", "MWh", "selfUsed"));

        assertThat(problem.field()).isEqualTo("item");
        assertThat(problem.message()).contains("unknown item 'selfUsed'").contains("exported");
    }
}
