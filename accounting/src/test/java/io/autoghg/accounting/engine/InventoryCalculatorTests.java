package io.autoghg.accounting.engine;

import static io.autoghg.accounting.testing.TestPlants.aPlant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.testing.TestPlants;
import io.autoghg.accounting.trace.TraceEntry;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The engine around the methods: input checks across rows and sources, the reporting year,
 * totals, breakdowns and uncertainty propagation. Every expected value is worked out by hand from
 * shared/reference/ghg-methodology.md; the comment next to it shows how.
 *
 * <p>Values used throughout (methodology §3–§5, AR5 unless stated): natural gas NCV 389.31 GJ/10⁴Nm3 =
 * 0.038931 GJ/Nm3, carbon content 0.0153 tC/GJ, oxidation 0.99; grid 2023–2025 0.5703 tCO2/MWh; residual
 * (excluding market-traded non-fossil) 0.5856 tCO2/MWh; heat 0.11 tCO2/GJ; GWP AR5 CH4 28, SF6 23 500,
 * HFC-134a 1 300, R-410A = ½·677 + ½·3 170 = 1 923.5.
 */
class InventoryCalculatorTests {
    /** Results are exact decimals with 34 significant digits; 1e-12 t (a nanogram) is far below any rounding that matters. */
    private static final Offset<BigDecimal> EXACT = Offset.offset(new BigDecimal("1e-12"));

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private static SourceResult source(InventoryResult result, String code) {
        return result.sources().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + code));
    }

    private static List<InputProblem> problemsOf(TestPlants plant, int year) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> plant.calculate(year));
        assertThat(e).as("the calculation must fail and return nothing").isNotNull();
        return e.problems();
    }

    private static List<TraceEntry> notes(SourceResult result) {
        return result.trace().stream().filter(entry -> entry.kind() == TraceEntry.Kind.NOTE).toList();
    }

    @Nested
    class InputChecks {

        @Test
        void anActivityRowForAnUnknownSourceIsReportedWithFileLineAndField() {
            TestPlants plant = aPlant().withSource("NG", SourceType.STAT_COMB_NG)
                    .withRow("NG", "2025-01-01", "2025-02-01", "100", "Nm3")      // activity.csv:2
                    .withRow("NG-PAIN", "2025-01-01", "2025-02-01", "100", "Nm3"); // activity.csv:3, a typo

            List<InputProblem> problems = problemsOf(plant, 2025);

            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo(new SourceLocation("activity.csv", 3));
                assertThat(problem.field()).isEqualTo("source");
                assertThat(problem.message()).contains("unknown source code 'NG-PAIN'").contains("defines NG");
            });
        }

        @Test
        void overlappingPeriodsOfOneSourceAndItemAreReportedNamingBothLines() {
            TestPlants plant = aPlant().withSource("NG", SourceType.STAT_COMB_NG)
                    .withRow("NG", "2025-01-01", "2025-02-01", "100", "Nm3")    // line 2
                    .withRow("NG", "2025-02-01", "2025-03-01", "100", "Nm3")    // line 3: adjacent, fine (end is exclusive)
                    .withRow("NG", "2025-01-15", "2025-01-20", "100", "Nm3");   // line 4: inside line 2's January

            List<InputProblem> problems = problemsOf(plant, 2025);

            assertThat(problems).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo(new SourceLocation("activity.csv", 4));
                assertThat(problem.field()).isEqualTo("start");
                assertThat(problem.message()).contains("2025-01-15 to 2025-01-20")
                        .contains("overlaps the period 2025-01-01 to 2025-02-01 of activity.csv:2");
            });
        }

        @Test
        void overlapsAreCheckedPerItem() {
            TestPlants plant = aPlant().withSource("GRID", SourceType.ELEC_PURCHASED)
                    .withRow("GRID", "2025-01-01", "2025-07-01", "100", "MWh", "certified")  // line 2
                    .withRow("GRID", "2025-06-01", "2026-01-01", "100", "MWh", "certified"); // line 3: June counted twice

            assertThat(problemsOf(plant, 2025)).singleElement().satisfies(problem -> {
                assertThat(problem.location()).isEqualTo(new SourceLocation("activity.csv", 3));
                assertThat(problem.message()).contains("item certified").contains("of activity.csv:2");
            });
        }

        @Test
        void theSameDatesForDifferentItemsOrSourcesAreFine() {
            InventoryResult result = aPlant()
                    .withSource("GRID", SourceType.ELEC_PURCHASED)
                    .withSource("GRID2", SourceType.ELEC_PURCHASED)
                    .withYear("GRID", "1000", "MWh")
                    .withYear("GRID", "400", "MWh", "certified")
                    .withYear("GRID2", "1000", "MWh")
                    .calculate(2025);

            // location-based: 1 000 MWh × 0.5703 = 570.3 t; market-based: (1 000 − 400) MWh × 0.5856 = 351.36 t
            assertThat(source(result, "GRID").tco2e()).isEqualByComparingTo("570.3");
            assertThat(source(result, "GRID").tco2eMarket()).isEqualByComparingTo("351.36");
            assertThat(source(result, "GRID2").tco2e()).isEqualByComparingTo("570.3");
        }

        @Test
        void unknownSourcesAndOverlapsAreReportedTogether() {
            TestPlants plant = aPlant().withSource("NG", SourceType.STAT_COMB_NG)
                    .withRow("NG", "2025-01-01", "2025-03-01", "100", "Nm3")    // line 2
                    .withRow("XX", "2025-01-01", "2025-02-01", "100", "Nm3")    // line 3: unknown source
                    .withRow("NG", "2025-02-01", "2025-04-01", "100", "Nm3");   // line 4: overlaps line 2 in February

            assertThat(problemsOf(plant, 2025)).extracting(p -> p.location().line(), InputProblem::field)
                    .containsExactly(tuple(3, "source"), tuple(4, "start"));
        }

        @Test
        void problemsInSeveralSourcesAreReportedTogetherAndNoPartialResultIsReturned() {
            TestPlants plant = aPlant()
                    .withSource("FIRE", SourceType.FUG_OTHER)             // plant.yaml:10, no "gas" parameter
                    .withSource("NG", SourceType.STAT_COMB_NG)            // plant.yaml:11
                    .withSource("GRID", SourceType.ELEC_PURCHASED)        // plant.yaml:12, fine
                    .withYear("FIRE", "45", "kg")                         // activity.csv:2
                    .withYear("NG", "100", "MWh")                         // activity.csv:3: energy is not a fuel quantity
                    .withYear("GRID", "1000", "MWh");                     // activity.csv:4

            List<InputProblem> problems = problemsOf(plant, 2025);

            assertThat(problems).extracting(p -> p.location().toString(), InputProblem::field).containsExactly(
                    tuple("plant.yaml:10", "parameters.gas"),
                    tuple("activity.csv:3", "unit"));
            assertThat(problems.get(0).message()).contains("source FIRE").contains("missing required parameter 'gas'");
            assertThat(problems.get(1).message()).contains("source NG").contains("unit 'MWh'");
        }
    }

    @Nested
    class ReportingYear {

        @Test
        void rowsOutsideTheYearAreIgnoredAndCounted() {
            InventoryResult result = aPlant().withSource("SF6", SourceType.FUG_OTHER, "gas", "SF6")
                    .withRow("SF6", "2024-06-01", "2024-07-01", "10", "kg")
                    .withRow("SF6", "2025-06-01", "2025-07-01", "2", "kg")
                    .withRow("SF6", "2026-01-01", "2026-02-01", "10", "kg")
                    .withRow("SF6", "2024-12-01", "2025-01-01", "10", "kg")   // ends where 2025 begins: outside
                    .calculate(2025);

            // only the 2025 row: 2 kg = 0.002 t SF6 × 23 500 = 47 tCO2e
            assertThat(source(result, "SF6").tco2e()).isEqualByComparingTo("47");
            assertThat(result.rowsUsed()).isEqualTo(1);
            assertThat(result.rowsOutsideYear()).isEqualTo(3);
        }

        @Test
        void aFlowRowCrossingTheYearBoundaryIsProratedByDays() {
            // 2024-12-01 .. 2025-01-31 (end exclusive) covers 61 days: 31 in December 2024 and 30 in January 2025
            // (1–30 January). 2025 counts 620 Nm3 × 30/61 = 304.918 032 786 885 245 9… Nm3.
            // CO2 = 304.918 032 786 9 Nm3 × 0.038931 GJ/Nm3 × 0.0153 tC/GJ × 0.99 × 44/12 = 0.659 290 358 154 098 4 t
            TestPlants plant = aPlant().withSource("NG", SourceType.STAT_COMB_NG)
                    .withRow("NG", "2024-12-01", "2025-01-31", "620", "Nm3");   // activity.csv:2

            InventoryResult result = plant.calculate(2025);

            SourceResult ng = source(result, "NG");
            assertThat(ng.tco2e()).isCloseTo(bd("0.6592903581540983606557377049"), EXACT);
            TraceEntry activity = ng.trace().stream().filter(e -> e.kind() == TraceEntry.Kind.INPUT).findFirst().orElseThrow();
            assertThat(activity.value()).isCloseTo(bd("304.9180327868852459016393442623"), EXACT);
            assertThat(notes(ng)).extracting(TraceEntry::detail).anySatisfy(note -> assertThat(note)
                    .contains("activity.csv:2 crosses the").contains("boundary")
                    .contains("counted for 2025-01-01 to 2025-01-31")
                    .contains("pro rata by days"));
            assertThat(result.rowsUsed()).isEqualTo(1);
            assertThat(result.rowsOutsideYear()).isZero();

            // the other 31/61 belong to 2024: 620 × 31/61 = 315.081 967 213 1 Nm3 → 0.681 266 703 425 901 6 tCO2
            assertThat(source(plant.calculate(2024), "NG").tco2e()).isCloseTo(bd("0.6812667034259016393442622951"), EXACT);
        }

        @Test
        void aClosingStockCrossingTheYearEndIsNotProrated() {
            // mass balance (methodology §2): E = stockStart − stockEnd + purchased = 800 − 900 + 300 = 200 kg R-410A
            // = 0.2 t × 1 923.5 = 384.7 tCO2e. Prorating the 2-day stockEnd row (1 day in 2025) would give 450 kg
            // and 650 kg released.
            InventoryResult result = aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-410A", "method", "massBalance")
                    .withRow("AC", "2025-01-01", "2025-01-02", "800", "kg", "stockStart")
                    .withRow("AC", "2025-03-01", "2025-04-01", "300", "kg", "purchased")
                    .withRow("AC", "2025-12-31", "2026-01-02", "900", "kg", "stockEnd")
                    .calculate(2025);

            SourceResult ac = source(result, "AC");
            assertThat(ac.gases()).singleElement().satisfies(gas -> assertThat(gas.massT()).isEqualByComparingTo("0.2"));
            assertThat(ac.tco2e()).isEqualByComparingTo("384.7");
            assertThat(notes(ac)).extracting(TraceEntry::detail).noneMatch(note -> note.contains("boundary"));
            assertThat(result.rowsUsed()).isEqualTo(3);
        }

        @Test
        void anInstalledChargeCrossingTheYearEndIsKeptWholeAndScreenedForTheDaysInTheYear() {
            // screening (methodology §2): E = charge × leak rate × share of the year. The charge row 2025-07-01 .. 2026-07-01
            // is clipped to 2025-07-01 .. 2026-01-01 = 184 days (31+31+30+31+30+31) but keeps its 1 000 kg:
            // 1 t × 184/365 × 10 % = 0.050 410 958 904 1 t HFC-134a × 1 300 = 65.534 246 575 342 47 tCO2e.
            // (Prorating the charge as well would count 184/365 twice.)
            TestPlants plant = aPlant().withSource("CHILLER", SourceType.FUG_REFRIGERANT_HVAC,
                            "gas", "HFC-134a", "method", "screening", "leakRate", "10 %")
                    .withRow("CHILLER", "2025-07-01", "2026-07-01", "1000", "kg", "charge");

            SourceResult chiller = source(plant.calculate(2025), "CHILLER");

            assertThat(chiller.gases().get(0).massT()).isCloseTo(bd("0.05041095890410958904109589041"), EXACT);
            assertThat(chiller.tco2e()).isCloseTo(bd("65.53424657534246575342465753"), EXACT);
            TraceEntry charge = chiller.trace().stream().filter(e -> e.kind() == TraceEntry.Kind.INPUT).findFirst().orElseThrow();
            assertThat(charge.value()).as("the whole charge, 1 000 kg = 1 t").isEqualByComparingTo("1");
        }

        @Test
        void aChargeIsClippedToEachYearItCoversAndKeepsItsQuantity() {
            // charge 2024-07-01 .. 2025-07-01 of 1 t HFC-134a at 10 %/yr, AR5 1 300 (§5):
            // 2024 (366 days): 1 t × 184/366 × 10 % × 1 300 = 65.355 191 256 830 6 tCO2e
            // 2025 (365 days): 1 t × 181/365 × 10 % × 1 300 = 64.465 753 424 657 5 tCO2e
            TestPlants plant = aPlant().withSource("CHILLER", SourceType.FUG_REFRIGERANT_HVAC,
                            "gas", "HFC-134a", "method", "screening", "leakRate", "10 %")
                    .withRow("CHILLER", "2024-07-01", "2025-07-01", "1000", "kg", "charge");

            InventoryResult in2025 = plant.calculate(2025);
            assertThat(source(in2025, "CHILLER").tco2e()).isCloseTo(bd("64.46575342465753424657534246575"), EXACT);
            assertThat(in2025.rowsOutsideYear()).isZero();
            // held January–June 2025 only: the monthly split follows the days held (January 31/181 of the year's figure)
            assertThat(source(in2025, "CHILLER").monthly()).containsOnlyKeys(java.time.YearMonth.of(2025, 1),
                    java.time.YearMonth.of(2025, 2), java.time.YearMonth.of(2025, 3), java.time.YearMonth.of(2025, 4),
                    java.time.YearMonth.of(2025, 5), java.time.YearMonth.of(2025, 6));
            assertThat(source(in2025, "CHILLER").monthly().get(java.time.YearMonth.of(2025, 1)))
                    .isCloseTo(bd("64.46575342465753424657534246575").multiply(bd("31")).divide(bd("181"), java.math.MathContext.DECIMAL128), EXACT);
            assertThat(source(in2025, "CHILLER").trace()).anyMatch(entry -> entry.detail() != null
                    && entry.detail().startsWith("charge row activity.csv:2 crosses the period's boundary"));
            assertThat(source(plant.calculate(2024), "CHILLER").tco2e()).isCloseTo(bd("65.35519125683060109289617486"), EXACT);
        }

        @Test
        void aStockRowBelongsToTheYearItsStartFallsIn() {
            // a stock count dated 2024-12-31 .. 2025-01-02 is 2024's closing stock, not 2025's
            TestPlants plant = aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "HFC-134a", "method", "massBalance")
                    .withRow("AC", "2024-12-31", "2025-01-02", "100", "kg", "stockEnd")
                    .withRow("AC", "2025-03-01", "2025-03-02", "50", "kg", "purchased");

            InventoryResult in2025 = plant.calculate(2025);
            // 2025: purchased 50 kg only → 0.05 t × 1 300 = 65 tCO2e
            assertThat(source(in2025, "AC").tco2e()).isEqualByComparingTo("65");
            assertThat(in2025.rowsOutsideYear()).isEqualTo(1);
            assertThat(source(in2025, "AC").trace()).anyMatch(entry -> entry.detail() != null
                    && entry.detail().startsWith("stockEnd row activity.csv:2 starts before the period (2024-12-31)"));
        }

        @Test
        void aSourceWithoutRowsReportsZeroWithANote() {
            InventoryResult result = aPlant()
                    .withSource("NG", SourceType.STAT_COMB_NG)
                    .withSource("COAL", SourceType.STAT_COMB_COAL)
                    .withYear("NG", "100", "Nm3")
                    .withRow("COAL", "2024-01-01", "2025-01-01", "10", "t")   // 2024 only
                    .calculate(2025);

            SourceResult coal = source(result, "COAL");
            assertThat(coal.tco2e()).isEqualByComparingTo("0");
            assertThat(coal.tco2eMarket()).isEqualByComparingTo("0");
            assertThat(coal.gases()).isEmpty();
            assertThat(coal.uncertaintyPct()).isNull();
            assertThat(coal.monthly()).isEmpty();
            assertThat(notes(coal)).extracting(TraceEntry::detail).contains("no activity data for 2025; the source reports zero");
            // NG: 100 Nm3 × 0.038931 × 0.0153 × 0.99 × 44/12 = 0.216 218 880 9 t
            assertThat(source(result, "NG").tco2e()).isCloseTo(bd("0.2162188809"), EXACT);
            assertThat(result.totals().total()).isCloseTo(bd("0.2162188809"), EXACT);
        }
    }

    @Nested
    class Totals {
        // SF6 10 kg = 0.01 t × 23 500                                   = 235 t         (Scope 1)
        // grid 1 000 MWh × 0.5703                                        = 570.3 t       (Scope 2 location)
        //   market: (1 000 − 400 certified) MWh × 0.5856                 = 351.36 t
        // heat 100 GJ × 0.11                                             = 11 t          (Scope 2, both methods)
        // PV 500 MWh generated, 100 MWh exported: 0 t; GB/T 32150 deduction 100 × 0.5703 = 57.03 t
        // inbound freight 10 000 t.km × 0.1 kgCO2e/t.km                  = 1 t           (Scope 3)
        private final InventoryResult result = aPlant()
                .withSource("SF6", SourceType.FUG_OTHER, "gas", "SF6")
                .withSource("GRID", SourceType.ELEC_PURCHASED)
                .withSource("HEAT", SourceType.HEAT_PURCHASED)
                .withSource("PV", SourceType.ELEC_PV_ONSITE)
                .withSource("INBOUND", SourceType.S3_UPSTREAM_TRANSPORT, "emissionFactor", "0.1 kgCO2e/t.km")
                .withYear("SF6", "10", "kg")
                .withYear("GRID", "1000", "MWh")
                .withYear("GRID", "400", "MWh", "certified")
                .withYear("HEAT", "100", "GJ")
                .withYear("PV", "500", "MWh")
                .withYear("PV", "100", "MWh", "exported")
                .withYear("INBOUND", "10000", "t.km")
                .calculate(2025);

        @Test
        void scopesAddUpToTheGhgProtocolTotal() {
            var totals = result.totals();
            assertThat(totals.scope1()).isEqualByComparingTo("235");
            assertThat(totals.scope2Location()).isEqualByComparingTo("581.3");      // 570.3 + 11 + 0
            assertThat(totals.scope3()).isEqualByComparingTo("1");
            assertThat(totals.total()).isEqualByComparingTo("817.3");               // 235 + 581.3 + 1, exports not netted
        }

        @Test
        void theMarketBasedTotalUsesMarketBasedScope2() {
            assertThat(result.totals().scope2Market()).isEqualByComparingTo("362.36");  // 351.36 + 11
            assertThat(result.totals().totalMarket()).isEqualByComparingTo("598.36");   // 235 + 362.36 + 1
        }

        @Test
        void theGbt32150TotalDeductsExportedElectricityAndLeavesOutScope3() {
            assertThat(result.totals().exportCredit()).isEqualByComparingTo("57.03");
            assertThat(source(result, "PV").exportCreditTco2()).isEqualByComparingTo("57.03");
            assertThat(source(result, "PV").tco2e()).isEqualByComparingTo("0");
            assertThat(result.totals().gbt32150Total()).isEqualByComparingTo("759.27"); // 235 + 581.3 − 57.03
        }
    }

    @Nested
    class Breakdowns {
        // pipeline 1 000 Nm3 × 0.717 kg/Nm3 (library default: leaked gas taken as CH4) = 0.717 t CH4 × 28 = 20.076 t
        // wastewater (10 000 kg COD × 0.25 × MCF 0.3) = 750 kg = 0.75 t CH4 (non-fossil) × 28 = 21 t
        // SF6 10 kg = 0.01 t × 23 500 = 235 t
        // grid 1 000 MWh × 0.5703 = 570.3 t CO2 (market: 1 000 × 0.5856 = 585.6 t)
        // S3 inbound 10 000 t.km × 0.1 kgCO2e/t.km = 1 t CO2e               (cat. 4, ISO 3)
        // S3 warehouse 100 000 kWh = 100 MWh × 0.5703 = 57.03 t CO2          (cat. 4, ISO 4)
        // S3 commuting 20 000 p.km × 0.05 kgCO2e/p.km = 1 t CO2e             (cat. 6+7, ISO 3)
        // S3 outbound 100 000 t.km × 0.062 kgCO2e/t.km = 6.2 t CO2e          (cat. 9, ISO 3)
        // S3 dealer 10 MWh × 0.5703 = 5.703 t CO2                            (cat. 9, ISO 4)
        private final InventoryResult result = aPlant()
                .withSource("PIPE", SourceType.FUG_GAS_PIPELINE)
                .withSource("WWTP", SourceType.PROC_WASTEWATER_CH4, "mcf", "0.3")
                .withSource("SF6", SourceType.FUG_OTHER, "gas", "SF6")
                .withSource("GRID", SourceType.ELEC_PURCHASED)
                .withSource("INBOUND", SourceType.S3_UPSTREAM_TRANSPORT, "emissionFactor", "0.1 kgCO2e/t.km")
                .withSource("WAREHOUSE", SourceType.S3_UPSTREAM_STORAGE)
                .withSource("COMMUTE", SourceType.S3_COMMUTING_TRAVEL, "emissionFactor", "0.05 kgCO2e/p.km")
                .withSource("OUTBOUND", SourceType.S3_DOWNSTREAM_TRANSPORT, "emissionFactor", "0.062 kgCO2e/t.km")
                .withSource("DEALER", SourceType.S3_DOWNSTREAM_STORAGE)
                .withYear("PIPE", "1000", "Nm3")
                .withYear("WWTP", "10000", "kg", "cod")
                .withYear("SF6", "10", "kg")
                .withYear("GRID", "1000", "MWh")
                .withYear("INBOUND", "10000", "t.km")
                .withYear("WAREHOUSE", "100000", "kWh")
                .withYear("COMMUTE", "20000", "p.km")
                .withYear("OUTBOUND", "100000", "t.km")
                .withYear("DEALER", "10", "MWh")
                .calculate(2025);

        private final Aggregation aggregation = result.aggregation();

        private static <K> void assertValues(Map<K, BigDecimal> actual, Map<K, String> expected) {
            assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
            // close, not equal: kWh → GJ and the factor per GJ are 34-digit decimals (57.029 999 … for 57.03)
            expected.forEach((key, value) -> assertThat(actual.get(key)).as(String.valueOf(key)).isCloseTo(bd(value), EXACT));
        }

        @Test
        void bySourceType() {
            assertValues(aggregation.bySourceType(), Map.of(
                    "FUG_GAS_PIPELINE", "20.076", "PROC_WASTEWATER_CH4", "21", "FUG_OTHER", "235", "ELEC_PURCHASED", "570.3",
                    "S3_UPSTREAM_TRANSPORT", "1", "S3_UPSTREAM_STORAGE", "57.03", "S3_COMMUTING_TRAVEL", "1",
                    "S3_DOWNSTREAM_TRANSPORT", "6.2", "S3_DOWNSTREAM_STORAGE", "5.703"));
        }

        @Test
        void byGasInCo2eAndInMass() {
            // fossil and non-fossil CH4 are both reported as CH4: 20.076 + 21 = 41.076 t CO2e, 0.717 + 0.75 = 1.467 t
            // CO2: 570.3 + 57.03 + 5.703 = 633.033; CO2e factors: 1 + 1 + 6.2 = 8.2
            assertValues(aggregation.byGasTco2e(), Map.of("CH4", "41.076", "SF6", "235", "CO2", "633.033", "CO2e", "8.2"));
            // a CO2e result has no mass of its own
            assertValues(aggregation.byGasMassT(), Map.of("CH4", "1.467", "SF6", "0.01", "CO2", "633.033"));
        }

        @Test
        void byScope() {
            // Scope 1: 20.076 + 21 + 235 = 276.076; Scope 3: 1 + 57.03 + 1 + 6.2 + 5.703 = 70.933
            assertValues(aggregation.byScope(), Map.of("scope1", "276.076", "scope2Location", "570.3",
                    "scope2Market", "585.6", "scope3", "70.933"));
            assertThat(result.totals().total()).isCloseTo(bd("917.309"), EXACT);   // 276.076 + 570.3 + 70.933
        }

        @Test
        void byScope3Category() {
            // cat. 4: 1 + 57.03; cat. 6+7: 1; cat. 9: 6.2 + 5.703 (source-catalogue.md)
            assertValues(aggregation.byScope3Category(), Map.of("4", "58.03", "6+7", "1", "9", "11.903"));
        }

        @Test
        void byIsoCategory() {
            // ISO 14064-1: 1 direct, 2 imported energy, 3 transportation (inbound, commuting, outbound),
            // 4 products used (the two storage sources)
            assertValues(aggregation.byIsoCategory(), Map.of(1, "276.076", 2, "570.3", 3, "8.2", 4, "62.733"));
        }

        @Test
        void byOrganisationalUnit() {
            // TestPlants puts every source into "UNIT-" + its scope
            assertValues(aggregation.byOrgUnit(), Map.of("UNIT-SCOPE1", "276.076", "UNIT-SCOPE2", "570.3",
                    "UNIT-SCOPE3", "70.933"));
        }

        @Test
        void theMonthsOfTheYearAddUpToTheTotal() {
            assertThat(aggregation.byMonth()).hasSize(12);
            BigDecimal sum = aggregation.byMonth().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isCloseTo(bd("917.309"), EXACT);
            // whole-year rows spread by days: January = 917.309 × 31/365 = 28 436.579 / 365 = 77.908 435 616 438 36…
            assertThat(aggregation.byMonth().get(YearMonth.of(2025, 1))).isCloseTo(bd("77.90843561643835616438356164"), EXACT);
        }
    }

    @Nested
    class MonthlySplit {

        @Test
        void theMonthlySplitFollowsTheMonthlyQuantitiesAndSplitsARowByDays() {
            // A: 1 kg in January, 3 kg in February = 0.004 t SF6 × 23 500 = 94 t → 23.5 t and 70.5 t
            // B: 5 kg over 2025-03-17 .. 2025-04-11 = 25 days, 15 in March (17–31) and 10 in April (1–10):
            //    0.005 t × 23 500 = 117.5 t → 117.5 × 15/25 = 70.5 t and 117.5 × 10/25 = 47 t
            InventoryResult result = aPlant()
                    .withSource("A", SourceType.FUG_OTHER, "gas", "SF6")
                    .withSource("B", SourceType.FUG_OTHER, "gas", "SF6")
                    .withRow("A", "2025-01-01", "2025-02-01", "1", "kg")
                    .withRow("A", "2025-02-01", "2025-03-01", "3", "kg")
                    .withRow("B", "2025-03-17", "2025-04-11", "5", "kg")
                    .calculate(2025);

            assertMonths(source(result, "A").monthly(), Map.of(YearMonth.of(2025, 1), "23.5", YearMonth.of(2025, 2), "70.5"));
            assertMonths(source(result, "B").monthly(), Map.of(YearMonth.of(2025, 3), "70.5", YearMonth.of(2025, 4), "47"));
            assertMonths(result.aggregation().byMonth(), Map.of(YearMonth.of(2025, 1), "23.5", YearMonth.of(2025, 2), "70.5",
                    YearMonth.of(2025, 3), "70.5", YearMonth.of(2025, 4), "47"));
        }

        @Test
        void theMonthlySplitFollowsTheMainInputNotTheOtherItems() {
            // location-based 400 MWh × 0.5703 = 228.12 t: 100 MWh in January → 57.03 t, 300 MWh in February → 171.09 t.
            // The certified quantity in March is another item and does not move emissions into March.
            InventoryResult result = aPlant().withSource("GRID", SourceType.ELEC_PURCHASED)
                    .withRow("GRID", "2025-01-01", "2025-02-01", "100", "MWh")
                    .withRow("GRID", "2025-02-01", "2025-03-01", "300", "MWh")
                    .withRow("GRID", "2025-03-01", "2025-04-01", "400", "MWh", "certified")
                    .calculate(2025);

            assertMonths(source(result, "GRID").monthly(), Map.of(YearMonth.of(2025, 1), "57.03", YearMonth.of(2025, 2), "171.09"));
        }

        @Test
        void rowsInDifferentUnitsOfOneDimensionAreWeighedByTheirConvertedQuantity() {
            // January 1 000 Nm3, February 3 kNm3 = 3 000 Nm3: one quarter and three quarters of the result
            // 4 000 Nm3 × 0.038931 × 0.0153 × 0.99 × 44/12 = 8.648 755 236 t → 2.162 188 809 and 6.486 566 427
            InventoryResult result = aPlant().withSource("NG", SourceType.STAT_COMB_NG)
                    .withRow("NG", "2025-01-01", "2025-02-01", "1000", "Nm3")
                    .withRow("NG", "2025-02-01", "2025-03-01", "3", "kNm3")
                    .calculate(2025);

            assertMonths(source(result, "NG").monthly(), Map.of(YearMonth.of(2025, 1), "2.162188809",
                    YearMonth.of(2025, 2), "6.486566427"));
        }

        private void assertMonths(Map<YearMonth, BigDecimal> actual, Map<YearMonth, String> expected) {
            assertThat(actual).containsOnlyKeys(expected.keySet());
            expected.forEach((month, value) -> assertThat(actual.get(month)).as(month.toString()).isCloseTo(bd(value), EXACT));
        }
    }

    @Nested
    class Uncertainty {

        @Test
        void activityAndParameterUncertaintiesOfOneSourceCombineByTheProductRule() {
            // CO2 = FC × NCV × CC × OF × 44/12 is a product: U = √(4² + 3²) = 5 % (methodology §7)
            InventoryResult result = aPlant().withSource("NG", SourceType.STAT_COMB_NG, "ncv", "0.038931 GJ/Nm3 ±3%")
                    .withRow("NG", "2025-01-01", "2026-01-01", "1000", "Nm3", "", "4")
                    .calculate(2025);

            assertThat(source(result, "NG").uncertaintyPct()).isEqualByComparingTo("5");
            // one source: the plant's uncertainty is the source's
            assertThat(result.uncertaintyPct()).isEqualByComparingTo("5");
        }

        @Test
        void rowsOfOneInputCombineByTheSumRule() {
            // two rows of ±10 %: U = √((10 % × 100)² + (10 % × 300)²) / (100 + 300) = √1 000 / 400 = 7.905 694 150 420 948 %
            InventoryResult result = aPlant().withSource("NG", SourceType.STAT_COMB_NG)
                    .withRow("NG", "2025-01-01", "2025-02-01", "100", "Nm3", "", "10")
                    .withRow("NG", "2025-02-01", "2025-03-01", "300", "Nm3", "", "10")
                    .calculate(2025);

            assertThat(source(result, "NG").uncertaintyPct()).isCloseTo(bd("7.905694150420948329997233861"), EXACT);
        }

        @Test
        void theSumOfRowsThenCombinesWithTheParametersByTheProductRule() {
            // activity √1 000/4 % (as above, its square is 62.5), NCV ±3 %: U = √(62.5 + 9) = √71.5 = 8.455 767 262 643 881 %
            InventoryResult result = aPlant().withSource("NG", SourceType.STAT_COMB_NG, "ncv", "0.038931 GJ/Nm3 ±3%")
                    .withRow("NG", "2025-01-01", "2025-02-01", "100", "Nm3", "", "10")
                    .withRow("NG", "2025-02-01", "2025-03-01", "300", "Nm3", "", "10")
                    .calculate(2025);

            assertThat(source(result, "NG").uncertaintyPct()).isCloseTo(bd("8.455767262643881449086258961"), EXACT);
        }

        @Test
        void sourcesCombineByTheSumRule() {
            // A: 1 kg SF6 ±10 % = 23.5 t; B: 3 kg ±10 % = 70.5 t; C: 2 kg, no uncertainty = 47 t
            // U = √((10 × 23.5)² + (10 × 70.5)²) / (23.5 + 70.5 + 47) = √(55 225 + 497 025) / 141 = 743.135 … / 141
            //   = 5.270 462 766 947 299 %   (C adds to the total but nothing to the variance)
            InventoryResult result = aPlant()
                    .withSource("A", SourceType.FUG_OTHER, "gas", "SF6")
                    .withSource("B", SourceType.FUG_OTHER, "gas", "SF6")
                    .withSource("C", SourceType.FUG_OTHER, "gas", "SF6")
                    .withRow("A", "2025-01-01", "2026-01-01", "1", "kg", "", "10")
                    .withRow("B", "2025-01-01", "2026-01-01", "3", "kg", "", "10")
                    .withRow("C", "2025-01-01", "2026-01-01", "2", "kg")
                    .calculate(2025);

            assertThat(source(result, "A").uncertaintyPct()).isEqualByComparingTo("10");
            assertThat(source(result, "C").uncertaintyPct()).isNull();
            assertThat(result.uncertaintyPct()).isCloseTo(bd("5.270462766947298886664822574"), EXACT);
        }

        @Test
        void noUncertaintyGivenMeansNoUncertaintyReported() {
            InventoryResult result = aPlant().withSource("NG", SourceType.STAT_COMB_NG)
                    .withYear("NG", "1000", "Nm3")
                    .calculate(2025);

            assertThat(source(result, "NG").uncertaintyPct()).isNull();
            assertThat(result.uncertaintyPct()).isNull();
        }

        @Test
        void theRefrigerantMassBalanceUsesTheSumRule() {
            // released = 800 − 900 + 500 = 400 kg. Absolute uncertainties: 40, 45 and 10 kg.
            // U = √(40² + 45² + 10²) / 400 = √3 725 / 400 = 15.258 194 519 667 13 % — not the product rule's √(5²+5²+2²) = 7.35 %
            InventoryResult result = aPlant().withSource("AC", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-410A")
                    .withRow("AC", "2025-01-01", "2025-01-02", "800", "kg", "stockStart", "5")
                    .withRow("AC", "2025-12-31", "2026-01-01", "900", "kg", "stockEnd", "5")
                    .withRow("AC", "2025-05-01", "2025-05-02", "500", "kg", "purchased", "2")
                    .calculate(2025);

            SourceResult ac = source(result, "AC");
            assertThat(ac.tco2e()).isEqualByComparingTo("769.4");   // 0.4 t × 1 923.5
            assertThat(ac.uncertaintyPct()).isCloseTo(bd("15.25819451966712868987231907"), EXACT);
        }
    }

    @Test
    void theGwpSetOfTheCallWinsOverThePlants() {
        // 10 kg SF6: AR5 0.01 × 23 500 = 235 t; AR6 0.01 × 25 200 = 252 t
        TestPlants plant = aPlant().withSource("SF6", SourceType.FUG_OTHER, "gas", "SF6").withYear("SF6", "10", "kg");

        assertThat(plant.calculate(2025).totals().total()).isEqualByComparingTo("235");
        InventoryResult ar6 = plant.calculate(2025, io.autoghg.accounting.parameter.GwpSet.AR6);
        assertThat(ar6.gwp()).isEqualTo(io.autoghg.accounting.parameter.GwpSet.AR6);
        assertThat(ar6.totals().total()).isEqualByComparingTo("252");
        assertThat(ar6.sources().get(0).gases()).singleElement()
                .satisfies(gas -> assertThat(gas.gwp()).isEqualByComparingTo("25200"));
        assertThat(ar6.plant()).isEqualTo("T1");
        assertThat(ar6.year()).isEqualTo(2025);
        assertThat(ar6.libraryVersion()).isNotBlank();
    }
}
