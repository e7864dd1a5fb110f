package io.autoghg.platform.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.organisation.Calibration;
import io.autoghg.platform.quality.MeterSeries.Reading;
import io.autoghg.platform.quality.Rules.Anomaly;
import io.autoghg.platform.quality.Rules.Flag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule on a crafted series: what it flags and the explanation it gives. */
class RulesTests {
    static final LocalDate START = LocalDate.of(2025, 3, 3); // a Monday
    static final LocalDate YEAR_END = LocalDate.of(2026, 1, 1);

    /** A daily series of meter M1 (kWh) from START with the given values; datum ids 1, 2, 3 … */
    static MeterSeries series(double... values) {
        return series(START, values);
    }

    static MeterSeries series(LocalDate start, double... values) {
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            readings.add(Reading.daily(start.plusDays(i), values[i], i + 1));
        }
        return new MeterSeries("ELEC", "", "M1", Units.KWH, readings);
    }

    @Test
    void aStuckMeterRepeatsTheSameNonZeroReading() {
        MeterSeries stuck = series(120, 131, 125, 140, 140, 140, 140, 140, 133, 0, 0, 0, 0, 0);
        List<Flag> flags = Rules.flatLine(stuck, 4, START, YEAR_END);

        assertThat(flags).hasSize(1).as("zeros (a plant at rest) are not a stuck meter");
        Flag flag = flags.get(0);
        assertThat(flag.from()).isEqualTo(START.plusDays(3));
        assertThat(flag.to()).isEqualTo(START.plusDays(8));
        assertThat(flag.data()).containsExactly(4L, 5L, 6L, 7L, 8L);
        assertThat(flag.explanation()).isEqualTo("ELEC (meter M1): the same reading 140 kWh on 5 consecutive days, 2025-03-06 to "
                + "2025-03-10 — a stuck meter? (flagged from 4 days)");
        assertThat(Rules.flatLine(stuck, 6, START, YEAR_END)).as("a run shorter than the setting").isEmpty();
    }

    @Test
    void aCounterResetOfACumulativeRegisterIsExplainedWithTheRolloverConsumption() {
        MeterSeries register = series(99_700, 99_800, 99_950, 120, 260);
        List<Flag> flags = Rules.counterResets(register);

        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).from()).isEqualTo(START.plusDays(3));
        assertThat(flags.get(0).data()).containsExactly(3L, 4L);
        // rolled over at 100,000: 100,000 − 99,950 + 120 = 170 kWh
        assertThat(flags.get(0).explanation()).isEqualTo("ELEC (meter M1): the register fell from 99,950 on 2025-03-05 to 120 on "
                + "2025-03-06 — a counter reset or rollover; if it rolled over at 100,000, the consumption in between was 170 kWh");
    }

    @Test
    void aMissingWeekIsOneRunOfSevenDays() {
        Set<LocalDate> covered = new HashSet<>();
        for (LocalDate day = START; day.isBefore(START.plusDays(28)); day = day.plusDays(1)) {
            covered.add(day);
        }
        for (int i = 7; i < 14; i++) {
            covered.remove(START.plusDays(i));
        }
        assertThat(Rules.missingDays(covered, START, START.plusDays(28)))
                .containsExactly(new Rules.Period(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 17)));
        assertThat(Rules.missingDays(covered, START, START.plusDays(30))).as("and the two days after the data")
                .containsExactly(new Rules.Period(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 17)),
                        new Rules.Period(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 2)));
        assertThat(Rules.missingMonths(Set.of(java.time.YearMonth.of(2025, 1), java.time.YearMonth.of(2025, 3)),
                java.time.YearMonth.of(2025, 1), java.time.YearMonth.of(2025, 3))).containsExactly(java.time.YearMonth.of(2025, 2));
    }

    /** Eight weeks of a noisy weekday baseline, then a ninth week with a spike on its Monday. */
    private static MeterSeries weeks(double mondaySpike) {
        double[] mondays = {80, 120, 90, 110, 100, 70, 130, 100};
        double[] values = new double[63];
        for (int week = 0; week < 9; week++) {
            for (int day = 0; day < 7; day++) {
                values[week * 7 + day] = day == 0 ? (week < 8 ? mondays[week] : mondaySpike) : 95 + day;
            }
        }
        return series(values);
    }

    @Test
    void aSpikeIsFlaggedWithItsValueBaselineMadAndRobustZ() {
        LocalDate ninthMonday = START.plusWeeks(8);
        List<Anomaly> anomalies = Rules.anomalies(weeks(250), 4, ninthMonday, ninthMonday.plusDays(7));

        assertThat(anomalies).hasSize(1);
        Anomaly spike = anomalies.get(0);
        assertThat(spike.day()).isEqualTo(ninthMonday);
        assertThat(spike.median()).isEqualTo(100);
        assertThat(spike.mad()).isEqualTo(15);
        assertThat(spike.madUsed()).isEqualTo(15);
        assertThat(spike.z()).isBetween(6.74, 6.75);
        assertThat(spike.direction()).isPositive();
        assertThat(spike.explanation(weeks(250), 4)).isEqualTo("Mon 2025-04-28: 250 kWh against a baseline of 100 kWh (median of "
                + "the same weekday over the previous 8 weeks with data), MAD 15 kWh; robust z = |x − median| / (1.4826 × MAD) = 6.7 > 4.0");
        assertThat(Rules.anomalies(weeks(150), 4, ninthMonday, ninthMonday.plusDays(7))).as("z 2.2 is normal").isEmpty();
    }

    @Test
    void aVerySteadyBaselineHasItsMadRaisedToTenPercentOfTheMedian() {
        double[] values = new double[63];
        double[] mondays = {100, 102, 98, 101, 99, 103, 97, 100}; // MAD 1.5
        for (int week = 0; week < 9; week++) {
            for (int day = 0; day < 7; day++) {
                values[week * 7 + day] = day == 0 ? (week < 8 ? mondays[week] : 150) : 100;
            }
        }
        LocalDate ninthMonday = START.plusWeeks(8);
        // with the raw MAD: |150 − 100| / (1.4826 × 1.5) = 22.5; with the floor: 50 / (1.4826 × 10) = 3.37
        assertThat(Rules.anomalies(series(values), 4, ninthMonday, ninthMonday.plusDays(1))).isEmpty();
        values[56] = 200; // 100 / 14.826 = 6.74
        List<Anomaly> anomalies = Rules.anomalies(series(values), 4, ninthMonday, ninthMonday.plusDays(1));
        assertThat(anomalies).hasSize(1);
        assertThat(anomalies.get(0).explanation(series(values), 4)).contains("MAD 1.5 kWh (raised to 10 kWh, 10 % of the median)",
                "= 6.7 > 4.0");
    }

    @Test
    void aBaselineOfMostlyZerosIsNotJudged() {
        double[] values = new double[63];
        values[56] = 5_000; // a standby generator that ran once
        assertThat(Rules.anomalies(series(values), 4, START, YEAR_END)).isEmpty();
    }

    @Test
    void aNegativeQuantityIsAnError() {
        List<Flag> flags = Rules.negative(series(5, -3, 4), START, YEAR_END);
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.from()).isEqualTo(START.plusDays(1));
            assertThat(flag.explanation()).isEqualTo("ELEC (meter M1): negative quantity -3 kWh for 2025-03-04 – 2025-03-05");
        });
    }

    @Test
    void aJumpFromOneDayToTheNextBeyondTheFactor() {
        List<Flag> flags = Rules.rateOfChange(series(100, 110, 1_500, 120, 0, 130), 10, START, YEAR_END);
        assertThat(flags).hasSize(2);
        assertThat(flags.get(0).explanation()).isEqualTo("ELEC (meter M1): 1,500 kWh on Wed 2025-03-05 is 13.6 × the previous "
                + "day's 110 kWh (limit 10.0 × up or down)");
        assertThat(flags.get(1).explanation()).contains("120 kWh on Thu 2025-03-06 is 1/12.5 of the previous day's 1,500 kWh");
    }

    @Test
    void aReadingOutsideTheConfiguredRangeInTheLimitsUnit() {
        List<Flag> flags = Rules.range(series(900, 1_200, 2_600), BigDecimal.ONE, new BigDecimal("2.5"), Units.MWH, START, YEAR_END);
        assertThat(flags).extracting(Flag::from).containsExactly(START, START.plusDays(2));
        assertThat(flags.get(0).explanation()).isEqualTo("ELEC (meter M1): 0.9 MWh for 2025-03-03 is below the configured range "
                + "(min 1 max 2.5 MWh)");
    }

    @Test
    void subMetersThatDoNotAddUpToTheMainMeter() {
        MeterSeries main = new MeterSeries("ELEC-MAIN", "", "EM-MAIN", Units.MWH,
                List.of(Reading.daily(START, 1.0, 1), Reading.daily(START.plusDays(1), 1.0, 2), Reading.daily(START.plusDays(2), 1.0, 3),
                        Reading.daily(START.plusDays(3), 1.0, 4)));
        MeterSeries a = new MeterSeries("ELEC-A", "", "EM-A", Units.KWH, List.of(Reading.daily(START, 600, 11),
                Reading.daily(START.plusDays(1), 600, 12), Reading.daily(START.plusDays(2), 600, 13), Reading.daily(START.plusDays(3), 600, 14)));
        MeterSeries b = new MeterSeries("ELEC-B", "", "EM-B", Units.KWH, List.of(Reading.daily(START, 390, 21),
                Reading.daily(START.plusDays(1), 200, 22), Reading.daily(START.plusDays(2), 150, 23), Reading.daily(START.plusDays(3), 430, 24)));

        List<Flag> complete = Rules.subMeter(main, List.of(a, b), 2, false, START, YEAR_END);
        assertThat(complete).hasSize(1);
        Flag flag = complete.get(0);
        assertThat(flag.from()).isEqualTo(START.plusDays(1));
        assertThat(flag.to()).isEqualTo(START.plusDays(4));
        assertThat(flag.data()).containsExactly(2L, 12L, 22L, 3L, 13L, 23L, 4L, 14L, 24L);
        assertThat(flag.explanation()).isEqualTo("sub-meters EM-A + EM-B against main meter EM-MAIN on 3 day(s): 2025-03-04: 0.8 "
                + "against 1 MWh (-20.0 %); 2025-03-05: 0.75 against 1 MWh (-25.0 %); 2025-03-06: 1.03 against 1 MWh (+3.0 %); "
                + "largest difference -25.0 %; the sum should equal the main meter within ±2.0 % (complete sub-metering)");

        List<Flag> partial = Rules.subMeter(main, List.of(a, b), 2, true, START, YEAR_END);
        assertThat(partial).as("with partial sub-metering only a sum above the main meter is wrong").hasSize(1);
        assertThat(partial.get(0).from()).isEqualTo(START.plusDays(3));
        assertThat(partial.get(0).explanation()).contains("1.03 against 1 MWh (+3.0 %)", "may not exceed the main meter by more "
                + "than 2.0 % (partial sub-metering)").doesNotContain("2025-03-04");
    }

    @Test
    void readingsAfterTheCalibrationDueDateUntilTheNextCalibration() {
        MeterSeries meter = series(LocalDate.of(2025, 6, 27), 1, 2, 3, 4, 5, 6, 7, 8);
        List<Calibration> calibrations = List.of(
                new Calibration(1, "M1", LocalDate.of(2023, 6, 30), LocalDate.of(2025, 6, 30), "PASSED", "CAL-1"),
                new Calibration(2, "M1", LocalDate.of(2025, 7, 3), LocalDate.of(2027, 7, 3), "PASSED", "CAL-2"));
        List<Flag> flags = Rules.calibrationLapsed(meter, calibrations, 0, LocalDate.of(2025, 1, 1), YEAR_END);

        assertThat(flags).hasSize(1);
        assertThat(flags.get(0).from()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(flags.get(0).to()).isEqualTo(LocalDate.of(2025, 7, 3));
        assertThat(flags.get(0).explanation()).isEqualTo("meter M1: 2 reading(s) of ELEC from 2025-07-01 to 2025-07-02 were taken "
                + "after its calibration was due on 2025-06-30 (calibrated 2023-06-30, result PASSED, certificate CAL-1); the next "
                + "calibration is dated 2025-07-03");
        assertThat(Rules.calibrationLapsed(meter, calibrations, 5, LocalDate.of(2025, 1, 1), YEAR_END)).as("grace days").isEmpty();
    }
}
