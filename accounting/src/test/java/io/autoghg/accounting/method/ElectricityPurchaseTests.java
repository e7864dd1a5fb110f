package io.autoghg.accounting.method;

import static io.autoghg.accounting.method.MethodTestSupport.notes;
import static io.autoghg.accounting.method.MethodTestSupport.parameter;
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
import io.autoghg.accounting.testing.TestPlants;
import org.junit.jupiter.api.Test;

/**
 * Purchased electricity, methodology §2: location-based CO2 = MWh × grid EF; market-based CO2 = (MWh − MWh covered
 * by green certificates / contracts) × residual factor. Factors from §4: national grid 0.5810 (2021–2022 reporting),
 * 0.5703 (2023–2025 reporting), excluding market-traded non-fossil power 0.5856 (the residual role).
 */
class ElectricityPurchaseTests {

    private static TestPlants meter(String quantity, String unit) {
        return aPlant().withSource("EL", SourceType.ELEC_PURCHASED).withYear("EL", quantity, unit);
    }

    @Test
    void certificates_do_not_enter_the_uncertainty_of_the_location_based_figure() {
        // 1 000 MWh ±1 % purchased; 400 MWh ±10 % certified changes only the market-based figure → ±1 %
        SourceResult grid = source(aPlant().withSource("E", SourceType.ELEC_PURCHASED)
                .withRow("E", "2025-01-01", "2026-01-01", "1000", "MWh", "", "1")
                .withRow("E", "2025-01-01", "2026-01-01", "400", "MWh", "certified", "10"));

        assertThat(grid.uncertaintyPct()).isEqualByComparingTo("1");
    }

    @Test
    void location_and_market_based_without_certificates() {
        // location: 1 000 MWh × 0.5703 tCO2/MWh (§4, 2023–2025 reporting) = 570.3 t
        // market: no certificates, 1 000 MWh × 0.5856 (§4 residual role) = 585.6 t
        SourceResult power = source(meter("1000", "MWh"));

        assertThat(power.tco2e()).isEqualByComparingTo("570.3");
        assertThat(power.tco2eMarket()).isEqualByComparingTo("585.6");
        assertThat(parameter(power, "gridFactor").value()).isEqualByComparingTo("0.5703");
        assertThat(parameter(power, "gridFactor").detail()).startsWith("library grid.CN.location: MEE 2023 notice");
        assertThat(parameter(power, "residualFactor").value()).isEqualByComparingTo("0.5856");
        assertThat(parameter(power, "residualFactor").detail()).startsWith("library grid.CN.residual");
    }

    @Test
    void certificates_lower_only_the_market_based_figure() {
        // location: 1 000 × 0.5703 = 570.3 t; market: (1 000 − 400) MWh × 0.5856 = 600 × 0.5856 = 351.36 t
        InventoryResult result = meter("1000", "MWh").withYear("EL", "400", "MWh", "certified").calculate(2025);
        SourceResult power = result.sources().get(0);

        assertThat(power.tco2e()).isEqualByComparingTo("570.3");
        assertThat(power.tco2eMarket()).isEqualByComparingTo("351.36");
        assertThat(step(power, "residual electricity").value()).isEqualByComparingTo("600");
        assertThat(power.metrics().get("purchasedMWh").value()).isEqualByComparingTo("1000");
        assertThat(power.metrics().get("certifiedMWh").value()).isEqualByComparingTo("400");
        Totals totals = result.totals();
        assertThat(totals.scope2Location()).isEqualByComparingTo("570.3");
        assertThat(totals.scope2Market()).isEqualByComparingTo("351.36");
        assertThat(totals.total()).isEqualByComparingTo("570.3");
        assertThat(totals.totalMarket()).isEqualByComparingTo("351.36");
    }

    @Test
    void certificates_exceeding_purchases_are_capped_and_noted() {
        // 1 500 MWh certified > 1 000 MWh purchased: 1 000 MWh covered, residual 0 → market 0 t; location unchanged 570.3 t
        SourceResult power = source(meter("1000", "MWh").withYear("EL", "1500000", "kWh", "certified"));

        assertThat(power.tco2e()).isEqualByComparingTo("570.3");
        assertThat(power.tco2eMarket()).isEqualByComparingTo("0");
        assertThat(power.metrics().get("certifiedMWh").value()).isEqualByComparingTo("1000");
        assertThat(notes(power)).contains("certified quantity exceeds purchases; only 1000 MWh can be claimed, "
                + "the excess is not carried over");
    }

    @Test
    void kilowatt_hours_are_converted_to_megawatt_hours() {
        // 2 000 000 kWh = 2 000 MWh; × 0.5703 = 1 140.6 t location; × 0.5856 = 1 171.2 t market
        SourceResult power = source(meter("2000000", "kWh"));

        assertThat(power.metrics().get("purchasedMWh").value()).isEqualByComparingTo("2000");
        assertThat(power.tco2e()).isEqualByComparingTo("1140.6");
        assertThat(power.tco2eMarket()).isEqualByComparingTo("1171.2");
    }

    @Test
    void reporting_year_2022_uses_the_earlier_grid_factor() {
        // §4: 0.5810 tCO2/MWh for 2021–2022 reporting; 1 000 MWh × 0.5810 = 581 t
        SourceResult power = aPlant().withSource("EL", SourceType.ELEC_PURCHASED)
                .withRow("EL", "2022-01-01", "2023-01-01", "1000", "MWh").calculate(2022).sources().get(0);

        assertThat(parameter(power, "gridFactor").value()).isEqualByComparingTo("0.5810");
        assertThat(power.tco2e()).isEqualByComparingTo("581");
    }

    @Test
    void plant_grid_factor_override_may_be_given_per_gigajoule() {
        // 0.15 tCO2/GJ × 3.6 GJ/MWh = 0.54 tCO2/MWh; 1 000 MWh × 0.54 = 540 t
        SourceResult power = source(aPlant().withSource("EL", SourceType.ELEC_PURCHASED, "gridFactor", "0.15 tCO2/GJ")
                .withYear("EL", "1000", "MWh"));

        assertThat(power.tco2e()).isEqualByComparingTo("540");
        assertThat(parameter(power, "gridFactor").detail()).contains("override").contains("grid.CN.location = 0.5703 tCO2/MWh");
    }

    @Test
    void provincial_or_newer_factor_as_an_override() {
        // §4: 2022 national electricity factor 0.5366 tCO2/MWh (MEE & NBS 2024); 1 000 MWh × 0.5366 = 536.6 t
        SourceResult power = source(aPlant().withSource("EL", SourceType.ELEC_PURCHASED, "gridFactor", "0.5366 tCO2/MWh")
                .withYear("EL", "1000", "MWh"));

        assertThat(power.tco2e()).isEqualByComparingTo("536.6");
    }

    @Test
    void electricity_in_normal_cubic_metres_is_a_unit_error() {
        InputProblem problem = problemOf(meter("1000", "Nm3"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("'Nm3'").contains("electricity purchased");
    }

    @Test
    void grid_factor_per_mass_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("EL", SourceType.ELEC_PURCHASED, "gridFactor", "0.57 t/t")
                .withYear("EL", "1000", "MWh"));

        assertThat(problem.field()).isEqualTo("parameters.gridFactor");
        assertThat(problem.location()).hasToString("plant.yaml:10");
    }

    @Test
    void unknown_item_is_rejected() {
        InputProblem problem = problemOf(meter("1000", "MWh").withYear("EL", "100", "MWh", "green"));

        assertThat(problem.location()).hasToString("activity.csv:3");
        assertThat(problem.field()).isEqualTo("item");
        assertThat(problem.message()).contains("unknown item 'green'").contains("certified");
    }
}
