package io.autoghg.accounting.catalogue;

import static io.autoghg.accounting.catalogue.SourceType.ELEC_PURCHASED;
import static io.autoghg.accounting.catalogue.SourceType.ELEC_PV_ONSITE;
import static io.autoghg.accounting.catalogue.SourceType.FUG_GAS_PIPELINE;
import static io.autoghg.accounting.catalogue.SourceType.FUG_OTHER;
import static io.autoghg.accounting.catalogue.SourceType.FUG_REFRIGERANT_HVAC;
import static io.autoghg.accounting.catalogue.SourceType.FUG_REFRIGERANT_VEHICLE;
import static io.autoghg.accounting.catalogue.SourceType.HEAT_PURCHASED;
import static io.autoghg.accounting.catalogue.SourceType.MOB_COMB_DIESEL;
import static io.autoghg.accounting.catalogue.SourceType.MOB_COMB_GASOLINE;
import static io.autoghg.accounting.catalogue.SourceType.MOB_COMB_LNG;
import static io.autoghg.accounting.catalogue.SourceType.MOB_COMB_LPG;
import static io.autoghg.accounting.catalogue.SourceType.PROC_ACETYLENE_CUTTING;
import static io.autoghg.accounting.catalogue.SourceType.PROC_CO2_WELDING;
import static io.autoghg.accounting.catalogue.SourceType.PROC_WASTEWATER_CH4;
import static io.autoghg.accounting.catalogue.SourceType.PROC_WASTE_TREATMENT;
import static io.autoghg.accounting.catalogue.SourceType.S3_COMMUTING_TRAVEL;
import static io.autoghg.accounting.catalogue.SourceType.S3_DOWNSTREAM_STORAGE;
import static io.autoghg.accounting.catalogue.SourceType.S3_DOWNSTREAM_TRANSPORT;
import static io.autoghg.accounting.catalogue.SourceType.S3_UPSTREAM_STORAGE;
import static io.autoghg.accounting.catalogue.SourceType.S3_UPSTREAM_TRANSPORT;
import static io.autoghg.accounting.catalogue.SourceType.STAT_COMB_COAL;
import static io.autoghg.accounting.catalogue.SourceType.STAT_COMB_DIESEL;
import static io.autoghg.accounting.catalogue.SourceType.STAT_COMB_NG;
import static io.autoghg.accounting.testing.TestPlants.aPlant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.testing.TestPlants;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The source catalogue (shared/reference/source-catalogue.md) and one hand-checked calculation per source type. */
class SourceTypeTests {

    /** The 23 codes of the catalogue file, in its order. */
    private static final List<String> CATALOGUE_CODES = List.of(
            "STAT_COMB_NG", "STAT_COMB_COAL", "STAT_COMB_DIESEL", "MOB_COMB_GASOLINE", "MOB_COMB_DIESEL", "MOB_COMB_LPG",
            "MOB_COMB_LNG", "PROC_CO2_WELDING", "PROC_ACETYLENE_CUTTING", "PROC_WASTE_TREATMENT", "PROC_WASTEWATER_CH4",
            "FUG_REFRIGERANT_VEHICLE", "FUG_REFRIGERANT_HVAC", "FUG_GAS_PIPELINE", "FUG_OTHER", "ELEC_PURCHASED",
            "ELEC_PV_ONSITE", "HEAT_PURCHASED", "S3_UPSTREAM_TRANSPORT", "S3_UPSTREAM_STORAGE", "S3_COMMUTING_TRAVEL",
            "S3_DOWNSTREAM_TRANSPORT", "S3_DOWNSTREAM_STORAGE");

    @Test
    void the_catalogue_has_exactly_its_23_codes() {
        assertThat(CATALOGUE_CODES).hasSize(23);
        assertThat(Arrays.stream(SourceType.values()).map(SourceType::code)).containsExactlyElementsOf(CATALOGUE_CODES);
    }

    @Test
    void codes_are_found_exactly() {
        assertThat(SourceType.find("ELEC_PURCHASED")).contains(ELEC_PURCHASED);
        assertThat(SourceType.find(" HEAT_PURCHASED ")).contains(HEAT_PURCHASED);
        assertThat(SourceType.find("ELEC_PURCHASE")).isEmpty();
        assertThat(SourceType.find(null)).isEmpty();
    }

    /**
     * One row per catalogue line: code | Table A.1 row | ISO 14064-1 category ("3/4" = either) | GHG Protocol scope |
     * Scope 3 category | default method | collection methods, default first | frequency | gases (labels or aliases).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            STAT_COMB_NG            | 1             | 1   | SCOPE1 | -   | FUEL_COMBUSTION   | METERED DIRECT     | DAY   | CO2 CH4 N2O
            STAT_COMB_COAL          | 1             | 1   | SCOPE1 | -   | FUEL_COMBUSTION   | METERED            | DAY   | CO2
            STAT_COMB_DIESEL        | 2             | 1   | SCOPE1 | -   | FUEL_COMBUSTION   | METERED            | DAY   | CO2
            MOB_COMB_GASOLINE       | 3             | 1   | SCOPE1 | -   | FUEL_COMBUSTION   | MANUAL             | MONTH | CO2
            MOB_COMB_DIESEL         | 4             | 1   | SCOPE1 | -   | FUEL_COMBUSTION   | MANUAL             | MONTH | CO2
            MOB_COMB_LPG            | 4             | 1   | SCOPE1 | -   | FUEL_COMBUSTION   | MANUAL             | MONTH | CO2
            MOB_COMB_LNG            | 4             | 1   | SCOPE1 | -   | FUEL_COMBUSTION   | MANUAL             | MONTH | CO2
            PROC_CO2_WELDING        | 5             | 1   | SCOPE1 | -   | CO2_SHIELDING_GAS | MANUAL             | MONTH | CO2
            PROC_ACETYLENE_CUTTING  | 6             | 1   | SCOPE1 | -   | ACETYLENE_CUTTING | MANUAL             | MONTH | CO2
            PROC_WASTE_TREATMENT    | 7             | 1   | SCOPE1 | -   | WASTE_TREATMENT   | MANUAL INTEGRATION | MONTH | CO2 CH4 N2O
            PROC_WASTEWATER_CH4     | 7 (B.1 row 9) | 1   | SCOPE1 | -   | WASTEWATER_CH4    | DIRECT             | EVENT | CH4
            FUG_REFRIGERANT_VEHICLE | 8             | 1   | SCOPE1 | -   | REFRIGERANT       | MANUAL             | MONTH | HFC-134a HFO-1234yf
            FUG_REFRIGERANT_HVAC    | 8             | 1   | SCOPE1 | -   | REFRIGERANT       | MANUAL             | MONTH | R-410A R-32 R-134a
            FUG_GAS_PIPELINE        | 9             | 1   | SCOPE1 | -   | GAS_PIPELINE_LEAK | MANUAL             | MONTH | CO2 CH4
            FUG_OTHER               | 10            | 1   | SCOPE1 | -   | FUGITIVE_RELEASE  | MANUAL             | MONTH | CO2 HFC-227ea SF6
            ELEC_PURCHASED          | 11            | 2   | SCOPE2 | -   | ELECTRICITY       | METERED            | DAY   | CO2
            ELEC_PV_ONSITE          | B.1 row 12    | 2   | SCOPE2 | -   | PV_ONSITE         | METERED            | DAY   | -
            HEAT_PURCHASED          | 12            | 2   | SCOPE2 | -   | PURCHASED_HEAT    | METERED            | DAY   | CO2
            S3_UPSTREAM_TRANSPORT   | 13            | 3   | SCOPE3 | 4   | ACTIVITY_FACTOR   | MANUAL INTEGRATION | MONTH | CO2
            S3_UPSTREAM_STORAGE     | 14            | 3/4 | SCOPE3 | 4   | ACTIVITY_FACTOR   | MANUAL INTEGRATION | MONTH | CO2
            S3_COMMUTING_TRAVEL     | 15            | 3   | SCOPE3 | 6+7 | ACTIVITY_FACTOR   | MANUAL INTEGRATION | MONTH | CO2
            S3_DOWNSTREAM_TRANSPORT | 16            | 3   | SCOPE3 | 9   | ACTIVITY_FACTOR   | MANUAL INTEGRATION | MONTH | CO2
            S3_DOWNSTREAM_STORAGE   | 17 (optional) | 3/4 | SCOPE3 | 9   | ACTIVITY_FACTOR   | MANUAL             | MONTH | CO2
            """)
    void matches_the_catalogue_file(String code, String tableA1Row, String isoCategory, Scope scope, String scope3Category,
                                    MethodKind method, String collection, Frequency frequency, String gases) {
        SourceType type = SourceType.find(code).orElseThrow(() -> new AssertionError("catalogue code " + code + " is missing"));

        assertThat(type.tableA1Row()).isEqualTo(tableA1Row);
        assertThat(List.of(isoCategory.split("/"))).contains(String.valueOf(type.isoCategory().number()));
        assertThat(type.scope()).isEqualTo(scope);
        assertThat(type.scope3Category()).isEqualTo(scope3Category);
        assertThat(type.method()).isEqualTo(method);
        List<CollectionMethod> methods = Arrays.stream(collection.split(" ")).map(CollectionMethod::valueOf).toList();
        assertThat(type.collectionMethods()).containsExactlyElementsOf(methods);
        assertThat(type.defaultCollectionMethod()).isEqualTo(methods.get(0));
        assertThat(type.frequency()).isEqualTo(frequency);
        List<String> expectedGases = gases == null ? List.of()
                : Arrays.stream(gases.split(" ")).map(name -> Gas.find(name).orElseThrow().label()).toList();
        assertThat(type.gases()).extracting(Gas::label).containsExactlyElementsOf(expectedGases);
        assertThat(type.nameEn()).isNotBlank();
        assertThat(type.nameZh()).isNotBlank();
    }

    @Test
    void combustion_types_name_their_library_fuel() {
        assertThat(STAT_COMB_NG.fuel()).contains("natural-gas");
        assertThat(STAT_COMB_COAL.fuel()).contains("bituminous-coal");
        assertThat(STAT_COMB_DIESEL.fuel()).contains("diesel");
        assertThat(MOB_COMB_GASOLINE.fuel()).contains("gasoline");
        assertThat(MOB_COMB_DIESEL.fuel()).contains("diesel");
        assertThat(MOB_COMB_LPG.fuel()).contains("lpg");
        assertThat(MOB_COMB_LNG.fuel()).contains("lng");
        assertThat(Arrays.stream(SourceType.values()).filter(type -> type.method() != MethodKind.FUEL_COMBUSTION))
                .allSatisfy(type -> assertThat(type.fuel()).isEmpty());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Every type computes a hand-checked value from a minimal input (AR5 GWPs, reporting year 2025).
    // Adding a source type without a case here fails the parameterised test below.

    private record Case(UnaryOperator<TestPlants> plant, String expected, boolean exact,
                        Function<SourceResult, BigDecimal> measure) {
    }

    private static final Map<SourceType, Case> CASES = new EnumMap<>(SourceType.class);

    private static void exact(SourceType type, String expected, UnaryOperator<TestPlants> plant) {
        CASES.put(type, new Case(plant, expected, true, SourceResult::tco2e));
    }

    /** For results passing through 44/12, 88.02/26.04 or ÷3.6: compared within 1e-9 t. */
    private static void approx(SourceType type, String expected, UnaryOperator<TestPlants> plant) {
        CASES.put(type, new Case(plant, expected, false, SourceResult::tco2e));
    }

    static {
        // §3 natural gas: 10 000 Nm3 × 0.038931 GJ/Nm3 = 389.31 GJ × 0.0153 = 5.956443 tC × 0.99 × 44/12 = 21.62188809 t
        approx(STAT_COMB_NG, "21.62188809", p -> p.withSource("S", STAT_COMB_NG).withYear("S", "10000", "Nm3"));
        // §3 bituminous coal: 100 t × 19.570 = 1 957 GJ × 0.02618 = 51.23426 tC × 0.93 × 44/12 = 47.6478618 × 44/12 = 174.7088266 t
        approx(STAT_COMB_COAL, "174.7088266", p -> p.withSource("S", STAT_COMB_COAL).withYear("S", "100", "t"));
        // §3 diesel, 0.84 kg/L: 1 000 L = 0.84 t × 42.652 = 35.82768 GJ × 0.0202 = 0.723719136 tC × 0.98 × 44/12 = 2.60056409536 t
        approx(STAT_COMB_DIESEL, "2.60056409536", p -> p.withSource("S", STAT_COMB_DIESEL).withYear("S", "1000", "L"));
        // §3 gasoline: 10 t × 43.070 = 430.7 GJ × 0.0189 = 8.14023 tC × 0.98 × 44/12 = 7.9774254 × 44/12 = 29.2505598 t
        approx(MOB_COMB_GASOLINE, "29.2505598", p -> p.withSource("S", MOB_COMB_GASOLINE).withYear("S", "10", "t"));
        // §3 diesel: 10 t × 42.652 = 426.52 GJ × 0.0202 = 8.615704 tC × 0.98 × 44/12 = 8.44338992 × 44/12 = 30.959096373… t
        approx(MOB_COMB_DIESEL, "30.9590963733333333", p -> p.withSource("S", MOB_COMB_DIESEL).withYear("S", "10", "t"));
        // §3 LPG: 10 t × 50.179 = 501.79 GJ × 0.0172 = 8.630788 tC × 0.98 × 44/12 = 8.45817224 × 44/12 = 31.013298213… t
        approx(MOB_COMB_LPG, "31.0132982133333333", p -> p.withSource("S", MOB_COMB_LPG).withYear("S", "10", "t"));
        // §3 LNG: 10 t × 51.44 = 514.4 GJ × 0.0153 = 7.87032 tC × 0.98 × 44/12 = 7.7129136 × 44/12 = 28.2806832 t
        approx(MOB_COMB_LNG, "28.2806832", p -> p.withSource("S", MOB_COMB_LNG).withYear("S", "10", "t"));
        // §2 CO2 shielding gas: 1 000 Nm3 × 1.977 kg/Nm3 = 1.977 t × purity 1 = 1.977 t
        exact(PROC_CO2_WELDING, "1.977", p -> p.withSource("S", PROC_CO2_WELDING).withYear("S", "1000", "Nm3"));
        // §2 acetylene: 26.04 kg = 0.02604 t × 2 × 44.01 / 26.04 = 0.08802 t
        approx(PROC_ACETYLENE_CUTTING, "0.08802", p -> p.withSource("S", PROC_ACETYLENE_CUTTING).withYear("S", "26.04", "kg"));
        // §2 waste: 100 t × 50 kg CH4/t = 5 t CH4 × AR5 28 (§5) = 140 t CO2e
        exact(PROC_WASTE_TREATMENT, "140", p -> p.withSource("S", PROC_WASTE_TREATMENT, "emissionFactorCH4", "50 kg/t")
                .withYear("S", "100", "t"));
        // §2 wastewater: 10 000 kg COD × Bo 0.25 × MCF 0.3 = 750 kg = 0.75 t CH4 × 28 = 21 t CO2e
        exact(PROC_WASTEWATER_CH4, "21", p -> p.withSource("S", PROC_WASTEWATER_CH4, "mcf", "0.3").withYear("S", "10000", "kg"));
        // §2 vehicle filling: 10 000 kg HFC-134a × 0.5 % = 50 kg = 0.05 t × AR5 1 300 = 65 t CO2e
        exact(FUG_REFRIGERANT_VEHICLE, "65", p -> p.withSource("S", FUG_REFRIGERANT_VEHICLE).withYear("S", "10000", "kg"));
        // §2 mass balance: 100 kg R-410A purchased = 0.1 t × AR5 1 923.5 (§5) = 192.35 t CO2e
        exact(FUG_REFRIGERANT_HVAC, "192.35", p -> p.withSource("S", FUG_REFRIGERANT_HVAC, "gas", "R-410A")
                .withYear("S", "100", "kg", "purchased"));
        // 1 000 Nm3 × 0.717 kg/Nm3 (§3 CH4 density) = 0.717 t CH4 × 28 = 20.076 t CO2e
        exact(FUG_GAS_PIPELINE, "20.076", p -> p.withSource("S", FUG_GAS_PIPELINE).withYear("S", "1000", "Nm3"));
        // §2 other fugitive: 10 kg SF6 = 0.01 t × AR5 23 500 = 235 t CO2e
        exact(FUG_OTHER, "235", p -> p.withSource("S", FUG_OTHER, "gas", "SF6").withYear("S", "10", "kg"));
        // §2/§4: 1 000 MWh × 0.5703 tCO2/MWh = 570.3 t
        exact(ELEC_PURCHASED, "570.3", p -> p.withSource("S", ELEC_PURCHASED).withYear("S", "1000", "MWh"));
        // PV emits nothing; the GB/T 32150 deduction for 40 MWh exported = 40 × 0.5703 (§4) = 22.812 t
        CASES.put(ELEC_PV_ONSITE, new Case(p -> p.withSource("S", ELEC_PV_ONSITE)
                .withYear("S", "100", "MWh").withYear("S", "40", "MWh", "exported"), "22.812", true, SourceResult::exportCreditTco2));
        // §2/§4: 1 000 GJ × 0.11 tCO2/GJ = 110 t
        exact(HEAT_PURCHASED, "110", p -> p.withSource("S", HEAT_PURCHASED).withYear("S", "1000", "GJ"));
        // §2: 1 000 000 t.km × 0.1 kgCO2e/t.km = 100 t CO2e
        exact(S3_UPSTREAM_TRANSPORT, "100", p -> p.withSource("S", S3_UPSTREAM_TRANSPORT, "emissionFactor", "0.1 kgCO2e/t.km")
                .withYear("S", "1000000", "t.km"));
        // energy-based, default grid factor: 100 000 kWh = 100 MWh × 0.5703 = 57.03 t
        approx(S3_UPSTREAM_STORAGE, "57.03", p -> p.withSource("S", S3_UPSTREAM_STORAGE).withYear("S", "100000", "kWh"));
        // §2: 100 000 p.km × 0.05 kgCO2e/p.km = 5 t CO2e
        exact(S3_COMMUTING_TRAVEL, "5", p -> p.withSource("S", S3_COMMUTING_TRAVEL, "emissionFactor", "0.05 kgCO2e/p.km")
                .withYear("S", "100000", "p.km"));
        // §2: 500 000 t.km × 0.08 kgCO2e/t.km = 40 t CO2e
        exact(S3_DOWNSTREAM_TRANSPORT, "40", p -> p.withSource("S", S3_DOWNSTREAM_TRANSPORT, "emissionFactor", "0.08 kgCO2e/t.km")
                .withYear("S", "500000", "t.km"));
        // energy-based, default grid factor: 50 000 kWh = 50 MWh × 0.5703 = 28.515 t
        approx(S3_DOWNSTREAM_STORAGE, "28.515", p -> p.withSource("S", S3_DOWNSTREAM_STORAGE).withYear("S", "50000", "kWh"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SourceType.class)
    void every_type_computes_its_hand_checked_value(SourceType type) {
        Case hand = CASES.get(type);
        assertThat(hand).as("no hand-checked case for %s: add one to SourceTypeTests.CASES", type).isNotNull();

        SourceResult result = hand.plant().apply(aPlant()).calculate(2025).sources().get(0);

        assertThat(result.type()).isEqualTo(type);
        BigDecimal actual = hand.measure().apply(result);
        if (hand.exact()) {
            assertThat(actual).isEqualByComparingTo(hand.expected());
        } else {
            assertThat(actual).isCloseTo(new BigDecimal(hand.expected()), within(new BigDecimal("1e-9")));
        }
    }
}
