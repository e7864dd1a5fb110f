package io.autoghg.platform.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Median, MAD, robust z-score and the least-squares line, checked against values worked out by hand. */
class StatisticsTests {

    @Test
    void medianOfAnOddAndAnEvenNumberOfValues() {
        assertThat(Statistics.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        // sorted 97 98 99 100 | 100 101 102 103: the mean of the two middle values
        assertThat(Statistics.median(List.of(100.0, 102.0, 98.0, 101.0, 99.0, 103.0, 97.0, 100.0))).isEqualTo(100.0);
        assertThat(Statistics.median(List.of(1.0, 2.0, 3.0, 10.0))).isEqualTo(2.5);
    }

    @Test
    void medianAbsoluteDeviationByHand() {
        // median 100; |x − 100| = 30 20 10 0 0 10 20 30 → sorted 0 0 10 10 | 20 20 30 30 → MAD = (10 + 20) / 2 = 15
        assertThat(Statistics.mad(List.of(80.0, 120.0, 90.0, 110.0, 100.0, 70.0, 130.0, 100.0))).isEqualTo(15.0);
        // median 100; deviations 3 2 1 0 0 1 2 3 → sorted 0 0 1 1 | 2 2 3 3 → MAD = 1.5
        assertThat(Statistics.mad(List.of(100.0, 102.0, 98.0, 101.0, 99.0, 103.0, 97.0, 100.0))).isEqualTo(1.5);
        // one outlier does not move it: median 10, deviations 0 0 1 1 990 → MAD 1
        assertThat(Statistics.mad(List.of(10.0, 10.0, 9.0, 11.0, 1000.0))).isEqualTo(1.0);
    }

    @Test
    void robustZScoreIsTheDeviationOverScaledMad() {
        // |250 − 100| / (1.4826 × 15) = 150 / 22.239 = 6.7449…
        assertThat(Statistics.robustZ(250, 100, 15)).isCloseTo(6.7449, within(1e-4));
        assertThat(Statistics.robustZ(50, 100, 15)).isCloseTo(2.2483, within(1e-4));
        assertThat(Statistics.robustZ(100, 100, 0)).isZero();
        assertThat(Statistics.robustZ(101, 100, 0)).isInfinite();
    }

    @Test
    void leastSquaresLineByHand() {
        // y = 5 + 2x exactly
        Statistics.Line exact = Statistics.leastSquares(new double[] {10, 20, 30}, new double[] {25, 45, 65});
        assertThat(exact.slope()).isCloseTo(2, within(1e-12));
        assertThat(exact.intercept()).isCloseTo(5, within(1e-12));
        assertThat(exact.rSquared()).isCloseTo(1, within(1e-12));
        assertThat(exact.at(25)).isCloseTo(55, within(1e-12));
        // x 1 2 3, y 2 4 5: mean x 2, mean y 11/3; Sxy = 3, Sxx = 2 → slope 1.5, intercept 11/3 − 3 = 2/3;
        // Syy = 14/3 → R² = 9 / (2 × 14/3) = 27/28
        Statistics.Line fit = Statistics.leastSquares(new double[] {1, 2, 3}, new double[] {2, 4, 5});
        assertThat(fit.slope()).isCloseTo(1.5, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(fit.rSquared()).isCloseTo(27.0 / 28, within(1e-12));
        assertThat(Statistics.leastSquares(new double[] {4, 4}, new double[] {1, 2})).as("no spread in x").isNull();
    }
}
