package io.autoghg.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.InventoryCalculator;
import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.engine.Totals;
import io.autoghg.accounting.parameter.ParameterLibrary;
import io.autoghg.platform.activity.NewRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The accounting engine over the demo plant: it accepts every row, and the intensity is that of a real plant. */
class DemoAccountingTests {
    private final InventoryCalculator calculator = new InventoryCalculator(ParameterLibrary.shipped());

    @Test
    void scopeOneAndTwoIntensityOfTheLastFullYearIsBetweenPointFourAndPointSevenTonnesPerVehicle() {
        DemoData data = DemoDataTests.DATA;
        List<ActivityRow> rows = data.rows().stream().map(NewRow::row).toList();
        InventoryResult result = calculator.calculate(data.definition(), rows, 2025, null);
        Totals totals = result.totals();
        int vehicles = DemoDataTests.vehicles2025();
        BigDecimal intensity = totals.scope1().add(totals.scope2Location())
                .divide(BigDecimal.valueOf(vehicles), MathContext.DECIMAL64);
        System.out.printf("2025 (%d vehicles, %d rows): scope 1 %s t, scope 2 location %s t, market %s t, scope 3 %s t,"
                        + " total %s t, GB/T 32150 %s t, HCFC memo %s t; scope 1+2 %.3f tCO2e/vehicle%n", vehicles, result.rowsUsed(),
                round(totals.scope1()), round(totals.scope2Location()), round(totals.scope2Market()), round(totals.scope3()),
                round(totals.total()), round(totals.gbt32150Total()), totals.memoHcfcT().setScale(3, RoundingMode.HALF_EVEN),
                intensity.doubleValue());
        result.sources().stream().sorted(Comparator.comparing(SourceResult::tco2e).reversed())
                .forEach(s -> System.out.printf("  %-15s %-24s %12s t%n", s.code(), s.type(), round(s.tco2e())));
        assertThat(intensity).isBetween(new BigDecimal("0.4"), new BigDecimal("0.7"));
        assertThat(result.sources()).hasSize(data.sources().size());
        assertThat(result.sources()).filteredOn(s -> !s.code().equals("REFR-R22") && !s.code().equals("PV-ROOF"))
                .allSatisfy(s -> assertThat(s.tco2e()).as(s.code()).isPositive());
        assertThat(totals.scope2Market()).isLessThan(totals.scope2Location());
        assertThat(totals.memoHcfcT()).isPositive();
    }

    @Test
    void theCurrentYearToDateIsAccountedToo() {
        DemoData data = DemoDataTests.DATA;
        List<ActivityRow> rows = data.rows().stream().map(NewRow::row).toList();
        InventoryResult result = calculator.calculate(data.definition(), rows, 2026, null);
        int vehicles = data.production().entrySet().stream().filter(e -> e.getKey().getYear() == 2026)
                .mapToInt(Map.Entry::getValue).sum();
        BigDecimal intensity = result.totals().scope1().add(result.totals().scope2Location())
                .divide(BigDecimal.valueOf(vehicles), MathContext.DECIMAL64);
        System.out.printf("2026 to date (%d vehicles): scope 1 %s t, scope 2 location %s t, scope 3 %s t; %.3f tCO2e/vehicle%n",
                vehicles, round(result.totals().scope1()), round(result.totals().scope2Location()), round(result.totals().scope3()),
                intensity.doubleValue());
        assertThat(intensity).isBetween(new BigDecimal("0.4"), new BigDecimal("0.7"));
    }

    /** Whatever day the service starts on, the generated rows pass the engine's checks for both years. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01", "2026-01-02", "2026-02-20", "2026-03-01", "2026-11-25", "2026-12-31", "2027-07-15",
            "2028-03-01"})
    void theEngineAcceptsTheDataWhateverTheDayOfSeeding(String day) {
        DemoData data = new DemoData(LocalDate.parse(day));
        List<ActivityRow> rows = data.rows().stream().map(NewRow::row).toList();
        Map<Integer, Long> years = rows.stream().collect(Collectors.groupingBy(r -> r.start().getYear(), Collectors.counting()));
        for (int year : years.keySet()) {
            assertThatCode(() -> calculator.calculate(data.definition(), rows, year, null)).doesNotThrowAnyException();
        }
        int lastYear = LocalDate.parse(day).getYear() - 1;
        int vehicles = data.production().entrySet().stream().filter(e -> e.getKey().getYear() == lastYear)
                .mapToInt(Map.Entry::getValue).sum();
        assertThat(vehicles).isBetween(280_000, 340_000);
    }

    /** Generation and the engine's check must leave most of the start-up budget (20 s on two cores) to the database. */
    @Test
    void generatingAndCheckingTakesAFewSeconds() {
        long started = System.nanoTime();
        DemoData data = new DemoData(DemoDataTests.TODAY);
        List<ActivityRow> rows = data.rows().stream().map(NewRow::row).toList();
        long generated = System.nanoTime();
        calculator.calculate(data.definition(), rows, 2025, null);
        calculator.calculate(data.definition(), rows, 2026, null);
        long checked = System.nanoTime();
        System.out.printf("generation %.2f s (%d rows), engine check of both years %.2f s%n", (generated - started) / 1e9, rows.size(),
                (checked - generated) / 1e9);
        assertThat((checked - started) / 1e9).isLessThan(8);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_EVEN);
    }
}
