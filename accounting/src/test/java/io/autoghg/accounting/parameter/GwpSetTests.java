package io.autoghg.accounting.parameter;

import static io.autoghg.accounting.testing.TestPlants.aPlant;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.testing.TestPlants;
import io.autoghg.accounting.trace.TraceEntry;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** 100-year GWPs of methodology §5 (IPCC AR4 WG1 Table 2.14, AR5 WG1 Table 8.A.1, AR6 WG1 Table 7.SM.7). */
class GwpSetTests {

    @ParameterizedTest(name = "{0}: AR4 {1}, AR5 {2}, AR6 {3}")
    @CsvSource({
            // every row of §5 with a numeric value in all three columns
            "CO2,       1,     1,     1",
            "CH4,       25,    28,    29.8",
            "N2O,       298,   265,   273",
            "SF6,       22800, 23500, 25200",
            "NF3,       17200, 16100, 17400",
            "HFC-23,    14800, 12400, 14600",
            "HFC-32,    675,   677,   771",
            "HFC-125,   3500,  3170,  3740",
            "HFC-134a,  1430,  1300,  1530",
            "HFC-143a,  4470,  4800,  5810",
            "HFC-152a,  124,   138,   164",
            "HFC-227ea, 3220,  3350,  3600",
            "HFC-245fa, 1030,  858,   962",
            "CF4,       7390,  6630,  7380",
            "C2F6,      12200, 11100, 12400",
            // §5: AR4 "— (≈4 in some tables)", AR5 "<1 (use 1)", AR6 0.501
            "HFO-1234yf, 4,    1,     0.501",
    })
    void every_gas_row_of_section_5(String gasName, String ar4, String ar5, String ar6) {
        Gas gas = Gas.find(gasName).orElseThrow();

        assertThat(GwpSet.AR4.gwp(gas)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(ar4));
        assertThat(GwpSet.AR5.gwp(gas)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(ar5));
        assertThat(GwpSet.AR6.gwp(gas)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(ar6));
    }

    @Test
    void hfo1234ze_uses_1_where_the_reports_give_less_than_one_and_ar6_gives_1_37() {
        // §5: AR4 "—", AR5 "<1 (use 1)", AR6 1.37
        assertThat(GwpSet.AR5.gwp(Gas.HFO_1234ZE)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("1"));
        assertThat(GwpSet.AR6.gwp(Gas.HFO_1234ZE)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("1.37"));
        assertThat(GwpSet.AR5.provenance(Gas.HFO_1234ZE).note()).isEqualTo("AR5 gives <1; 1 is used");
    }

    @Test
    void values_missing_from_ar4_are_flagged_as_unconfirmed() {
        // §5 gives no AR4 value for the HFOs: whatever is shipped must say so
        assertThat(GwpSet.AR4.provenance(Gas.HFO_1234YF).note()).contains("AR4 lists no value").contains("unconfirmed");
        assertThat(GwpSet.AR4.provenance(Gas.HFO_1234ZE).note()).contains("AR4 lists no value").contains("unconfirmed");
    }

    @Test
    void methane_is_fossil_or_non_fossil_only_in_ar6() {
        // §5: CH4 AR6 29.8 fossil / 27.0 non-fossil; AR4 25 and AR5 28 for both
        assertThat(GwpSet.AR6.gwp(Gas.CH4)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("29.8"));
        assertThat(GwpSet.AR6.gwp(Gas.CH4_NON_FOSSIL)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("27.0"));
        assertThat(GwpSet.AR5.gwp(Gas.CH4_NON_FOSSIL)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("28"));
        assertThat(GwpSet.AR4.gwp(Gas.CH4_NON_FOSSIL)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("25"));
        assertThat(GwpSet.AR6.provenance(Gas.CH4).note()).isEqualTo("fossil methane");
        assertThat(GwpSet.AR6.provenance(Gas.CH4_NON_FOSSIL).note()).isEqualTo("non-fossil (biogenic) methane");
        assertThat(Gas.CH4_NON_FOSSIL.label()).isEqualTo("CH4");
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
            // §5 R-410A = 50 % HFC-32 + 50 % HFC-125
            "R-410A, AR4, 2087.5",  // 0.5 × 675 + 0.5 × 3 500 = 337.5 + 1 750
            "R-410A, AR5, 1923.5",  // 0.5 × 677 + 0.5 × 3 170 = 338.5 + 1 585 (the value §5 quotes)
            "R-410A, AR6, 2255.5",  // 0.5 × 771 + 0.5 × 3 740 = 385.5 + 1 870
            // §5 R-407C = 23 % HFC-32 + 25 % HFC-125 + 52 % HFC-134a
            "R-407C, AR4, 1773.85", // 0.23 × 675 + 0.25 × 3 500 + 0.52 × 1 430 = 155.25 + 875 + 743.6
            "R-407C, AR5, 1624.21", // 0.23 × 677 + 0.25 × 3 170 + 0.52 × 1 300 = 155.71 + 792.5 + 676
            "R-407C, AR6, 1907.93", // 0.23 × 771 + 0.25 × 3 740 + 0.52 × 1 530 = 177.33 + 935 + 795.6
            // §5 R-404A = 44 % HFC-125 + 52 % HFC-143a + 4 % HFC-134a
            "R-404A, AR4, 3921.6",  // 0.44 × 3 500 + 0.52 × 4 470 + 0.04 × 1 430 = 1 540 + 2 324.4 + 57.2
            "R-404A, AR5, 3942.8",  // 0.44 × 3 170 + 0.52 × 4 800 + 0.04 × 1 300 = 1 394.8 + 2 496 + 52
            "R-404A, AR6, 4728",    // 0.44 × 3 740 + 0.52 × 5 810 + 0.04 × 1 530 = 1 645.6 + 3 021.2 + 61.2
    })
    void blends_by_mass_share(String blend, GwpSet set, String expected) {
        Gas gas = Gas.find(blend).orElseThrow();

        assertThat(gas.isBlend()).isTrue();
        assertThat(set.gwp(gas)).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(expected));
    }

    @Test
    void blend_provenance_lists_its_components() {
        assertThat(GwpSet.AR5.provenance(Gas.R_404A).note())
                .isEqualTo("blend: 44 % HFC-125 (3170) + 52 % HFC-143a (4800) + 4 % HFC-134a (1300)");
    }

    @ParameterizedTest
    @EnumSource(GwpSet.class)
    void hcfc22_has_no_gwp_in_any_set(GwpSet set) {
        // §5: R-22 is a Montreal-Protocol gas outside the Kyoto basket
        assertThat(set.gwp(Gas.HCFC_22)).isEmpty();
        assertThat(Gas.HCFC_22.isKyoto()).isFalse();
        assertThat(Arrays.stream(Gas.values()).filter(gas -> !gas.isKyoto())).containsExactly(Gas.HCFC_22);
    }

    @Test
    void hcfc22_is_a_memo_item_outside_the_totals() {
        // 10 kg R-22 purchased = 0.01 t HCFC-22 recorded as memo; next to 0.1 t HFC-134a = 130 t CO2e (AR5 1 300)
        InventoryResult result = aPlant()
                .withSource("R22", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-22")
                .withSource("R134", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-134a")
                .withYear("R22", "10", "kg", "purchased")
                .withYear("R134", "100", "kg", "purchased")
                .calculate(2025);
        SourceResult r22 = result.sources().get(0);

        assertThat(r22.gases()).isEmpty();
        assertThat(r22.memo()).singleElement().satisfies(memo -> {
            assertThat(memo.gas()).isEqualTo(Gas.HCFC_22);
            assertThat(memo.massT()).isEqualByComparingTo("0.01");
            assertThat(memo.gwp()).isNull();
            assertThat(memo.tco2e()).isNull();
        });
        assertThat(r22.tco2e()).isEqualByComparingTo("0");
        assertThat(result.totals().total()).isEqualByComparingTo("130");
        assertThat(result.totals().scope1()).isEqualByComparingTo("130");
        assertThat(result.totals().memoHcfcT()).isEqualByComparingTo("0.01");
        assertThat(result.aggregation().byGasTco2e()).doesNotContainKey("HCFC-22");
        assertThat(r22.trace()).filteredOn(entry -> entry.kind() == TraceEntry.Kind.NOTE && entry.detail().contains("memo item"))
                .hasSize(1);
    }

    /** A plant with a CH4 source (0.717 t from 1 000 Nm3 leaked, §3 CH4 density) and an HFC source (0.1 t HFC-134a). */
    private static TestPlants methaneAndHfc() {
        return aPlant()
                .withSource("PIPE", SourceType.FUG_GAS_PIPELINE)
                .withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "HFC-134a")
                .withYear("PIPE", "1000", "Nm3")
                .withYear("AC", "100", "kg", "purchased");
    }

    @ParameterizedTest(name = "{0}: CH4 {1} + HFC {2} = {3}")
    @CsvSource({
            // 0.717 t CH4 (fossil) × GWP; 0.1 t HFC-134a × GWP (§5)
            "AR4, 17.925,  143, 160.925",   // 0.717 × 25;   0.1 × 1 430
            "AR5, 20.076,  130, 150.076",   // 0.717 × 28;   0.1 × 1 300
            "AR6, 21.3666, 153, 174.3666",  // 0.717 × 29.8; 0.1 × 1 530
    })
    void switching_the_gwp_set_changes_the_totals(GwpSet set, String ch4, String hfc, String total) {
        InventoryResult overridden = methaneAndHfc().calculate(2025, set);
        InventoryResult planned = methaneAndHfc().withGwp(set).calculate(2025);

        for (InventoryResult result : new InventoryResult[] {overridden, planned}) {
            assertThat(result.gwp()).isEqualTo(set);
            assertThat(result.sources().get(0).tco2e()).isEqualByComparingTo(ch4);
            assertThat(result.sources().get(1).tco2e()).isEqualByComparingTo(hfc);
            assertThat(result.totals().total()).isEqualByComparingTo(total);
            assertThat(result.sources().get(0).trace()).anyMatch(entry -> entry.kind() == TraceEntry.Kind.RESULT
                    && entry.detail().equals("Σ gas × GWP (" + set.name() + ")"));
        }
    }

    @Test
    void the_report_set_overrides_the_plant_set() {
        // plant on AR4, report asks for AR6 → the AR6 total 174.3666 of the table above
        assertThat(methaneAndHfc().withGwp(GwpSet.AR4).calculate(2025, GwpSet.AR6).totals().total())
                .isEqualByComparingTo("174.3666");
    }

    @Test
    void every_set_names_its_ipcc_table_with_status_to_verify() {
        // §5 sources; status V
        assertThat(GwpSet.AR4.provenance(Gas.SF6).describe()).startsWith("IPCC AR4 WG1, Table 2.14 (2007); status V");
        assertThat(GwpSet.AR5.provenance(Gas.SF6).describe()).startsWith("IPCC AR5 WG1, Chapter 8, Table 8.A.1 (2013); status V");
        assertThat(GwpSet.AR6.provenance(Gas.SF6).describe()).startsWith("IPCC AR6 WG1, Chapter 7, Table 7.SM.7 (2021); status V");
        assertThat(GwpSet.AR6.provenance(Gas.SF6).status()).isEqualTo(Status.TO_VERIFY);
    }

    @Test
    void sets_and_gases_are_found_by_name_or_alias() {
        assertThat(GwpSet.find(" ar6 ")).contains(GwpSet.AR6);
        assertThat(GwpSet.find("AR7")).isEmpty();
        assertThat(Gas.find("R-134a")).contains(Gas.HFC_134A);
        assertThat(Gas.find("FM-200")).contains(Gas.HFC_227EA);
        assertThat(Gas.find("PFC-116")).contains(Gas.C2F6);
        assertThat(Gas.find("r-22")).contains(Gas.HCFC_22);
        assertThat(Gas.find("R-410A")).contains(Gas.R_410A);
    }
}
