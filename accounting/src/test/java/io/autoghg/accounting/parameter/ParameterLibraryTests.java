package io.autoghg.accounting.parameter;

import static io.autoghg.accounting.testing.TestPlants.aPlant;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.trace.TraceEntry;
import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped, versioned parameter library: values, sources and statuses of methodology §3–§4, lookup by date. */
class ParameterLibraryTests {
    private final ParameterLibrary library = ParameterLibrary.shipped();

    private LibraryParameter valueOn(String key, String date) {
        Lookup lookup = library.find(key, LocalDate.parse(date)).orElseThrow(() -> new AssertionError("no " + key));
        assertThat(lookup.note()).as("note of %s on %s", key, date).isNull();
        return lookup.parameter();
    }

    private BigDecimal valueIn(String key, String unit) {
        return valueOn(key, "2025-01-01").value().in(Units.parse(unit));
    }

    @ParameterizedTest(name = "grid factor on {0} = {1}")
    @CsvSource({
            // §4: 0.5810 for 2021–2022 reporting, 0.5703 (2022 data) for 2023–2025 reporting
            "2021-01-01, 0.5810",
            "2022-06-30, 0.5810",
            "2022-12-31, 0.5810",
            "2023-01-01, 0.5703",
            "2025-01-01, 0.5703",
            "2025-12-31, 0.5703",
    })
    void grid_factor_by_date(String date, String expected) {
        LibraryParameter grid = valueOn("grid.CN.location", date);

        assertThat(grid.value().value()).isEqualByComparingTo(expected);
        assertThat(grid.value().unit().symbol()).isEqualTo("tCO2/MWh");
    }

    @Test
    void after_the_last_validity_the_latest_value_is_used_with_a_note() {
        Lookup lookup = library.find("grid.CN.location", LocalDate.of(2027, 1, 1)).orElseThrow();

        assertThat(lookup.parameter().value().value()).isEqualByComparingTo("0.5703");
        assertThat(lookup.note()).startsWith("no library value of grid.CN.location is valid on 2027-01-01; used the nearest one (")
                .contains("MEE 2023 notice").contains("valid 2023-01-01 to 2025-12-31");
    }

    @Test
    void before_the_first_validity_the_earliest_value_is_used_with_a_note() {
        Lookup lookup = library.find("grid.CN.location", LocalDate.of(2020, 1, 1)).orElseThrow();

        assertThat(lookup.parameter().value().value()).isEqualByComparingTo("0.5810");
        assertThat(lookup.note()).startsWith("no library value of grid.CN.location is valid on 2020-01-01");
    }

    @Test
    void the_engine_shows_the_fallback_note_in_the_trace() {
        // reporting year 2027: 1 000 MWh × 0.5703 (nearest, §4) = 570.3 t, and the trace says why
        SourceResult power = aPlant().withSource("EL", SourceType.ELEC_PURCHASED)
                .withRow("EL", "2027-01-01", "2028-01-01", "1000", "MWh").calculate(2027).sources().get(0);

        assertThat(power.tco2e()).isEqualByComparingTo("570.3");
        TraceEntry grid = power.trace().stream()
                .filter(entry -> entry.kind() == TraceEntry.Kind.PARAMETER && entry.name().equals("gridFactor"))
                .findFirst().orElseThrow();
        assertThat(grid.detail()).contains("no library value of grid.CN.location is valid on 2027-01-01");
    }

    @Test
    void a_new_release_is_added_as_a_new_entry_and_wins_from_its_valid_from_date() {
        Provenance release = new Provenance("MEE future notice", "national grid factor", 2026, LocalDate.of(2026, 1, 1), null,
                Status.TO_VERIFY, "local", null);
        ParameterLibrary extended = library.with(new LibraryParameter("grid.CN.location", Quantity.of("0.55", "tCO2/MWh"), null,
                release));

        Lookup in2027 = extended.find("grid.CN.location", LocalDate.of(2027, 1, 1)).orElseThrow();
        assertThat(in2027.parameter().value().value()).isEqualByComparingTo("0.55");
        assertThat(in2027.note()).isNull();
        assertThat(extended.find("grid.CN.location", LocalDate.of(2025, 1, 1)).orElseThrow().parameter().value().value())
                .isEqualByComparingTo("0.5703");
        assertThat(extended.version()).isEqualTo("2026.1+local");
        // the shipped library is not edited
        assertThat(library.entries()).hasSize(extended.entries().size() - 1);
        assertThat(library.find("grid.CN.location", LocalDate.of(2027, 1, 1)).orElseThrow().note()).isNotNull();
    }

    @Test
    void when_several_entries_are_valid_the_latest_valid_from_wins() {
        Provenance midYear = new Provenance("provincial release", null, 2025, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31),
                Status.TO_VERIFY, "local", null);
        ParameterLibrary extended = library.with(new LibraryParameter("grid.CN.location", Quantity.of("0.60", "tCO2/MWh"), null,
                midYear));

        assertThat(extended.find("grid.CN.location", LocalDate.of(2025, 6, 30)).orElseThrow().parameter().value().value())
                .isEqualByComparingTo("0.5703");
        assertThat(extended.find("grid.CN.location", LocalDate.of(2025, 7, 1)).orElseThrow().parameter().value().value())
                .isEqualByComparingTo("0.60");
    }

    @Test
    void unknown_key_is_empty() {
        assertThat(library.find("grid.XX.location", LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @ParameterizedTest(name = "{0}: NCV {1} GJ per unit, CC {2} tC/GJ, OF {3}")
    @CsvSource({
            // §3, NDRC 2015 guideline appendix; gases per Nm3 (389.31 GJ/10⁴Nm3 = 0.038931 GJ/Nm3), others per t
            "natural-gas,     0.038931, 0.0153,  0.99, GJ/Nm3",
            "coke-oven-gas,   0.017981, 0.01358, 0.99, GJ/Nm3",
            "gasoline,        43.070,   0.0189,  0.98, GJ/t",
            "diesel,          42.652,   0.0202,  0.98, GJ/t",
            "kerosene,        43.070,   0.0196,  0.98, GJ/t",
            "fuel-oil,        41.816,   0.0211,  0.98, GJ/t",
            "crude-oil,       41.816,   0.02008, 0.98, GJ/t",
            "lpg,             50.179,   0.0172,  0.98, GJ/t",
            "lng,             51.44,    0.0153,  0.98, GJ/t",
            "bituminous-coal, 19.570,   0.02618, 0.93, GJ/t",
            "anthracite,      20.304,   0.02749, 0.94, GJ/t",
            "coke,            28.447,   0.0295,  0.93, GJ/t",
    })
    void every_fuel_of_section_3(String fuel, String ncv, String carbonContent, String oxidation, String ncvUnit) {
        assertThat(valueIn("fuel." + fuel + ".ncv", ncvUnit)).isEqualByComparingTo(ncv);
        assertThat(valueIn("fuel." + fuel + ".carbonContent", "tC/GJ")).isEqualByComparingTo(carbonContent);
        assertThat(valueIn("fuel." + fuel + ".oxidation", "1")).isEqualByComparingTo(oxidation);
        for (String parameter : List.of("ncv", "carbonContent", "oxidation")) {
            Provenance source = valueOn("fuel." + fuel + "." + parameter, "2025-01-01").provenance();
            assertThat(source.publication()).startsWith("NDRC 2015 sector guidelines");
            assertThat(source.status()).isEqualTo(Status.TO_VERIFY);
        }
    }

    @Test
    void natural_gas_ncv_is_stored_as_published_per_ten_thousand_normal_cubic_metres() {
        LibraryParameter ncv = valueOn("fuel.natural-gas.ncv", "2025-01-01");

        assertThat(ncv.value().value()).isEqualByComparingTo("389.31");
        assertThat(ncv.value().unit().symbol()).isEqualTo("GJ/万Nm3");
    }

    @Test
    void densities_of_section_2_and_3() {
        // §3 typical densities: diesel 0.84 kg/L; gasoline 0.73–0.75; LPG 0.51–0.58; natural gas 0.72–0.80 kg/Nm3;
        // CH4 0.717 kg/Nm3. §2: CO2 1.977 kg/Nm3 [C], C2H2 1.17 kg/Nm3
        assertThat(valueIn("fuel.diesel.density", "kg/L")).isEqualByComparingTo("0.84");
        assertThat(valueIn("fuel.gasoline.density", "kg/L")).isBetween(new BigDecimal("0.73"), new BigDecimal("0.75"));
        assertThat(valueIn("fuel.lpg.density", "kg/L")).isBetween(new BigDecimal("0.51"), new BigDecimal("0.58"));
        assertThat(valueIn("fuel.natural-gas.density", "kg/Nm3")).isBetween(new BigDecimal("0.72"), new BigDecimal("0.80"));
        assertThat(valueIn("density.ch4", "kg/Nm3")).isEqualByComparingTo("0.717");
        assertThat(valueIn("density.co2", "kg/Nm3")).isEqualByComparingTo("1.977");
        assertThat(valueIn("density.c2h2", "kg/Nm3")).isEqualByComparingTo("1.17");
        // §2 marks the CO2 density as confirmed (C) and the C2H2 one is not
        assertThat(valueOn("density.co2", "2025-01-01").provenance().status()).isEqualTo(Status.CONFIRMED);
        assertThat(valueOn("density.c2h2", "2025-01-01").provenance().status()).isEqualTo(Status.TO_VERIFY);
    }

    @Test
    void grid_heat_and_process_defaults_of_sections_2_and_4() {
        // §4 national electricity factor 2022 (MEE & NBS 2024): 0.5366; excluding market-traded non-fossil 0.5856;
        // fossil-only 0.8325; purchased heat 0.11 tCO2/GJ. §2 Bo 0.25 kg CH4/kg COD; vehicle assembly loss 0.2–0.5 %.
        assertThat(valueIn("grid.CN.national-2022", "tCO2/MWh")).isEqualByComparingTo("0.5366");
        assertThat(valueIn("grid.CN.residual", "tCO2/MWh")).isEqualByComparingTo("0.5856");
        assertThat(valueIn("grid.CN.fossil-2022", "tCO2/MWh")).isEqualByComparingTo("0.8325");
        assertThat(valueIn("heat.CN.default", "tCO2/GJ")).isEqualByComparingTo("0.11");
        assertThat(valueIn("wastewater.bo", "kg/kg")).isEqualByComparingTo("0.25");
        assertThat(valueIn("refrigerant.vehicle.lossRate", "%")).isBetween(new BigDecimal("0.2"), new BigDecimal("0.5"));
    }

    @Test
    void every_shipped_entry_has_publication_status_unit_and_version() {
        assertThat(library.entries()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.key()).isNotBlank();
            assertThat(entry.value()).isNotNull();
            assertThat(entry.value().unit()).as("unit of %s", entry.key()).isNotNull();
            assertThat(entry.provenance().publication()).as("publication of %s", entry.key()).isNotBlank();
            assertThat(entry.provenance().status()).as("status of %s", entry.key()).isNotNull();
            assertThat(entry.provenance().version()).as("version of %s", entry.key()).isEqualTo(library.version());
        });
        assertThat(library.version()).isEqualTo("2026.1");
    }

    @Test
    void values_the_methodology_marks_v_are_shipped_as_to_verify() {
        // §3 "Status V unless noted", §4 all V: no fuel, grid or heat value may claim CONFIRMED
        assertThat(library.entries()).filteredOn(entry -> entry.key().startsWith("fuel.") || entry.key().startsWith("grid.")
                        || entry.key().startsWith("heat.") || entry.key().startsWith("wastewater."))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.provenance().status()).as(entry.key()).isEqualTo(Status.TO_VERIFY));
    }

    @Test
    void entries_of_one_key_never_overlap_in_validity() {
        Map<String, List<LibraryParameter>> byKey = library.entries().stream()
                .collect(Collectors.groupingBy(LibraryParameter::key));
        byKey.forEach((key, entries) -> {
            for (int i = 0; i < entries.size(); i++) {
                for (int j = i + 1; j < entries.size(); j++) {
                    Provenance a = entries.get(i).provenance();
                    Provenance b = entries.get(j).provenance();
                    boolean overlap = (a.validTo() == null || b.validFrom() == null || !a.validTo().isBefore(b.validFrom()))
                            && (b.validTo() == null || a.validFrom() == null || !b.validTo().isBefore(a.validFrom()));
                    assertThat(overlap).as("%s: %s overlaps %s", key, a.describe(), b.describe()).isFalse();
                }
            }
        });
    }
}
