package io.autoghg.accounting.method;

import static io.autoghg.accounting.method.MethodTestSupport.TOLERANCE;
import static io.autoghg.accounting.method.MethodTestSupport.bd;
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
import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.SourceResult;
import org.junit.jupiter.api.Test;

/**
 * Scope 3 activity × factor, methodology §2: CO2e = t·km (or p·km) × factor; storage is energy-based and defaults
 * to the grid factor of §4 for its electricity.
 */
class ActivityFactorTests {

    @Test
    void freight_tonne_kilometres_times_a_co2e_factor() {
        // 1 000 000 t.km × 0.1 kgCO2e/t.km = 100 000 kg = 100 t CO2e (factor already in CO2e: GWP 1)
        SourceResult freight = source(aPlant().withSource("IN", SourceType.S3_UPSTREAM_TRANSPORT,
                        "emissionFactor", "0.1 kgCO2e/t.km")
                .withYear("IN", "1000000", "t.km"));

        assertThat(mass(freight, Gas.CO2E)).isEqualByComparingTo("100");
        assertThat(gasResult(freight, Gas.CO2E).gwp()).isEqualByComparingTo("1");
        assertThat(freight.tco2e()).isEqualByComparingTo("100");
    }

    @Test
    void passenger_kilometres_for_commuting() {
        // 200 000 p.km × 0.05 kgCO2e/p.km = 10 000 kg = 10 t CO2e
        SourceResult commuting = source(aPlant().withSource("COM", SourceType.S3_COMMUTING_TRAVEL,
                        "emissionFactor", "0.05 kgCO2e/p.km")
                .withYear("COM", "200000", "p.km"));

        assertThat(commuting.tco2e()).isEqualByComparingTo("10");
    }

    @Test
    void a_co2_factor_per_vehicle_kilometre_reports_co2() {
        // 10 000 km × 0.9 kgCO2/km = 9 000 kg = 9 t CO2
        SourceResult shuttle = source(aPlant().withSource("BUS", SourceType.S3_COMMUTING_TRAVEL, "emissionFactor", "0.9 kgCO2/km")
                .withYear("BUS", "10000", "km"));

        assertThat(mass(shuttle, Gas.CO2)).isEqualByComparingTo("9");
        assertThat(shuttle.gases()).extracting(result -> result.gas()).containsExactly(Gas.CO2);
    }

    @Test
    void downstream_transport_of_finished_vehicles() {
        // 500 000 t.km × 0.08 kgCO2e/t.km = 40 000 kg = 40 t CO2e; Scope 3 category 9
        InventoryResult result = aPlant().withSource("OUT", SourceType.S3_DOWNSTREAM_TRANSPORT, "emissionFactor", "0.08 kgCO2e/t.km")
                .withYear("OUT", "500000", "t.km").calculate(2025);

        assertThat(result.sources().get(0).tco2e()).isEqualByComparingTo("40");
        assertThat(result.totals().scope3()).isEqualByComparingTo("40");
        assertThat(result.aggregation().byScope3Category()).containsOnlyKeys("9");
    }

    @Test
    void storage_electricity_defaults_to_the_grid_factor() {
        // 50 000 kWh = 50 MWh × 0.5703 tCO2/MWh (§4, 2023–2025 reporting) = 28.515 t CO2
        // (computed per GJ: 180 GJ × 0.5703/3.6, hence the tolerance)
        SourceResult storage = source(aPlant().withSource("WH", SourceType.S3_UPSTREAM_STORAGE).withYear("WH", "50000", "kWh"));

        assertThat(mass(storage, Gas.CO2)).isCloseTo(bd("28.515"), TOLERANCE);
        assertThat(parameter(storage, "emissionFactor").value()).isEqualByComparingTo("0.5703");
        assertThat(parameter(storage, "emissionFactor").detail()).startsWith("library grid.CN.location");
    }

    @Test
    void dealer_storage_in_2022_uses_that_year_grid_factor() {
        // 1 000 MWh × 0.5810 tCO2/MWh (§4, 2021–2022 reporting) = 581 t CO2
        SourceResult storage = aPlant().withSource("DL", SourceType.S3_DOWNSTREAM_STORAGE)
                .withRow("DL", "2022-01-01", "2023-01-01", "1000", "MWh").calculate(2022).sources().get(0);

        assertThat(storage.tco2e()).isCloseTo(bd("581"), TOLERANCE);
    }

    @Test
    void transport_has_no_default_factor() {
        InputProblem problem = problemOf(aPlant().withSource("IN", SourceType.S3_UPSTREAM_TRANSPORT).withYear("IN", "1000", "t.km"));

        assertThat(problem.field()).isEqualTo("parameters.emissionFactor");
        assertThat(problem.location()).hasToString("plant.yaml:10");
        assertThat(problem.message()).contains("missing required parameter 'emissionFactor'");
    }

    @Test
    void factor_that_is_not_per_activity_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("IN", SourceType.S3_UPSTREAM_TRANSPORT, "emissionFactor", "5 kgCO2e")
                .withYear("IN", "1000", "t.km"));

        assertThat(problem.field()).isEqualTo("parameters.emissionFactor");
        assertThat(problem.message()).contains("must be CO2 or CO2e per unit of activity");
    }

    @Test
    void factor_that_is_not_an_emission_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("IN", SourceType.S3_UPSTREAM_TRANSPORT, "emissionFactor", "0.002 GJ/t.km")
                .withYear("IN", "1000", "t.km"));

        assertThat(problem.field()).isEqualTo("parameters.emissionFactor");
    }

    @Test
    void activity_that_does_not_match_the_factor_names_the_row() {
        // factor per t.km, row in km: distance alone is not freight work
        InputProblem problem = problemOf(aPlant().withSource("IN", SourceType.S3_UPSTREAM_TRANSPORT, "emissionFactor", "0.1 kgCO2e/t.km")
                .withYear("IN", "1000", "km"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("'km' (distance)").contains("freight distance");
    }

    @Test
    void unknown_item_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("IN", SourceType.S3_UPSTREAM_TRANSPORT, "emissionFactor", "0.1 kgCO2e/t.km")
                .withYear("IN", "1000", "t.km", "rail"));

        assertThat(problem.field()).isEqualTo("item");
        assertThat(problem.message()).contains("unknown item 'rail'");
    }
}
