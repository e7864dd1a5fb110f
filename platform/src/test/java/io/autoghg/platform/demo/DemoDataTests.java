package io.autoghg.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.activity.NewRow;
import io.autoghg.platform.demo.DemoData.MeterCalibration;
import io.autoghg.platform.source.SourceRequests.NewSource;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo plant's generator without a database: deterministic, complete and of plausible magnitude. */
class DemoDataTests {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final DemoData DATA = new DemoData(TODAY);

    @Test
    void twoRunsGiveIdenticalData() {
        DemoData again = new DemoData(TODAY);
        assertThat(again.rows()).isEqualTo(DATA.rows());
        assertThat(again.production()).isEqualTo(DATA.production());
        assertThat(again.sources()).isEqualTo(DATA.sources());
        assertThat(again.meters()).isEqualTo(DATA.meters());
        assertThat(again.calibrations()).isEqualTo(DATA.calibrations());
    }

    @Test
    void lastYearsDataDoNotDependOnTheDayOfSeeding() {
        DemoData earlier = new DemoData(LocalDate.of(2026, 3, 10));
        assertThat(withoutLocation(inYear(earlier.rows(), 2025))).isEqualTo(withoutLocation(inYear(DATA.rows(), 2025)));
        assertThat(earlier.production().headMap(YearMonth.of(2026, 1))).isEqualTo(DATA.production().headMap(YearMonth.of(2026, 1)));
    }

    @Test
    void everyCatalogueTypeIsPresentWithSeveralElectricitySourcesAndTwoGasSources() {
        Set<SourceType> types = DATA.sources().stream().map(s -> SourceType.valueOf(s.type())).collect(Collectors.toSet());
        assertThat(types).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(SourceType.class));
        assertThat(count(SourceType.ELEC_PURCHASED)).isGreaterThanOrEqualTo(8);
        assertThat(count(SourceType.STAT_COMB_NG)).isEqualTo(2);
        Set<String> units = DATA.orgUnits().stream().map(u -> u.code()).collect(Collectors.toSet());
        Set<String> meters = DATA.meters().stream().map(m -> m.code()).collect(Collectors.toSet());
        Set<String> equipment = DATA.equipment().stream().map(e -> e.code()).collect(Collectors.toSet());
        for (NewSource source : DATA.sources()) {
            assertThat(units).contains(source.orgUnit());
            assertThat(meters).containsAll(source.meters());
            assertThat(SourceType.valueOf(source.type()).collectionMethods().stream().map(Enum::name))
                    .as("collection method of %s", source.code()).contains(source.collectionMethod());
        }
        DATA.meters().forEach(m -> {
            assertThat(units).contains(m.orgUnit());
            if (m.equipment() != null) {
                assertThat(equipment).contains(m.equipment());
            }
        });
        DATA.equipment().forEach(e -> assertThat(units).contains(e.orgUnit()));
    }

    @Test
    void everySourceHasDataInTheLastFullYearAndTheCurrentYear() {
        Set<String> in2025 = inYear(DATA.rows(), 2025).stream().map(r -> r.row().source()).collect(Collectors.toSet());
        Set<String> in2026 = inYear(DATA.rows(), 2026).stream().map(r -> r.row().source()).collect(Collectors.toSet());
        Set<String> codes = DATA.sources().stream().map(NewSource::code).collect(Collectors.toSet());
        assertThat(in2025).isEqualTo(codes);
        assertThat(in2026).isEqualTo(codes);
    }

    @Test
    void periodsOfOneSourceAndItemNeverOverlap() {
        Map<String, List<ActivityRow>> groups = DATA.rows().stream().map(NewRow::row)
                .collect(Collectors.groupingBy(r -> r.source() + "|" + r.item()));
        groups.forEach((key, rows) -> {
            List<ActivityRow> sorted = rows.stream().sorted(Comparator.comparing(ActivityRow::start)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(sorted.get(i).start()).as(key).isAfterOrEqualTo(sorted.get(i - 1).end());
            }
        });
    }

    /** Every day is covered except the documented missing week of the office feeder (DemoSeries.Problems). */
    @Test
    void dailyMeterDataRunFromJanuaryFirstOfLastYearUpToYesterdayExceptTheMissingWeek() {
        List<NewRow> daily = DATA.rows().stream().filter(r -> r.originMeter() != null).toList();
        assertThat(daily).allSatisfy(r -> {
            assertThat(r.row().days()).isEqualTo(1);
            assertThat(r.collectionMethod()).isIn("METERED", "DIRECT");
            assertThat(r.evidenceRefs()).isEmpty();
        });
        assertThat(daily.stream().map(r -> r.row().start()).min(Comparator.naturalOrder())).contains(LocalDate.of(2025, 1, 1));
        assertThat(daily.stream().map(r -> r.row().end()).max(Comparator.naturalOrder())).contains(TODAY);
        Map<String, NewSource> sources = DATA.sources().stream().collect(Collectors.toMap(NewSource::code, s -> s));
        for (NewSource source : sources.values()) {
            if (Set.of("METERED", "DIRECT").contains(source.collectionMethod())) {
                List<NewRow> rows = DATA.rows().stream().filter(r -> r.row().source().equals(source.code())
                        && r.originMeter() != null).toList();
                long days = rows.stream().map(r -> r.row().start()).distinct().count();
                long expected = LocalDate.of(2025, 1, 1).until(TODAY, java.time.temporal.ChronoUnit.DAYS);
                assertThat(days).as(source.code()).isEqualTo(source.code().equals(DemoSeries.MISSING_SOURCE) ? expected - 7 : expected);
                assertThat(rows).allSatisfy(r -> {
                    assertThat(source.meters()).contains(r.originMeter());
                    assertThat(r.collectionMethod()).isEqualTo(source.collectionMethod());
                });
            }
        }
    }

    @Test
    void theDemoShipsItsDocumentedDataProblemsInTheLastFullYear() {
        DemoSeries.Problems problems = DATA.problems();
        assertThat(problems.missingFrom()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(problems.missingFrom().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        Map<LocalDate, NewRow> office = byDay("ELEC-OFFICE", "");
        for (LocalDate day = problems.missingFrom(); day.isBefore(problems.missingTo()); day = day.plusDays(1)) {
            assertThat(office).as("missing week %s", day).doesNotContainKey(day);
        }
        assertThat(office).containsKeys(problems.missingFrom().minusDays(1), problems.missingTo());

        Map<LocalDate, NewRow> heat = byDay("HEAT-DISTRICT", "");
        BigDecimal stuck = heat.get(problems.stuckFrom().minusDays(1)).row().quantity().value();
        for (LocalDate day = problems.stuckFrom(); day.isBefore(problems.stuckTo()); day = day.plusDays(1)) {
            assertThat(heat.get(day).row().quantity().value()).as("stuck heat meter %s", day).isEqualTo(stuck);
            assertThat(heat.get(day).originMeter()).isEqualTo(DemoSeries.STUCK_METER);
        }

        Map<LocalDate, NewRow> gas = byDay("NG-PAINT", "");
        double spike = gas.get(problems.spike()).row().quantity().value().doubleValue();
        double weekBefore = gas.get(problems.spike().minusWeeks(1)).row().quantity().value().doubleValue();
        assertThat(spike / weekBefore).isBetween(2.5, 4.0);

        BigDecimal generated = byDay("PV-ROOF", "generated").get(problems.exportAboveGeneration()).row().quantity().value();
        BigDecimal exported = byDay("PV-ROOF", "exported").get(problems.exportAboveGeneration()).row().quantity().value();
        assertThat(exported).isGreaterThan(generated);

        assertThat(DATA.rows()).noneMatch(r -> r.row().source().equals(DemoSeries.MISSING_SURVEY_SOURCE)
                && YearMonth.from(r.row().start()).equals(problems.missingSurvey()));
        assertThat(DATA.qualitySettings()).extracting(setting -> setting.rule())
                .containsExactlyInAnyOrder("sub-meter", "rate-of-change", "anomaly", "range");
    }

    @Test
    void rowsComeInWhenTheyWouldHaveMeterReadingsAfterMidnightMonthlyEntriesWithinDaysButNeverAfterToday() {
        java.time.Instant cap = TODAY.atStartOfDay(java.time.ZoneId.of(DemoData.TIMEZONE)).toInstant();
        assertThat(DATA.rows()).allSatisfy(r -> {
            assertThat(r.enteredAt()).isNotNull().isBeforeOrEqualTo(cap);
            assertThat(r.enteredAt()).isAfter(r.row().end().atStartOfDay(java.time.ZoneId.of(DemoData.TIMEZONE)).toInstant()
                    .minusSeconds(1));
        });
        NewRow reading = byDay("NG-PAINT", "").get(LocalDate.of(2025, 6, 3));
        assertThat(reading.enteredAt()).isBefore(LocalDate.of(2025, 6, 4).atTime(1, 0).atZone(java.time.ZoneId.of(DemoData.TIMEZONE))
                .toInstant());
    }

    private static Map<LocalDate, NewRow> byDay(String source, String item) {
        Map<LocalDate, NewRow> map = new HashMap<>();
        DATA.rows().stream().filter(r -> r.row().source().equals(source) && r.row().item().equals(item) && r.row().days() == 1)
                .forEach(r -> map.put(r.row().start(), r));
        return map;
    }

    @Test
    void manualAndIntegrationDataAreMonthlyOrEventsWithEvidenceForCompletedMonthsOnly() {
        List<NewRow> manual = DATA.rows().stream().filter(r -> r.originMeter() == null).toList();
        assertThat(manual).isNotEmpty().allSatisfy(r -> {
            assertThat(r.collectionMethod()).isIn("MANUAL", "INTEGRATION");
            assertThat(r.evidenceRefs()).isNotEmpty();
            assertThat(r.row().end()).isBeforeOrEqualTo(LocalDate.of(2026, 11, 1));
        });
        assertThat(manual.stream().flatMap(r -> r.evidenceRefs().stream()))
                .contains("STOCK-2025-03-REFR (refrigerant stock report)")
                .anyMatch(ref -> ref.matches("INV-2025-03-\\d{4} \\(invoice\\)"));
        Set<String> items = manual.stream().filter(r -> r.row().source().equals("REFR-HVAC")).map(r -> r.row().item())
                .collect(Collectors.toSet());
        assertThat(items).contains("stockStart", "stockEnd", "purchased", "disposed");
    }

    @Test
    void productionIsAboutThreeHundredThousandVehiclesAYearWithShutdowns() {
        int year = DATA.production().entrySet().stream().filter(e -> e.getKey().getYear() == 2025).mapToInt(Map.Entry::getValue).sum();
        assertThat(year).isBetween(280_000, 320_000);
        DemoCalendar calendar = new DemoCalendar();
        for (LocalDate day = LocalDate.of(2025, 1, 24); day.isBefore(LocalDate.of(2025, 2, 7)); day = day.plusDays(1)) {
            assertThat(calendar.vehicles(day)).as("Chinese New Year %s", day).isZero();
        }
        for (LocalDate day = LocalDate.of(2025, 10, 1); day.isBefore(LocalDate.of(2025, 10, 8)); day = day.plusDays(1)) {
            assertThat(calendar.vehicles(day)).as("Golden Week %s", day).isZero();
        }
        assertThat(calendar.vehicles(LocalDate.of(2025, 3, 12))).isBetween(1_000, 1_500);
        assertThat(DATA.production().get(YearMonth.of(2025, 2))).isLessThan(DATA.production().get(YearMonth.of(2025, 3)));
        assertThat(DATA.production().lastKey()).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void electricityAndGasPerVehicleAreWithinThePlausibleRange() {
        int vehicles = vehicles2025();
        double purchasedKWh = sum(r -> type(r) == SourceType.ELEC_PURCHASED && r.item().isEmpty(), Units.KWH);
        double pvSelfUsedKWh = sum(r -> r.source().equals("PV-ROOF") && r.item().equals("generated"), Units.KWH)
                - sum(r -> r.source().equals("PV-ROOF") && r.item().equals("exported"), Units.KWH);
        double gasNm3 = sum(r -> type(r) == SourceType.STAT_COMB_NG, Units.NM3);
        System.out.printf("2025: vehicles %d, purchased %.0f kWh/vehicle, consumed %.0f kWh/vehicle, PV generated %.0f MWh,"
                        + " self-used %.0f MWh, gas %.1f Nm3/vehicle%n", vehicles, purchasedKWh / vehicles,
                (purchasedKWh + pvSelfUsedKWh) / vehicles,
                sum(r -> r.source().equals("PV-ROOF") && r.item().equals("generated"), Units.MWH), pvSelfUsedKWh / 1000,
                gasNm3 / vehicles);
        assertThat(purchasedKWh / vehicles).isBetween(500.0, 900.0);
        assertThat((purchasedKWh + pvSelfUsedKWh) / vehicles).isBetween(500.0, 900.0);
        assertThat(gasNm3 / vehicles).isBetween(40.0, 80.0);
        assertThat(sum(r -> r.source().equals("PV-ROOF") && r.item().equals("generated"), Units.MWH)).isBetween(25_000.0, 40_000.0);
    }

    @Test
    void paintShopTakesFortyToFiftyPercentOfTheEnergy() {
        double paint = sum(r -> r.source().equals("ELEC-PAINT") && r.item().isEmpty(), Units.GJ)
                + sum(r -> r.source().equals("NG-PAINT"), Units.NM3) * 0.038931
                + sum(r -> r.source().equals("HEAT-DISTRICT"), Units.GJ);
        double total = sum(r -> type(r) == SourceType.ELEC_PURCHASED && r.item().isEmpty(), Units.GJ)
                + sum(r -> r.source().equals("PV-ROOF") && r.item().equals("generated"), Units.GJ)
                - sum(r -> r.source().equals("PV-ROOF") && r.item().equals("exported"), Units.GJ)
                + sum(r -> type(r) == SourceType.STAT_COMB_NG, Units.NM3) * 0.038931
                + sum(r -> type(r) == SourceType.HEAT_PURCHASED, Units.GJ)
                + sum(r -> type(r) == SourceType.STAT_COMB_COAL, Units.T) * 19.570;
        System.out.printf("2025: paint shop %.0f GJ of %.0f GJ (%.1f %%)%n", paint, total, 100 * paint / total);
        assertThat(paint / total).isBetween(0.40, 0.50);
    }

    @Test
    void loadFollowsShiftsHolidaysAndSeasons() {
        Map<LocalDate, Double> electricity = daily(r -> type(r) == SourceType.ELEC_PURCHASED && r.item().isEmpty(), Units.MWH);
        Map<LocalDate, Double> gas = daily(r -> type(r) == SourceType.STAT_COMB_NG, Units.NM3);
        double weekdays = average(electricity, d -> d.getDayOfWeek() == DayOfWeek.WEDNESDAY && d.getMonth() == Month.MARCH);
        double sundays = average(electricity, d -> d.getDayOfWeek() == DayOfWeek.SUNDAY && d.getMonth() == Month.MARCH);
        double newYear = average(electricity, d -> !d.isBefore(LocalDate.of(2025, 1, 26)) && d.isBefore(LocalDate.of(2025, 2, 5)));
        assertThat(sundays).isLessThan(0.6 * weekdays);
        assertThat(newYear).isLessThan(0.4 * weekdays);
        double may = average(electricity, d -> d.getMonth() == Month.MAY && d.getDayOfMonth() > 7 && d.getDayOfWeek().getValue() <= 5);
        double july = average(electricity, d -> d.getMonth() == Month.JULY && d.getDayOfWeek().getValue() <= 5);
        double december = average(electricity, d -> d.getMonth() == Month.DECEMBER && d.getDayOfWeek().getValue() <= 5);
        assertThat(july).isGreaterThan(1.05 * may);
        assertThat(december).isGreaterThan(may);
        double gasJanuary = average(gas, d -> d.getMonth() == Month.DECEMBER && d.getDayOfWeek().getValue() <= 5);
        double gasJuly = average(gas, d -> d.getMonth() == Month.JULY && d.getDayOfWeek().getValue() <= 5);
        assertThat(gasJanuary).isGreaterThan(1.3 * gasJuly);
    }

    @Test
    void someCalibrationsAreOverdueMostAreValid() {
        Map<String, LocalDate> due = new HashMap<>();
        for (MeterCalibration record : DATA.calibrations()) {
            due.merge(record.meter(), record.calibration().dueOn(), (a, b) -> a.isAfter(b) ? a : b);
            assertThat(record.calibration().dueOn()).isAfter(record.calibration().calibratedOn());
        }
        assertThat(due.keySet()).hasSize(DATA.meters().size());
        long overdue = due.values().stream().filter(d -> d.isBefore(TODAY)).count();
        assertThat(overdue).isBetween(1L, 4L);
        assertThat(due.size() - overdue).isGreaterThan(3 * overdue);
    }

    static List<NewRow> inYear(List<NewRow> rows, int year) {
        return rows.stream().filter(r -> r.row().start().getYear() == year).toList();
    }

    /** Rows as text without their generated line numbers (which depend on how many rows come before). */
    private static List<String> withoutLocation(List<NewRow> rows) {
        return rows.stream().map(r -> String.join("|", r.row().source(), r.row().start().toString(), r.row().end().toString(),
                r.row().quantity().toString(), r.row().item(), String.valueOf(r.row().uncertaintyPct()), r.collectionMethod(),
                String.valueOf(r.originMeter()), r.evidenceRefs().toString(), String.valueOf(r.note()))).toList();
    }

    static int vehicles2025() {
        return DATA.production().entrySet().stream().filter(e -> e.getKey().getYear() == 2025).mapToInt(Map.Entry::getValue).sum();
    }

    private static long count(SourceType type) {
        return DATA.sources().stream().filter(s -> s.type().equals(type.code())).count();
    }

    private static SourceType type(ActivityRow row) {
        return SourceType.valueOf(DATA.sources().stream().filter(s -> s.code().equals(row.source())).findFirst().orElseThrow().type());
    }

    private static double sum(Predicate<ActivityRow> filter, io.autoghg.accounting.unit.Unit unit) {
        return inYear(DATA.rows(), 2025).stream().map(NewRow::row).filter(filter)
                .map(r -> r.quantity().in(unit)).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
    }

    private static Map<LocalDate, Double> daily(Predicate<ActivityRow> filter, io.autoghg.accounting.unit.Unit unit) {
        Map<LocalDate, Double> map = new HashMap<>();
        inYear(DATA.rows(), 2025).stream().map(NewRow::row).filter(r -> r.days() == 1).filter(filter)
                .forEach(r -> map.merge(r.start(), r.quantity().in(unit).doubleValue(), Double::sum));
        return map;
    }

    private static double average(Map<LocalDate, Double> values, Predicate<LocalDate> days) {
        List<Double> selected = new ArrayList<>();
        values.forEach((day, value) -> {
            if (days.test(day)) {
                selected.add(value);
            }
        });
        return selected.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
