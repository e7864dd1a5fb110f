package io.autoghg.accounting.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The unit registry: every unit the methodology uses is parsed and converted with exact decimals.
 * Expected values are SI prefixes and the definitions 1 Wh = 3 600 J, 1 t = 1 000 kg, 1 m3 = 1 000 L,
 * 万 = 10⁴ (methodology §3 writes natural-gas NCV per 10⁴ Nm3).
 */
class UnitsTests {

    private static BigDecimal convert(String value, String from, String to) {
        return Units.convert(new BigDecimal(value), Units.parse(from), Units.parse(to));
    }

    @Nested
    @DisplayName("simple units convert within their dimension")
    class SimpleUnits {

        @ParameterizedTest(name = "{0} {1} = {2} {3}")
        @CsvSource({
                // mass: 1 t = 1 000 kg = 10⁶ g
                "1,        t,     1000,     kg",
                "2500,     kg,    2.5,      t",
                "1500000,  g,     1.5,      t",
                "3,        kg,    3000,     g",
                // volume: 1 m3 = 1 000 L
                "1000,     L,     1,        m3",
                "0.25,     m3,    250,      L",
                // normal volume: 1 kNm3 = 1 000 Nm3, 1 万Nm3 = 10 000 Nm3
                "1,        kNm3,  1000,     Nm3",
                "1,        万Nm3, 10000,    Nm3",
                "2.5,      万Nm3, 25,       kNm3",
                "38931,    Nm3,   3.8931,   万Nm3",
                // energy: 1 kWh = 3.6 MJ = 0.0036 GJ, 1 MWh = 3.6 GJ, 1 GWh = 3 600 GJ, 1 TJ = 1 000 GJ
                "1000,     kWh,   3.6,      GJ",
                "1000,     kWh,   1,        MWh",
                "1,        MWh,   3.6,      GJ",
                "1,        GWh,   1000,     MWh",
                "1,        GWh,   3600,     GJ",
                "1,        TJ,    1000,     GJ",
                "1,        GJ,    1000,     MJ",
                "3.6,      MJ,    1,        kWh",
                "7.2,      TJ,    2,        GWh",
                // transport and distance units are their own canonical units
                "120,      t.km,  120,      t.km",
                "45,       p.km,  45,       p.km",
                "300,      km,    300,      km",
                // carbon, CO2 and CO2e masses
                "2,        tC,    2,        tC",
                "1500,     kgC,   1.5,      tC",
                "1,        tCO2,  1000,     kg",
                "4,        tCO2,  4,        t",
                "1,        tCO2e, 1000,     kgCO2e",
                "250,      kgCO2e, 0.25,    tCO2e",
        })
        void converts(String value, String from, String expected, String to) {
            assertThat(convert(value, from, to)).isEqualByComparingTo(expected);
        }

        @Test
        void gigajoule_to_megawatt_hour_divides_by_3_6() {
            // 1 GJ / 3.6 GJ/MWh = 0.2777… MWh: infinite decimal, 34 significant digits kept
            assertThat(convert("1", "GJ", "MWh")).isCloseTo(new BigDecimal("0.2777777777777777777777777777777778"),
                    within(new BigDecimal("1e-30")));
        }

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource({
                "kg, MASS", "t, MASS", "g, MASS", "tCO2, MASS",
                "L, VOLUME", "m3, VOLUME",
                "Nm3, NORMAL_VOLUME", "kNm3, NORMAL_VOLUME", "万Nm3, NORMAL_VOLUME",
                "kWh, ENERGY", "MWh, ENERGY", "GWh, ENERGY", "GJ, ENERGY", "TJ, ENERGY", "MJ, ENERGY",
                "t.km, FREIGHT_DISTANCE", "p.km, PASSENGER_DISTANCE", "km, DISTANCE",
                "tC, CARBON_MASS", "tCO2e, CO2E_MASS", "kgCO2e, CO2E_MASS",
                "%, DIMENSIONLESS", "1, DIMENSIONLESS",
        })
        void parses_with_its_dimension(String symbol, Dimension dimension) {
            Unit unit = Units.parse(symbol);
            assertThat(unit.numerator()).isEqualTo(dimension);
            assertThat(unit.isRatio()).isFalse();
        }

        @ParameterizedTest(name = "''{0}'' is {1}")
        @CsvSource({
                "10^4Nm3, 万Nm3", "10⁴Nm3, 万Nm3", "万Nm³, 万Nm3", "Nm³, Nm3", "m³, m3",
                "litre, L", "l, L", "tonne, t", "tkm, t.km", "t·km, t.km", "pkm, p.km",
                "' GJ ', GJ", "mwh, MWh", "gj, GJ",
        })
        void aliases_and_case_resolve_to_the_registered_unit(String alias, String symbol) {
            assertThat(Units.parse(alias)).isEqualTo(Units.parse(symbol));
        }
    }

    @Nested
    @DisplayName("ratios and fractions")
    class Ratios {

        @ParameterizedTest(name = "{0} {1} = {2} {3}")
        @CsvSource({
                // methodology §3: natural gas NCV 389.31 GJ/10⁴Nm3 = 0.038931 GJ/Nm3
                "389.31,  GJ/万Nm3,    0.038931, GJ/Nm3",
                "389.31,  GJ/10^4Nm3,  38.931,   GJ/kNm3",
                "0.038931, GJ/Nm3,     38.931,   MJ/Nm3",
                // 42.652 GJ/t = 42.652 MJ/kg (both 10⁶ J per 10³ kg scale alike)
                "42.652,  GJ/t,        42.652,   MJ/kg",
                "42.652,  GJ/t,        0.042652, GJ/kg",
                // carbon content 15.3 × 10⁻³ tC/GJ = 15.3 kgC/GJ = 15.3 tC/TJ
                "0.0153,  tC/GJ,       15.3,     kgC/GJ",
                "0.0153,  tC/GJ,       15.3,     tC/TJ",
                // heat factor 0.11 tCO2/GJ = 110 kg/GJ; 0.5703 tCO2/MWh = 570.3 kg/MWh = 0.5703 kg/kWh
                "0.11,    tCO2/GJ,     110,      kg/GJ",
                "0.5703,  tCO2/MWh,    570.3,    kg/MWh",
                "0.5703,  tCO2/MWh,    0.5703,   kg/kWh",
                // 1 tCO2/GJ = 3.6 tCO2/MWh (1 MWh = 3.6 GJ)
                "1,       tCO2/GJ,     3.6,      tCO2/MWh",
                // density: 0.84 kg/L = 0.84 t/m3 = 840 kg/m3; 1.977 kg/Nm3 = 0.001977 t/Nm3
                "0.84,    kg/L,        0.84,     t/m3",
                "0.84,    kg/L,        840,      kg/m3",
                "1.977,   kg/Nm3,      0.001977, t/Nm3",
                // transport factor 0.1 kgCO2e/t.km = 0.0001 tCO2e/t.km = 100 gCO2e/t.km
                "0.1,     kgCO2e/t.km, 0.0001,   tCO2e/t.km",
                "0.1,     kgCO2e/t.km, 100,      gCO2e/t.km",
                "0.05,    kgCO2e/p.km, 0.00005,  tCO2e/p.km",
                // emission factor 1 kg/TJ = 10⁻⁶ t/GJ
                "1,       kg/TJ,       0.000001, t/GJ",
                // enthalpy 2 763.5 kJ/kg = 2.7635 GJ/t
                "2763.5,  kJ/kg,       2.7635,   GJ/t",
        })
        void converts(String value, String from, String expected, String to) {
            assertThat(convert(value, from, to)).isEqualByComparingTo(expected);
        }

        @Test
        void grid_factor_per_megawatt_hour_to_per_gigajoule_divides_by_3_6() {
            // 0.5703 tCO2/MWh ÷ 3.6 GJ/MWh = 0.158416666… tCO2/GJ
            assertThat(convert("0.5703", "tCO2/MWh", "tCO2/GJ"))
                    .isCloseTo(new BigDecimal("0.1584166666666666666666666666666667"), within(new BigDecimal("1e-30")));
        }

        @Test
        void a_ratio_keeps_numerator_and_denominator_dimensions() {
            Unit ncv = Units.parse("GJ/Nm3");
            assertThat(ncv.isRatio()).isTrue();
            assertThat(ncv.numerator()).isEqualTo(Dimension.ENERGY);
            assertThat(ncv.denominator()).isEqualTo(Dimension.NORMAL_VOLUME);
            assertThat(ncv.dimensionText()).isEqualTo("energy per normal volume");
            assertThat(Units.parse("kgCO2e/t.km").numerator()).isEqualTo(Dimension.CO2E_MASS);
            assertThat(Units.parse("kgCO2e/t.km").denominator()).isEqualTo(Dimension.FREIGHT_DISTANCE);
        }

        @ParameterizedTest(name = "{0} {1} = {2} (fraction)")
        @CsvSource({
                // §2/§3: oxidation 99 % = 0.99; Bo 0.25 kg/kg; waste factor 50 kg/t = 0.05 t/t
                "99,    %,     0.99",
                "0.5,   %,     0.005",
                "0.25,  kg/kg, 0.25",
                "50,    kg/t,  0.05",
                "2,     t/kg,  2000",
                "250,   g/kg,  0.25",
                "0.98,  1,     0.98",
        })
        void same_dimension_ratios_and_percent_are_fractions(String value, String unit, String expected) {
            Unit parsed = Units.parse(unit);
            assertThat(parsed.isDimensionless()).isTrue();
            assertThat(Units.convert(new BigDecimal(value), parsed, Units.FRACTION)).isEqualByComparingTo(expected);
        }

        @Test
        void a_fraction_converts_to_percent() {
            assertThat(convert("0.93", "1", "%")).isEqualByComparingTo("93");
        }

        @Test
        void quantities_convert_and_print_with_their_unit() {
            Quantity ncv = Quantity.of("389.31", "GJ/万Nm3");
            assertThat(ncv.in(Units.parse("GJ/Nm3"))).isEqualByComparingTo("0.038931");
            assertThat(ncv.to(Units.parse("GJ/kNm3")).value()).isEqualByComparingTo("38.931");
            assertThat(ncv).hasToString("389.31 GJ/万Nm3");
            assertThat(Quantity.of("0.99", "1")).hasToString("0.99");
            assertThat(Quantity.of("12", "t").isDimension(Dimension.MASS)).isTrue();
        }
    }

    @Nested
    @DisplayName("errors")
    class Errors {

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({
                "kg,     m3,      'cannot convert kg (mass) to m3 (volume)'",
                "m3,     Nm3,     'cannot convert m3 (volume) to Nm3 (normal volume)'",
                "kWh,    t,       'cannot convert kWh (energy) to t (mass)'",
                "t.km,   p.km,    'cannot convert t.km (freight distance) to p.km (passenger distance)'",
                "tCO2e,  tCO2,    'cannot convert tCO2e (co2e mass) to tCO2 (mass)'",
                "tC,     t,       'cannot convert tC (carbon mass) to t (mass)'",
                "GJ/t,   GJ/Nm3,  'cannot convert GJ/t (energy per mass) to GJ/Nm3 (energy per normal volume)'",
                "%,      kg,      'cannot convert % (dimensionless) to kg (mass)'",
        })
        void cross_dimension_conversion_fails_naming_both_units(String from, String to, String message) {
            assertThatThrownBy(() -> convert("1", from, to))
                    .isInstanceOf(UnitException.class)
                    .hasMessage(message);
        }

        @Test
        void unknown_unit_is_named_and_known_units_are_listed() {
            assertThatThrownBy(() -> Units.parse("furlong"))
                    .isInstanceOf(UnitException.class)
                    .hasMessageStartingWith("unknown unit 'furlong'; known units: ")
                    .hasMessageContaining("kWh")
                    .hasMessageContaining("万Nm3")
                    .hasMessageContaining("t.km");
        }

        @Test
        void unknown_part_of_a_ratio_is_named() {
            assertThatThrownBy(() -> Units.parse("GJ/barrel"))
                    .isInstanceOf(UnitException.class)
                    .hasMessageStartingWith("unknown unit 'barrel'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/t", "GJ/", "%/t", "GJ/%"})
        void a_ratio_needs_a_unit_on_both_sides(String symbol) {
            assertThatThrownBy(() -> Units.parse(symbol))
                    .isInstanceOf(UnitException.class)
                    .hasMessage("unit '" + symbol + "': a ratio needs a unit on both sides of '/'");
        }

        @Test
        void missing_unit_is_an_error() {
            assertThatThrownBy(() -> Units.parse(null)).isInstanceOf(UnitException.class).hasMessage("no unit given");
        }
    }
}
