package io.autoghg.accounting.method;

import static io.autoghg.accounting.method.MethodTestSupport.TOLERANCE;
import static io.autoghg.accounting.method.MethodTestSupport.bd;
import static io.autoghg.accounting.method.MethodTestSupport.gasResult;
import static io.autoghg.accounting.method.MethodTestSupport.input;
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
import io.autoghg.accounting.trace.TraceEntry;
import io.autoghg.accounting.trace.TraceEntry.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fuel combustion, methodology §2: CO2 = FC × NCV × CC × OF × 44/12, or FC × EF; defaults from §3
 * (NDRC 2015 guideline appendix). 44/12 has no finite decimal, so CO2 after that factor is compared
 * within 1e-9 t; energy and carbon are exact.
 */
class FuelCombustionTests {

    @Test
    void natural_gas_uses_the_library_defaults_of_methodology_section_3() {
        // §3 natural gas: NCV 389.31 GJ/10⁴Nm3 = 0.038931 GJ/Nm3, CC 15.3e-3 tC/GJ, OF 99 %
        // 10 000 Nm3 × 0.038931 GJ/Nm3 = 389.31 GJ
        // 389.31 GJ × 0.0153 tC/GJ = 5.956443 tC
        // 5.956443 tC × 0.99 × 44/12 = 5.89687857 × 3.6666… = 21.62188809 t CO2
        SourceResult ng = source(aPlant().withSource("NG", SourceType.STAT_COMB_NG).withYear("NG", "10000", "Nm3"));

        assertThat(step(ng, "energy").value()).isEqualByComparingTo("389.31");
        assertThat(step(ng, "carbon").value()).isEqualByComparingTo("5.956443");
        assertThat(mass(ng, Gas.CO2)).isCloseTo(bd("21.62188809"), TOLERANCE);
        assertThat(ng.gases()).extracting(result -> result.gas()).containsExactly(Gas.CO2);
        assertThat(ng.tco2e()).isCloseTo(bd("21.62188809"), TOLERANCE);

        TraceEntry ncv = parameter(ng, "ncv");
        assertThat(ncv.value()).isEqualByComparingTo("389.31");
        assertThat(ncv.unit()).isEqualTo("GJ/万Nm3");
        assertThat(ncv.detail()).startsWith("library fuel.natural-gas.ncv: NDRC 2015").contains("status V");
        assertThat(parameter(ng, "carbonContent").value()).isEqualByComparingTo("0.0153");
        assertThat(parameter(ng, "oxidation").value()).isEqualByComparingTo("0.99");
    }

    @Test
    void gas_metered_in_ten_thousand_normal_cubic_metres_gives_the_same_result() {
        // 1 万Nm3 = 10 000 Nm3 → same 21.62188809 t CO2 as above (§3 natural gas defaults)
        SourceResult ng = source(aPlant().withSource("NG", SourceType.STAT_COMB_NG).withYear("NG", "1", "万Nm3"));

        assertThat(input(ng, "activity").value()).isEqualByComparingTo("10000");
        assertThat(mass(ng, Gas.CO2)).isCloseTo(bd("21.62188809"), TOLERANCE);
    }

    @Test
    void several_rows_are_summed_and_the_trace_names_them() {
        // two half-years 4 000 + 6 000 Nm3 = 10 000 Nm3 → 21.62188809 t CO2 (§3 natural gas defaults)
        SourceResult ng = source(aPlant().withSource("NG", SourceType.STAT_COMB_NG)
                .withRow("NG", "2025-01-01", "2025-07-01", "4000", "Nm3")
                .withRow("NG", "2025-07-01", "2026-01-01", "6000", "Nm3"));

        assertThat(input(ng, "activity").value()).isEqualByComparingTo("10000");
        assertThat(input(ng, "activity").rows()).containsExactly("activity.csv:2-3");
        assertThat(mass(ng, Gas.CO2)).isCloseTo(bd("21.62188809"), TOLERANCE);
    }

    @Test
    void plant_override_beats_the_library_default_and_the_trace_names_the_value_it_beat() {
        // plant NCV 0.036 GJ/Nm3 instead of §3's 389.31 GJ/10⁴Nm3:
        // 10 000 Nm3 × 0.036 = 360 GJ; × 0.0153 tC/GJ = 5.508 tC; × 0.99 × 44/12 = 5.45292 × 44/12 = 19.99404 t
        SourceResult ng = source(aPlant().withSource("NG", SourceType.STAT_COMB_NG, "ncv", "0.036 GJ/Nm3")
                .withYear("NG", "10000", "Nm3"));

        assertThat(step(ng, "energy").value()).isEqualByComparingTo("360");
        assertThat(mass(ng, Gas.CO2)).isCloseTo(bd("19.99404"), TOLERANCE);
        TraceEntry ncv = parameter(ng, "ncv");
        assertThat(ncv.value()).isEqualByComparingTo("0.036");
        assertThat(ncv.unit()).isEqualTo("GJ/Nm3");
        assertThat(ncv.detail()).contains("override")
                .contains("plant.yaml:10")
                .contains("fuel.natural-gas.ncv = 389.31 GJ/万Nm3");
        // the parameters not overridden still come from the library
        assertThat(parameter(ng, "carbonContent").detail()).startsWith("library fuel.natural-gas.carbonContent");
    }

    @Test
    void fuel_parameter_selects_another_library_fuel() {
        // §3 coke-oven gas: NCV 179.81 GJ/10⁴Nm3, CC 13.58e-3 tC/GJ, OF 99 %
        // 10 000 Nm3 × 0.017981 = 179.81 GJ; × 0.01358 = 2.4418198 tC; × 0.99 × 44/12 = 2.417401602 × 44/12 = 8.863805874 t
        SourceResult cog = source(aPlant().withSource("COG", SourceType.STAT_COMB_NG, "fuel", "coke-oven-gas")
                .withYear("COG", "10000", "Nm3"));

        assertThat(step(cog, "energy").value()).isEqualByComparingTo("179.81");
        assertThat(step(cog, "carbon").value()).isEqualByComparingTo("2.4418198");
        assertThat(mass(cog, Gas.CO2)).isCloseTo(bd("8.863805874"), TOLERANCE);
        assertThat(parameter(cog, "ncv").detail()).startsWith("library fuel.coke-oven-gas.ncv");
    }

    @ParameterizedTest(name = "{0}: 10 t → {2} GJ, {3} tC, {4} t CO2")
    @CsvSource({
            // fuel,          type,               energy = 10 t × NCV, carbon = energy × CC, CO2 = carbon × OF × 44/12 (§3)
            "gasoline,        MOB_COMB_GASOLINE,  430.70,  8.14023,    29.2505598",               // 43.070 GJ/t, 18.9e-3, 98 %: 7.9774254 × 44/12
            "diesel,          MOB_COMB_DIESEL,    426.52,  8.615704,   30.9590963733333333",      // 42.652, 20.2e-3, 98 %: 8.44338992 × 44/12
            "kerosene,        STAT_COMB_DIESEL,   430.70,  8.44172,    30.3339138666666667",      // 43.070, 19.6e-3, 98 %: 8.2728856 × 44/12
            "fuel-oil,        STAT_COMB_DIESEL,   418.16,  8.823176,   31.7046124266666667",      // 41.816, 21.1e-3, 98 %: 8.64671248 × 44/12
            "crude-oil,       STAT_COMB_DIESEL,   418.16,  8.3966528,  30.1719723946666667",      // 41.816, 20.08e-3, 98 %: 8.228719744 × 44/12
            "lpg,             MOB_COMB_LPG,       501.79,  8.630788,   31.0132982133333333",      // 50.179, 17.2e-3, 98 %: 8.45817224 × 44/12
            "lng,             MOB_COMB_LNG,       514.40,  7.87032,    28.2806832",               // 51.44, 15.3e-3, 98 %: 7.7129136 × 44/12
            "bituminous-coal, STAT_COMB_COAL,     195.70,  5.123426,   17.47088266",              // 19.570, 26.18e-3, 93 %: 4.76478618 × 44/12
            "anthracite,      STAT_COMB_COAL,     203.04,  5.5815696,  19.237809888",             // 20.304, 27.49e-3, 94 %: 5.246675424 × 44/12
            "coke,            STAT_COMB_COAL,     284.47,  8.391865,   28.61625965",              // 28.447, 29.5e-3, 93 %: 7.80443445 × 44/12
    })
    void every_solid_and_liquid_fuel_of_section_3(String fuel, SourceType type, String energy, String carbon, String co2) {
        SourceResult result = source(aPlant().withSource("F", type, "fuel", fuel).withYear("F", "10", "t"));

        assertThat(step(result, "energy").value()).isEqualByComparingTo(energy);
        assertThat(step(result, "carbon").value()).isEqualByComparingTo(carbon);
        assertThat(mass(result, Gas.CO2)).isCloseTo(bd(co2), TOLERANCE);
    }

    @Test
    void diesel_in_litres_is_converted_with_the_default_density_and_the_trace_says_so() {
        // §3 typical density diesel 0.84 kg/L: 1 000 L × 0.84 kg/L = 840 kg = 0.84 t
        // 0.84 t × 42.652 GJ/t = 35.82768 GJ; × 0.0202 tC/GJ = 0.723719136 tC
        // × 0.98 × 44/12 = 0.70924475328 × 44/12 = 2.60056409536 t CO2
        SourceResult diesel = source(aPlant().withSource("GEN", SourceType.STAT_COMB_DIESEL).withYear("GEN", "1000", "L"));

        TraceEntry activity = input(diesel, "activity");
        assertThat(activity.value()).isEqualByComparingTo("0.84");
        assertThat(activity.unit()).isEqualTo("t");
        assertThat(activity.detail()).contains("converted to t from 1000 L with density 0.84 kg/L");
        assertThat(parameter(diesel, "density").detail()).startsWith("library fuel.diesel.density");
        assertThat(step(diesel, "energy").value()).isEqualByComparingTo("35.82768");
        assertThat(mass(diesel, Gas.CO2)).isCloseTo(bd("2.60056409536"), TOLERANCE);
    }

    @Test
    void measured_density_overrides_the_typical_one() {
        // measured 0.85 kg/L instead of §3's 0.84: 1 000 L → 0.85 t; × 42.652 = 36.2542 GJ;
        // × 0.0202 = 0.73233484 tC; × 0.98 × 44/12 = 0.7176881432 × 44/12 = 2.6315231917333… t
        SourceResult diesel = source(aPlant().withSource("GEN", SourceType.STAT_COMB_DIESEL, "density", "0.85 kg/L")
                .withYear("GEN", "1000", "L"));

        assertThat(input(diesel, "activity").detail()).contains("with density 0.85 kg/L");
        assertThat(parameter(diesel, "density").detail()).contains("override").contains("fuel.diesel.density = 0.84 kg/L");
        assertThat(mass(diesel, Gas.CO2)).isCloseTo(bd("2.6315231917333333"), TOLERANCE);
    }

    @Test
    void gasoline_in_litres_uses_the_midpoint_density() {
        // §3 gasoline 0.73–0.75 kg/L, library midpoint 0.74: 1 000 L → 0.74 t; × 43.070 = 31.8718 GJ;
        // × 0.0189 = 0.60237702 tC; × 0.98 × 44/12 = 0.5903294796 × 44/12 = 2.1645414252 t
        SourceResult car = source(aPlant().withSource("CAR", SourceType.MOB_COMB_GASOLINE).withYear("CAR", "1000", "L"));

        assertThat(input(car, "activity").value()).isEqualByComparingTo("0.74");
        assertThat(mass(car, Gas.CO2)).isCloseTo(bd("2.1645414252"), TOLERANCE);
    }

    @Test
    void direct_emission_factor_per_tonne_replaces_the_carbon_content_path() {
        // §2 "CO2 = FC × EF with a direct factor": 10 t × 3.1 tCO2/t = 31 t, exact
        SourceResult diesel = source(aPlant().withSource("GEN", SourceType.STAT_COMB_DIESEL, "emissionFactor", "3.1 tCO2/t")
                .withYear("GEN", "10", "t"));

        assertThat(mass(diesel, Gas.CO2)).isEqualByComparingTo("31");
        assertThat(diesel.trace()).noneMatch(entry -> entry.name().equals("carbonContent") || entry.name().equals("ncv"));
        assertThat(step(diesel, "CO2").detail()).isEqualTo("CO2 = fuel consumed × emissionFactor");
    }

    @Test
    void direct_emission_factor_per_tonne_converts_litres_with_the_density() {
        // 1 000 L × 0.84 kg/L (§3 diesel density) = 0.84 t; × 3.1 tCO2/t = 2.604 t, exact
        SourceResult diesel = source(aPlant().withSource("GEN", SourceType.STAT_COMB_DIESEL, "emissionFactor", "3.1 tCO2/t")
                .withYear("GEN", "1000", "L"));

        assertThat(input(diesel, "activity").detail()).contains("with density 0.84 kg/L");
        assertThat(mass(diesel, Gas.CO2)).isEqualByComparingTo("2.604");
    }

    @Test
    void per_gas_factor_per_tonne_of_fuel() {
        // 10 t diesel × 3.9 kg CH4/t = 39 kg = 0.039 t CH4; × GWP AR5 28 (§5) = 1.092 t CO2e
        SourceResult diesel = source(aPlant().withSource("GEN", SourceType.STAT_COMB_DIESEL,
                        "emissionFactor", "3.1 tCO2/t", "emissionFactorCH4", "3.9 kg/t")
                .withYear("GEN", "10", "t"));

        assertThat(mass(diesel, Gas.CH4)).isEqualByComparingTo("0.039");
        assertThat(gasResult(diesel, Gas.CH4).tco2e()).isEqualByComparingTo("1.092");
        // 31 t CO2 + 1.092 t CO2e
        assertThat(diesel.tco2e()).isEqualByComparingTo("32.092");
    }

    @Test
    void direct_emission_factor_without_a_unit_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("GEN", SourceType.STAT_COMB_DIESEL, "emissionFactor", "3.1")
                .withYear("GEN", "10", "t"));

        assertThat(problem.field()).isEqualTo("parameters.emissionFactor");
        assertThat(problem.location()).hasToString("plant.yaml:10");
    }

    @Test
    void direct_emission_factor_per_litre_needs_no_density() {
        // 1 000 L × 2.6 kgCO2/L = 2 600 kg = 2.6 t (factor and fuel both by volume)
        SourceResult diesel = source(aPlant().withSource("GEN", SourceType.STAT_COMB_DIESEL, "emissionFactor", "2.6 kgCO2/L")
                .withYear("GEN", "1000", "L"));

        assertThat(mass(diesel, Gas.CO2)).isEqualByComparingTo("2.6");
        assertThat(diesel.trace()).noneMatch(entry -> entry.name().equals("density"));
    }

    @Test
    void direct_emission_factor_per_energy_uses_the_library_ncv() {
        // §3 natural gas NCV: 10 000 Nm3 × 0.038931 = 389.31 GJ; × 0.0561 tCO2/GJ = 21.840291 t, exact
        SourceResult ng = source(aPlant().withSource("NG", SourceType.STAT_COMB_NG, "emissionFactor", "0.0561 tCO2/GJ")
                .withYear("NG", "10000", "Nm3"));

        assertThat(mass(ng, Gas.CO2)).isEqualByComparingTo("21.840291");
        assertThat(step(ng, "CO2").detail()).isEqualTo("CO2 = energy × emissionFactor");
    }

    @Test
    void cems_measurement_wins_over_fuel_rows() {
        // §2 CEMS direct: CO2 = Σ measured; 1 200 t + 300 000 kgCO2 = 1 500 t; fuel rows are only noted
        SourceResult boiler = source(aPlant().withSource("B", SourceType.STAT_COMB_NG)
                .withYear("B", "10000", "Nm3")
                .withRow("B", "2025-01-01", "2025-07-01", "1200", "t", "measured")
                .withRow("B", "2025-07-01", "2026-01-01", "300000", "kgCO2", "measured"));

        assertThat(mass(boiler, Gas.CO2)).isEqualByComparingTo("1500");
        assertThat(boiler.tco2e()).isEqualByComparingTo("1500");
        assertThat(input(boiler, "measured").value()).isEqualByComparingTo("1500");
        assertThat(notes(boiler)).contains("fuel rows are present too; CO2 follows the direct measurement, CH4 and N2O the fuel");
        assertThat(boiler.trace()).noneMatch(entry -> entry.kind() == Kind.PARAMETER && entry.name().equals("ncv"));
    }

    @Test
    void an_override_the_method_never_uses_is_noted_in_the_trace() {
        SourceResult boiler = source(aPlant().withSource("B", SourceType.STAT_COMB_NG, "leakRate", "5 %", "gas", "SF6")
                .withYear("B", "10000", "Nm3"));

        assertThat(notes(boiler)).contains("parameters set for this source but not used by fuel combustion: gas, leakRate");
    }

    @Test
    void cems_co2_still_takes_ch4_from_the_fuel() {
        // CO2 measured: 1 500 t. CH4 from the fuel: 10 000 Nm3 × 389.31 GJ/10^4 Nm3 (§3) = 389.31 GJ = 0.38931 TJ × 1 kg/TJ
        // = 0.38931 kg = 0.00038931 t CH4; × 28 (AR5, §5) = 0.01090068 t CO2e; total 1 500.01090068
        SourceResult boiler = source(aPlant().withSource("B", SourceType.STAT_COMB_NG, "emissionFactorCH4", "1 kg/TJ")
                .withYear("B", "10000", "Nm3")
                .withYear("B", "1500", "t", "measured"));

        assertThat(mass(boiler, Gas.CO2)).isEqualByComparingTo("1500");
        assertThat(mass(boiler, Gas.CH4)).isEqualByComparingTo("0.00038931");
        assertThat(boiler.tco2e()).isEqualByComparingTo("1500.01090068");
    }

    @Test
    void ch4_and_n2o_per_gas_factors_add_their_co2e() {
        // energy 389.31 GJ = 0.38931 TJ (§3 natural gas NCV)
        // CH4 = 0.38931 TJ × 1 kg/TJ = 0.38931 kg = 0.00038931 t; × GWP AR5 28 (§5) = 0.01090068 t CO2e
        // N2O = 0.38931 TJ × 0.1 kg/TJ = 0.038931 kg = 0.000038931 t; × GWP AR5 265 (§5) = 0.010316715 t CO2e
        // CO2 = 21.62188809 t (see the first test); total 21.62188809 + 0.01090068 + 0.010316715 = 21.643105485 t CO2e
        SourceResult ng = source(aPlant().withSource("NG", SourceType.STAT_COMB_NG,
                        "emissionFactorCH4", "1 kg/TJ", "emissionFactorN2O", "0.1 kg/TJ")
                .withYear("NG", "10000", "Nm3"));

        assertThat(mass(ng, Gas.CH4)).isEqualByComparingTo("0.00038931");
        assertThat(gasResult(ng, Gas.CH4).tco2e()).isEqualByComparingTo("0.01090068");
        assertThat(mass(ng, Gas.N2O)).isEqualByComparingTo("0.000038931");
        assertThat(gasResult(ng, Gas.N2O).tco2e()).isEqualByComparingTo("0.010316715");
        assertThat(ng.tco2e()).isCloseTo(bd("21.643105485"), TOLERANCE);
        // the energy is computed once and shared by the three gases
        assertThat(ng.trace()).filteredOn(entry -> entry.name().equals("energy")).hasSize(1);
    }

    @Test
    void uncertainties_of_activity_and_parameters_add_in_quadrature() {
        // §7 products: U = √(ΣUᵢ²) = √(3² + 4²) = 5 % (activity ±3 %, NCV ±4 %, library values carry none)
        SourceResult ng = source(aPlant().withSource("NG", SourceType.STAT_COMB_NG, "ncv", "0.038931 GJ/Nm3 ±4%")
                .withRow("NG", "2025-01-01", "2026-01-01", "10000", "Nm3", "", "3"));

        assertThat(ng.uncertaintyPct()).isEqualByComparingTo("5");
        assertThat(mass(ng, Gas.CO2)).isCloseTo(bd("21.62188809"), TOLERANCE);
    }

    @Test
    void activity_in_a_unit_of_the_wrong_dimension_names_the_row_and_the_unit_field() {
        InputProblem problem = problemOf(aPlant().withSource("NG", SourceType.STAT_COMB_NG).withYear("NG", "10000", "kWh"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("unit");
        assertThat(problem.message()).contains("'kWh'").contains("normal volume").contains("NG");
    }

    @Test
    void natural_gas_in_actual_cubic_metres_is_not_normal_volume() {
        // §2: gases are metered in Nm3 (normal conditions); actual m3 cannot be converted without T and p
        InputProblem unit = problemOf(aPlant().withSource("NG", SourceType.STAT_COMB_NG).withYear("NG", "100", "m3"));
        assertThat(unit.location()).hasToString("activity.csv:2");
        assertThat(unit.field()).isEqualTo("unit");
        assertThat(unit.message()).contains("'m3' (volume)");
    }

    @Test
    void fuel_without_library_defaults_reports_the_missing_ncv() {
        InputProblem problem = problemOf(aPlant().withSource("W", SourceType.STAT_COMB_COAL, "fuel", "wood")
                .withYear("W", "10", "t"));

        assertThat(problem.field()).isEqualTo("parameters.ncv");
        assertThat(problem.location()).hasToString("plant.yaml:10");
        assertThat(problem.message()).contains("missing required parameter 'ncv'");
    }

    @Test
    void litres_of_a_fuel_without_a_density_report_the_missing_density() {
        // the library has no LNG density (§3 lists none), so litres cannot become tonnes
        InputProblem problem = problemOf(aPlant().withSource("T", SourceType.MOB_COMB_LNG).withYear("T", "1000", "L"));

        assertThat(problem.field()).isEqualTo("parameters.density");
        assertThat(problem.message()).contains("missing required parameter 'density'");
    }

    @Test
    void ncv_without_an_energy_unit_is_rejected_at_its_plant_file_line() {
        InputProblem problem = problemOf(aPlant().withSource("NG", SourceType.STAT_COMB_NG, "ncv", "0.99")
                .withYear("NG", "10000", "Nm3"));

        assertThat(problem.field()).isEqualTo("parameters.ncv");
        assertThat(problem.location()).hasToString("plant.yaml:10");
        assertThat(problem.message()).contains("must be energy per quantity");
    }

    @Test
    void emission_factor_that_is_not_a_mass_per_quantity_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("NG", SourceType.STAT_COMB_NG, "emissionFactor", "5 GJ/t")
                .withYear("NG", "10000", "Nm3"));

        assertThat(problem.field()).isEqualTo("parameters.emissionFactor");
        assertThat(problem.message()).contains("must be a mass of CO2 per quantity");
    }

    @Test
    void unparsable_parameter_text_is_rejected() {
        InputProblem problem = problemOf(aPlant().withSource("NG", SourceType.STAT_COMB_NG, "ncv", "about 0.04 GJ/Nm3")
                .withYear("NG", "10000", "Nm3"));

        assertThat(problem.field()).isEqualTo("parameters.ncv");
        assertThat(problem.message()).contains("does not start with a number");
    }

    @Test
    void unknown_item_is_rejected_naming_the_row() {
        InputProblem problem = problemOf(aPlant().withSource("NG", SourceType.STAT_COMB_NG)
                .withYear("NG", "100", "t", "measurd"));

        assertThat(problem.location()).hasToString("activity.csv:2");
        assertThat(problem.field()).isEqualTo("item");
        assertThat(problem.message()).contains("unknown item 'measurd'").contains("measured");
    }
}
