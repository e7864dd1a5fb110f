package io.autoghg.platform.quality;

import java.util.Arrays;
import java.util.List;

/**
 * Robust statistics with doubles (quality checks only; the accounting keeps exact decimals): the
 * median, the median absolute deviation (MAD), the robust z-score and an ordinary least-squares line.
 */
final class Statistics {
    /** MAD × 1.4826 estimates the standard deviation of normally distributed data. */
    static final double MAD_SCALE = 1.4826;

    private Statistics() {
    }

    /** The median; the mean of the two middle values for an even count. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("the median of no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The median absolute deviation from the median: median(|x − median(x)|). */
    static double mad(List<Double> values) {
        double median = median(values);
        return median(values.stream().map(value -> Math.abs(value - median)).toList());
    }

    /** |x − median| / (1.4826 × MAD); infinite when the MAD is 0 and x differs from the median, 0 when it does not. */
    static double robustZ(double x, double median, double mad) {
        double deviation = Math.abs(x - median);
        if (mad == 0) {
            return deviation == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return deviation / (MAD_SCALE * mad);
    }

    /** y = intercept + slope × x fitted by least squares, with R². */
    record Line(double intercept, double slope, double rSquared, int points) {
        double at(double x) {
            return intercept + slope * x;
        }
    }

    /** Least-squares line through the points; null with fewer than two distinct x. */
    static Line leastSquares(double[] x, double[] y) {
        int n = x.length;
        if (n != y.length || n < 2) {
            return null;
        }
        double meanX = Arrays.stream(x).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        if (sxx == 0) {
            return null;
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double rSquared = syy == 0 ? 1 : (sxy * sxy) / (sxx * syy);
        return new Line(intercept, slope, rSquared, n);
    }
}
