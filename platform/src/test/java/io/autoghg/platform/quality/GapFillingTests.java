package io.autoghg.platform.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.quality.GapFilling.Estimate;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three gap-filling methods against values worked out by hand, and when they refuse. */
class GapFillingTests {
    private final List<ActivityDatum> rows = new ArrayList<>();
    private long nextId = 100;

    private void row(LocalDate start, LocalDate end, String quantity, String unit) {
        rows.add(new ActivityDatum(nextId++, "S", start, end, new BigDecimal(quantity), unit, "", null, "SUBMITTED", "METERED", "t",
                Instant.EPOCH, null, null, null, null, null, null, null, List.of(), null, null));
    }

    private void day(String date, String quantity) {
        LocalDate day = LocalDate.parse(date);
        row(day, day.plusDays(1), quantity, "kWh");
    }

    private void month(int year, int month, String quantity) {
        YearMonth m = YearMonth.of(year, month);
        row(m.atDay(1), m.plusMonths(1).atDay(1), quantity, "kg");
    }

    private static List<String> values(List<Estimate> estimates) {
        return estimates.stream().map(e -> e.start() + "=" + e.quantity().toPlainString() + " " + e.unit()).toList();
    }

    @Test
    void linearInterpolationBetweenTheDaysAroundTheGap() {
        day("2025-03-01", "90");
        day("2025-03-02", "100");
        day("2025-03-06", "140");
        List<Estimate> estimates = GapFilling.fill("linear", "DAY", rows, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-07"),
                Map.of());
        // 100 + (140 − 100) × k / 4 for k = 1, 2, 3
        assertThat(values(estimates)).containsExactly("2025-03-03=110 kWh", "2025-03-04=120 kWh", "2025-03-05=130 kWh");
        assertThat(estimates.get(0).note()).isEqualTo("gap filled by linear interpolation between 2025-03-02 (100 kWh, datum 101) "
                + "and 2025-03-06 (140 kWh, datum 102), 1 of 3");
    }

    @Test
    void linearInterpolationKeepsTheReadingsDecimalsAndConvertsTheLaterNeighbour() {
        day("2025-03-02", "1.5");
        rows.add(new ActivityDatum(nextId++, "S", LocalDate.parse("2025-03-05"), LocalDate.parse("2025-03-06"), new BigDecimal("2"),
                "MWh", "", null, "SUBMITTED", "METERED", "t", Instant.EPOCH, null, null, null, null, null, null, null, List.of(), null,
                null));
        // 1.5 kWh and 2 MWh = 2000 kWh: 1.5 + 1998.5 × 1/3 = 667.66…, × 2/3 = 1333.83…
        assertThat(values(GapFilling.fill("linear", "DAY", rows, LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-05"), Map.of())))
                .containsExactly("2025-03-03=667.7 kWh", "2025-03-04=1333.8 kWh");
    }

    @Test
    void linearInterpolationOfMissingMonths() {
        month(2025, 1, "1000");
        month(2025, 4, "1600");
        assertThat(values(GapFilling.fill("linear", "MONTH", rows, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-05-01"),
                Map.of()))).containsExactly("2025-02-01=1200 kg", "2025-03-01=1400 kg");
    }

    @Test
    void sameDayLastWeekCopiesTheReadingSevenDaysBeforeOrTheLatestSameWeekday() {
        for (int i = 0; i < 14; i++) {
            LocalDate d = LocalDate.parse("2025-03-03").plusDays(i);
            if (i < 7) {
                day(d.toString(), String.valueOf(100 + i));
            }
        }
        day("2025-03-17", "120");
        // a gap of 7 days (Mon 10th to Sun 16th): each copies its weekday of the week before
        List<Estimate> estimates = GapFilling.fill("same-day-last-week", "DAY", rows, LocalDate.parse("2025-03-10"),
                LocalDate.parse("2025-03-17"), Map.of());
        assertThat(values(estimates)).containsExactly("2025-03-10=100 kWh", "2025-03-11=101 kWh", "2025-03-12=102 kWh",
                "2025-03-13=103 kWh", "2025-03-14=104 kWh", "2025-03-15=105 kWh", "2025-03-16=106 kWh");
        assertThat(estimates.get(0).note()).isEqualTo("gap filled by same day last week: copied from Mon 2025-03-03 (100 kWh, datum 100)");
    }

    @Test
    void regressionOnProductionForAMonthlySource() {
        month(2025, 1, "25");
        month(2025, 2, "45");
        month(2025, 3, "65");
        Map<YearMonth, Integer> production = Map.of(YearMonth.of(2025, 1), 10, YearMonth.of(2025, 2), 20, YearMonth.of(2025, 3), 30,
                YearMonth.of(2025, 4), 25);
        // y = 5 + 2 × vehicles; April: 5 + 2 × 25 = 55
        List<Estimate> estimates = GapFilling.fill("production-regression", "MONTH", rows, LocalDate.parse("2025-04-01"),
                LocalDate.parse("2025-05-01"), production);
        assertThat(values(estimates)).containsExactly("2025-04-01=55 kg");
        assertThat(estimates.get(0).note()).isEqualTo("gap filled by regression on production (vehicles): y = 5 + 2 × vehicles, "
                + "fitted on 3 month(s) 2025-01 to 2025-03 (R² = 1.000); 2025-04: 25 vehicles → 55 kg");
    }

    @Test
    void regressionOnProductionForADailySourceUsesDailyAveragesOfCompleteMonths() {
        // January 25 kWh a day at 10 vehicles a day, February 45 at 20, March 65 at 30: y = 5 + 2 × vehicles per day
        for (LocalDate d = LocalDate.parse("2025-01-01"); d.isBefore(LocalDate.parse("2025-04-01")); d = d.plusDays(1)) {
            day(d.toString(), d.getMonthValue() == 1 ? "25" : d.getMonthValue() == 2 ? "45" : "65");
        }
        day("2025-04-01", "50");
        Map<YearMonth, Integer> production = Map.of(YearMonth.of(2025, 1), 310, YearMonth.of(2025, 2), 560, YearMonth.of(2025, 3), 930,
                YearMonth.of(2025, 4), 750);
        // April: 750 / 30 = 25 vehicles a day → 55 kWh a day; April 1st has data, so the 2nd and 3rd are filled
        assertThat(values(GapFilling.fill("production-regression", "DAY", rows, LocalDate.parse("2025-04-01"),
                LocalDate.parse("2025-04-04"), production))).containsExactly("2025-04-02=55 kWh", "2025-04-03=55 kWh");
    }

    @Test
    void refusesWhenThereIsNoGapOrNotEnoughData() {
        day("2025-03-01", "100");
        day("2025-03-02", "100");
        assertThatThrownBy(() -> GapFilling.fill("linear", "DAY", rows, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-03"),
                Map.of())).isInstanceOf(ConflictException.class).hasMessage("no missing days from 2025-03-01 to 2025-03-02: every day "
                + "has data");
        assertThatThrownBy(() -> GapFilling.fill("linear", "DAY", rows, LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-05"),
                Map.of())).isInstanceOf(ConflictException.class).hasMessageContaining("not enough data for linear interpolation of "
                + "2025-03-03 to 2025-03-04").hasMessageContaining("(none on 2025-03-05)");
        assertThatThrownBy(() -> GapFilling.fill("same-day-last-week", "DAY", rows, LocalDate.parse("2025-03-20"),
                LocalDate.parse("2025-03-21"), Map.of())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("no daily reading on the same weekday in the 4 weeks before it");
        assertThatThrownBy(() -> GapFilling.fill("production-regression", "DAY", rows, LocalDate.parse("2025-03-03"),
                LocalDate.parse("2025-03-04"), Map.of())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("it needs at least 3");
        assertThatThrownBy(() -> GapFilling.fill("same-day-last-week", "MONTH", rows, LocalDate.parse("2025-03-01"),
                LocalDate.parse("2025-05-01"), Map.of())).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> GapFilling.fill("linear", "EVENT", rows, LocalDate.parse("2025-03-01"),
                LocalDate.parse("2025-05-01"), Map.of())).isInstanceOf(BadRequestException.class);
    }
}
