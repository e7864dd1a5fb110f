package io.autoghg.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.GasResult;
import io.autoghg.accounting.engine.InventoryCalculator;
import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.PlantDefinition;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.engine.Totals;
import io.autoghg.accounting.io.ActivityCsvReader;
import io.autoghg.accounting.io.PlantFileReader;
import io.autoghg.accounting.parameter.GwpSet;
import io.autoghg.accounting.parameter.ParameterLibrary;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example plant (examples/plant-p1.yaml, one source of every catalogue type) with its 2025 activity
 * (examples/activity-2025.csv), checked source by source against hand calculations.
 *
 * <p>How the annual quantities follow from the CSV: every monthly series has the shape
 * 0.9, 0.8, 1.0, 1.0, 1.05, 1.1, 1.1, 1.0, 1.05, 1.05, 1.0, 0.95 (sum 12) times a base month (the March,
 * April and August value), so a year is 12 × the base month. Factors come from ghg-methodology.md: §3 for
 * fuels, typical densities (diesel 0.84 kg/L, gasoline 0.73–0.75 → 0.74 kg/L midpoint), §2 for
 * ρ(C2H2) 1.17 kg/Nm3, C2H2 → 2 × 44.01/26.04 CO2, Bo 0.25, CH4 0.717 kg/Nm3, heat 0.11 tCO2/GJ and steam
 * GJ = t × (h − 83.74) × 10⁻³, §4 for the grid (0.5703 tCO2/MWh for 2023–2025 reporting; residual 0.5856),
 * §5 for GWP AR5 (the plant's set): CH4 28, N2O 265, SF6 23 500, HFC-134a 1 300, HFC-227ea 3 350,
 * R-410A = ½ × 677 + ½ × 3 170 = 1 923.5. Overrides in the plant file win over library values.
 */
class ExamplePlantTests {
    private static final Offset<BigDecimal> TOLERANCE = Offset.offset(new BigDecimal("1e-9"));
    private static final PlantDefinition PLANT = new PlantFileReader().read(Path.of("../examples/plant-p1.yaml"));
    private static final List<ActivityRow> ROWS = new ActivityCsvReader().read(Path.of("../examples/activity-2025.csv"));
    private static final InventoryResult RESULT = calculate(null);

    private static InventoryResult calculate(GwpSet gwp) {
        return new InventoryCalculator(ParameterLibrary.shipped()).calculate(PLANT, ROWS, 2025, gwp);
    }

    private static SourceResult source(InventoryResult result, String code) {
        return result.sources().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + code));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    static Stream<Arguments> everySource() {
        return Stream.of(
                // 12 × 1 000 000 Nm3 = 12 000 000 Nm3 × 0.038931 GJ/Nm3 × 0.01532 tC/GJ × 0.99 × 44/12 (plant overrides)
                //   = 467 172 GJ × 0.01532 = 7 157.074 tC × 0.99 × 44/12 = 25 980.182 395 2 t
                arguments("NG-PAINT", "25980.1823952"),
                // 12 × 500 kNm3 = 6 000 000 Nm3 × 0.038931 GJ/Nm3 (library, 389.31 GJ/10⁴Nm3) = 233 586 GJ
                //   CO2 = 233 586 × 0.0153 × 0.99 × 44/12 = 12 973.132 854 t
                //   CH4 = 233.586 TJ × 1 kg/TJ = 0.233 586 t × 28 = 6.540 408; N2O = 0.023 358 6 t × 265 = 6.190 029
                //   total 12 985.863 291 t
                arguments("NG-BOILER", "12985.863291"),
                // one row, 1 200 t bituminous coal × 19.570 GJ/t × 0.02618 tC/GJ × 0.93 × 44/12 = 2 096.505 919 2 t
                arguments("COAL-BOILER", "2096.5059192"),
                // 12 × 2 000 L = 24 000 L × 0.84 kg/L = 20.16 t diesel × 42.652 × 0.0202 × 0.98 × 44/12 = 62.413 538 288 64 t
                arguments("DIESEL-GEN", "62.41353828864"),
                // 12 × 20 000 L = 240 000 L × 0.74 kg/L = 177.6 t gasoline × 43.070 × 0.0189 × 0.98 × 44/12 = 519.489 942 048 t
                arguments("GASOLINE-TEST", "519.489942048"),
                // 12 × 10 t = 120 t diesel × 42.652 × 0.0202 × 0.98 × 44/12 = 371.509 156 48 t
                arguments("DIESEL-FLEET", "371.50915648"),
                // 12 × 3 000 kg = 36 t LPG × 50.179 × 0.0172 × 0.98 × 44/12 = 111.647 873 568 t
                arguments("LPG-FORKLIFT", "111.647873568"),
                // 12 × 4 t = 48 t LNG × 51.44 × 0.0153 × 0.98 × 44/12 = 135.747 279 36 t
                arguments("LNG-TRUCK", "135.74727936"),
                // 12 × 6 000 kg = 72 t CO2 shielding gas × purity 1 (library default) = 72 t
                arguments("CO2-WELDING", "72"),
                // 12 × 200 Nm3 = 2 400 Nm3 × 1.17 kg/Nm3 = 2.808 t C2H2 × 88.02/26.04 = 9.491 557 603 686 636 t
                arguments("C2H2-CUTTING", "9.491557603686635944700460829"),
                // 12 × 20 t = 240 t × 0.8 t/t = 192 t CO2; 240 t × 0.05 kg/t = 12 kg = 0.012 t N2O × 265 = 3.18; 195.18 t
                arguments("WASTE-INCIN", "195.18"),
                // COD 12 × 40 000 kg = 480 000 kg; sludge 12 × 4 000 = 48 000 kg
                //   (480 000 − 48 000) × 0.25 × MCF 0.3 = 32 400 kg = 32.4 t CH4 (non-fossil) × 28 = 907.2 t
                arguments("WWTP-CH4", "907.2"),
                // 12 × 7 500 kg = 90 t filled × 0.5 % (library loss rate) = 0.45 t HFC-134a × 1 300 = 585 t
                arguments("REFR-FILL", "585"),
                // mass balance 800 (stockStart) − 900 (stockEnd) + 300 + 200 (purchased) − 50 (disposed) = 350 kg
                //   = 0.35 t R-410A × 1 923.5 = 673.225 t
                arguments("REFR-HVAC", "673.225"),
                // screening: 1 200 kg for the whole year × 5 % = 60 kg = 0.06 t HFC-134a × 1 300 = 78 t
                arguments("REFR-CHILLER", "78"),
                // screening: 500 kg × 0.08 = 40 kg HCFC-22: a memo item, never in the total (§5)
                arguments("REFR-R22", "0"),
                // 12 × 1 500 Nm3 = 18 000 Nm3 × 0.717 kg/Nm3 = 12.906 t CH4 × 28 = 361.368 t
                arguments("NG-PIPELINE", "361.368"),
                // 2.5 kg = 0.0025 t SF6 × 23 500 = 58.75 t
                arguments("SF6-SWITCHGEAR", "58.75"),
                // 45 kg = 0.045 t HFC-227ea × 3 350 = 150.75 t
                arguments("FIRE-FM200", "150.75"),
                // 2025 rows: 12 × 15 000 MWh = 180 000 MWh × 0.5703 = 102 654 t (the December 2024 row is outside the year)
                arguments("ELEC-GRID", "102654"),
                // PV emits nothing; its export only enters the GB/T 32150 figure
                arguments("PV-ROOF", "0"),
                // heat 12 × 3 000 GJ = 36 000 GJ; steam 12 × 500 t = 6 000 t × (2 777 − 83.74) kJ/kg × 10⁻³ = 16 159.56 GJ
                //   (36 000 + 16 159.56) GJ × 0.11 = 5 737.551 6 t
                arguments("HEAT-STEAM", "5737.5516"),
                // 12 × 5 000 000 t.km = 60 000 000 t.km × 0.078 kgCO2e/t.km = 4 680 t
                arguments("S3-INBOUND", "4680"),
                // 12 × 150 000 kWh = 1 800 MWh × 0.5703 (grid factor as the library's default) = 1 026.54 t
                arguments("S3-WAREHOUSE", "1026.54"),
                // 12 × 3 000 000 p.km = 36 000 000 p.km × 0.05 kgCO2e/p.km = 1 800 t
                arguments("S3-COMMUTE", "1800"),
                // 12 × 4 000 000 t.km = 48 000 000 t.km × 0.062 kgCO2e/t.km = 2 976 t
                arguments("S3-OUTBOUND", "2976"),
                // 12 × 80 MWh = 960 MWh × 0.5703 = 547.488 t
                arguments("S3-DEALER", "547.488"));
    }

    @ParameterizedTest(name = "{0}: {1} tCO2e")
    @MethodSource("everySource")
    void eachSourceMatchesTheHandCalculation(String code, String expectedTco2e) {
        assertThat(source(RESULT, code).tco2e()).isCloseTo(bd(expectedTco2e), TOLERANCE);
    }

    @Test
    void everySourceOfThePlantIsCheckedAbove() {
        assertThat(RESULT.sources()).extracting(SourceResult::code)
                .containsExactlyElementsOf(everySource().map(arguments -> (String) arguments.get()[0]).toList());
    }

    @Test
    void theTotalsMatchTheHandCalculation() {
        Totals totals = RESULT.totals();
        // Scope 1 = the 19 sources from NG-PAINT to FIRE-FM200:
        //   25 980.182 395 2 + 12 985.863 291 + 2 096.505 919 2 + 62.413 538 288 64 + 519.489 942 048 + 371.509 156 48
        //   + 111.647 873 568 + 135.747 279 36 + 72 + 9.491 557 603 686 636 + 195.18 + 907.2 + 585 + 673.225 + 78 + 0
        //   + 361.368 + 58.75 + 150.75 = 45 354.323 952 748 326 636 t
        assertThat(totals.scope1()).isCloseTo(bd("45354.32395274832663594470046"), TOLERANCE);
        // Scope 2 location = 102 654 + 0 + 5 737.551 6 = 108 391.551 6 t
        assertThat(totals.scope2Location()).isCloseTo(bd("108391.5516"), TOLERANCE);
        // Scope 2 market: certified 20 000 + 25 000 = 45 000 MWh; (180 000 − 45 000) × 0.5856 = 79 056 t; + heat 5 737.551 6
        assertThat(totals.scope2Market()).isCloseTo(bd("84793.5516"), TOLERANCE);
        assertThat(source(RESULT, "ELEC-GRID").tco2eMarket()).isCloseTo(bd("79056"), TOLERANCE);
        // Scope 3 = 4 680 + 1 026.54 + 1 800 + 2 976 + 547.488 = 11 030.028 t
        assertThat(totals.scope3()).isCloseTo(bd("11030.028"), TOLERANCE);
        // total = 45 354.323 952 748 3 + 108 391.551 6 + 11 030.028 = 164 775.903 552 748 3 t
        assertThat(totals.total()).isCloseTo(bd("164775.9035527483266359447005"), TOLERANCE);
        // market-based total = 45 354.323 952 748 3 + 84 793.551 6 + 11 030.028 = 141 177.903 552 748 3 t
        assertThat(totals.totalMarket()).isCloseTo(bd("141177.9035527483266359447005"), TOLERANCE);
        // GB/T 32150: PV export 12 × 100 MWh = 1 200 MWh × 0.5703 = 684.36 t deducted from Scope 1 + Scope 2:
        //   45 354.323 952 748 3 + 108 391.551 6 − 684.36 = 153 061.515 552 748 3 t
        assertThat(totals.exportCredit()).isCloseTo(bd("684.36"), TOLERANCE);
        assertThat(totals.gbt32150Total()).isCloseTo(bd("153061.5155527483266359447005"), TOLERANCE);
    }

    @Test
    void theMultiGasSourcesReportEachGas() {
        // NG-BOILER masses from the hand calculation above: CO2 12 973.132 854 t, CH4 0.233 586 t, N2O 0.023 358 6 t
        List<GasResult> boiler = source(RESULT, "NG-BOILER").gases();
        assertThat(boiler).extracting(GasResult::label).containsExactly("CO2", "CH4", "N2O");
        assertThat(boiler.get(0).massT()).isCloseTo(bd("12973.132854"), TOLERANCE);
        assertThat(boiler.get(1).massT()).isCloseTo(bd("0.233586"), TOLERANCE);
        assertThat(boiler.get(2).massT()).isCloseTo(bd("0.0233586"), TOLERANCE);
        // WASTE-INCIN: CO2 192 t; N2O 0.012 t × 265 = 3.18 tCO2e
        List<GasResult> waste = source(RESULT, "WASTE-INCIN").gases();
        assertThat(waste).extracting(GasResult::label).containsExactly("CO2", "N2O");
        assertThat(waste.get(0).tco2e()).isCloseTo(bd("192"), TOLERANCE);
        assertThat(waste.get(1).tco2e()).isCloseTo(bd("3.18"), TOLERANCE);
    }

    @Test
    void theR22ChillerIsAMemoItem() {
        SourceResult r22 = source(RESULT, "REFR-R22");

        assertThat(r22.tco2e()).isEqualByComparingTo("0");
        assertThat(r22.gases()).isEmpty();
        // 500 kg charge × 0.08 = 40 kg = 0.04 t HCFC-22
        assertThat(r22.memo()).singleElement().satisfies(memo -> {
            assertThat(memo.label()).isEqualTo("HCFC-22");
            assertThat(memo.massT()).isCloseTo(bd("0.04"), TOLERANCE);
            assertThat(memo.tco2e()).isNull();
        });
        assertThat(RESULT.totals().memoHcfcT()).isCloseTo(bd("0.04"), TOLERANCE);
    }

    @Test
    void switchingFromAr4ToAr6ChangesTheTotalByTheHandComputedAmount() {
        // Only non-CO2 gases change (CO2 and CO2e factors have GWP 1). AR6 − AR4 per gas (§5):
        //   NG-BOILER CH4 0.233 586 t × (29.8 − 25) = 1.121 212 8      NG-BOILER N2O 0.023 358 6 × (273 − 298) = −0.583 965
        //   WASTE-INCIN N2O 0.012 × (273 − 298) = −0.3                   WWTP CH4 (non-fossil) 32.4 × (27.0 − 25) = 64.8
        //   REFR-FILL HFC-134a 0.45 × (1 530 − 1 430) = 45                REFR-CHILLER HFC-134a 0.06 × 100 = 6
        //   REFR-HVAC R-410A 0.35 × ((771 + 3 740)/2 − (675 + 3 500)/2) = 0.35 × (2 255.5 − 2 087.5) = 58.8
        //   NG-PIPELINE CH4 12.906 × 4.8 = 61.948 8                       SF6 0.0025 × (25 200 − 22 800) = 6
        //   FM-200 0.045 × (3 600 − 3 220) = 17.1
        //   sum = 259.886 047 8 t
        InventoryResult ar4 = calculate(GwpSet.AR4);
        InventoryResult ar6 = calculate(GwpSet.AR6);

        assertThat(ar6.totals().total().subtract(ar4.totals().total())).isCloseTo(bd("259.8860478"), TOLERANCE);
        assertThat(ar4.gwp()).isEqualTo(GwpSet.AR4);
        assertThat(ar6.gwp()).isEqualTo(GwpSet.AR6);
        // AR4 against the plant's AR5: CH4 (0.233 586 + 32.4 + 12.906) × (25 − 28) = −136.618 758;
        //   N2O (0.023 358 6 + 0.012) × (298 − 265) = 1.166 833 8; HFC-134a 0.51 × (1 430 − 1 300) = 66.3;
        //   R-410A 0.35 × (2 087.5 − 1 923.5) = 57.4; SF6 0.0025 × (22 800 − 23 500) = −1.75; FM-200 0.045 × (3 220 − 3 350) = −5.85
        //   = −19.351 924 2 → 164 775.903 552 748 3 − 19.351 924 2 = 164 756.551 628 548 3 t
        assertThat(ar4.totals().total()).isCloseTo(bd("164756.5516285483266359447005"), TOLERANCE);
        // CO2-only sources do not move
        assertThat(source(ar6, "ELEC-GRID").tco2e()).isCloseTo(bd("102654"), TOLERANCE);
    }

    @Test
    void oneRowIsOutsideTheYear() {
        // 301 data rows; the ELEC-GRID row 2024-12-01 .. 2025-01-01 lies wholly in 2024
        assertThat(RESULT.rowsUsed()).isEqualTo(300);
        assertThat(RESULT.rowsOutsideYear()).isEqualTo(1);
    }

    @Test
    void uncertaintiesFollowTheSumRuleOverTheMonthlyRows() {
        // NG-PAINT: 12 rows of ±2 % with the month shape s: U = 2 × √Σs² / Σs = 2 × √12.08 / 12 = 0.579 271 573 232 759 %
        //   (Σs² = 0.81 + 0.64 + 1 + 1 + 1.1025 + 1.21 + 1.21 + 1 + 1.1025 + 1.1025 + 1 + 0.9025 = 12.08); the same for NG-BOILER
        assertThat(source(RESULT, "NG-PAINT").uncertaintyPct()).isCloseTo(bd("0.5792715732327588984772940435"), TOLERANCE);
        assertThat(source(RESULT, "NG-BOILER").uncertaintyPct()).isCloseTo(bd("0.5792715732327588984772940435"), TOLERANCE);
        // ELEC-GRID: 12 rows of ±1 % in 2025: √12.08 / 12 = 0.289 635 786 616 379 %
        assertThat(source(RESULT, "ELEC-GRID").uncertaintyPct()).isCloseTo(bd("0.2896357866163794492386470218"), TOLERANCE);
        assertThat(source(RESULT, "COAL-BOILER").uncertaintyPct()).isNull();
        // plant: √((0.579 27 × 25 980.18)² + (0.579 27 × 12 985.86)² + (0.289 64 × 102 654)²) / 164 775.90 = 0.207 327 669 2 %
        assertThat(RESULT.uncertaintyPct()).isCloseTo(bd("0.2073276692087017054335454604"), TOLERANCE);
    }

    @Test
    void breakdownsByScope3AndIsoCategory() {
        // Scope 3 cat. 4: inbound 4 680 + warehouse 1 026.54; cat. 6+7: commuting 1 800; cat. 9: outbound 2 976 + dealers 547.488
        var byScope3 = RESULT.aggregation().byScope3Category();
        assertThat(byScope3).containsOnlyKeys("4", "6+7", "9");
        assertThat(byScope3.get("4")).isCloseTo(bd("5706.54"), TOLERANCE);
        assertThat(byScope3.get("6+7")).isCloseTo(bd("1800"), TOLERANCE);
        assertThat(byScope3.get("9")).isCloseTo(bd("3523.488"), TOLERANCE);
        // ISO 3 transportation: 4 680 + 1 800 + 2 976 = 9 456; ISO 4 products used: 1 026.54 + 547.488 = 1 574.028
        var byIso = RESULT.aggregation().byIsoCategory();
        assertThat(byIso).containsOnlyKeys(1, 2, 3, 4);
        assertThat(byIso.get(1)).isCloseTo(bd("45354.32395274832663594470046"), TOLERANCE);
        assertThat(byIso.get(2)).isCloseTo(bd("108391.5516"), TOLERANCE);
        assertThat(byIso.get(3)).isCloseTo(bd("9456"), TOLERANCE);
        assertThat(byIso.get(4)).isCloseTo(bd("1574.028"), TOLERANCE);
    }

    @Test
    void aMonthlySeriesFollowsTheMonthShape() {
        // NG-PAINT January: 900 000 of 12 000 000 Nm3 → 25 980.182 395 2 × 0.075 = 1 948.513 679 64 t; June 1.1/12 → 2 381.516 719 56 t
        var monthly = source(RESULT, "NG-PAINT").monthly();
        assertThat(monthly).hasSize(12);
        assertThat(monthly.get(YearMonth.of(2025, 1))).isCloseTo(bd("1948.51367964"), TOLERANCE);
        assertThat(monthly.get(YearMonth.of(2025, 6))).isCloseTo(bd("2381.51671956"), TOLERANCE);
    }
}
