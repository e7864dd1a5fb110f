package io.autoghg.platform.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.autoghg.platform.readings.RegisterSeries.Point;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cumulative registers turned into 15-minute consumption, checked by hand. */
class RegisterSeriesTests {
    private static final long T0 = Reading.micros(Instant.parse("2025-03-01T00:00:00Z"));
    private static final long Q = RegisterSeries.BUCKET;

    private static long at(int minutes) {
        return T0 + minutes * 60L * Reading.MICROS_PER_SECOND;
    }

    @Test
    void theIncreaseBetweenReadingsFallsInTheBucketsBetweenThem() {
        // 100 → 130 → 160: 30 in [00:00, 00:15) and 30 in [00:15, 00:30)
        Map<Long, Double> buckets = RegisterSeries.consumption(List.of(Point.reading(at(0), 100), Point.reading(at(15), 130),
                Point.reading(at(30), 160)), null, T0, T0 + 4 * Q);
        assertThat(buckets).containsExactly(Map.entry(T0, 30.0), Map.entry(T0 + Q, 30.0));
    }

    @Test
    void anHourlyIncreaseIsSpreadOverItsFourBuckets() {
        // 0 at 00:00, 40 at 01:00: 10 per quarter hour; 00:05 → 00:35 (12): 10 min × 0.4 = 4, 15 min = 6, 5 min = 2
        assertThat(RegisterSeries.consumption(List.of(Point.reading(at(0), 0), Point.reading(at(60), 40)), null, T0, T0 + 4 * Q))
                .containsExactly(Map.entry(T0, 10.0), Map.entry(T0 + Q, 10.0), Map.entry(T0 + 2 * Q, 10.0), Map.entry(T0 + 3 * Q, 10.0));
        Map<Long, Double> odd = RegisterSeries.consumption(List.of(Point.reading(at(5), 0), Point.reading(at(35), 12)), null, T0, T0 + 4 * Q);
        assertThat(odd.get(T0)).isCloseTo(4.0, within(1e-9));
        assertThat(odd.get(T0 + Q)).isCloseTo(6.0, within(1e-9));
        assertThat(odd.get(T0 + 2 * Q)).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void aValueBelowThePreviousIsAResetFromZeroOrARollover() {
        // 160 → 10: without a rollover value the register started again at 0, so 10; with rollover 1000: 1000 − 160 + 10 = 850
        assertThat(RegisterSeries.increase(160, 10, null)).isEqualTo(10.0);
        assertThat(RegisterSeries.increase(160, 10, 1000.0)).isEqualTo(850.0);
        assertThat(RegisterSeries.increase(999_990, 5, 1_000_000.0)).isEqualTo(15.0);
    }

    @Test
    void aReplacementEndsTheOldRegisterAndStartsTheNewOne() {
        // old: 500 at 00:00, final 520 at 00:10; new: first 3 at 00:10, 13 at 00:30
        // [00:00,00:15): 20 (old) + 5 min of the new 10 over 20 min = 2.5 → 22.5; [00:15,00:30): 7.5
        Map<Long, Double> buckets = RegisterSeries.consumption(List.of(Point.reading(at(0), 500), Point.replacement(at(10), 520, 3),
                Point.reading(at(30), 13)), null, T0, T0 + 4 * Q);
        assertThat(buckets.get(T0)).isCloseTo(22.5, within(1e-9));
        assertThat(buckets.get(T0 + Q)).isCloseTo(7.5, within(1e-9));
    }

    @Test
    void bucketsOutsideTheRangeAreLeftOut() {
        Map<Long, Double> buckets = RegisterSeries.consumption(List.of(Point.reading(at(0), 0), Point.reading(at(60), 40)), null,
                T0 + Q, T0 + 2 * Q);
        assertThat(buckets).containsExactly(Map.entry(T0 + Q, 10.0));
    }
}
