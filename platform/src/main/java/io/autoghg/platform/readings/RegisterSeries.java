package io.autoghg.platform.readings;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the readings of a cumulative register (an energy or volume counter) into consumption per
 * 15-minute bucket. The increase between two readings is spread over the time between them in
 * proportion to how much of it falls in each bucket (linear interpolation of the register). A value
 * below the one before is a reset: with a known rollover value R the register wrapped
 * (R − previous + value), otherwise it started again from zero (value). A replacement ends the old
 * register at its final reading and starts the new one at its first reading, with no consumption
 * between the two. Pure arithmetic, no database.
 */
final class RegisterSeries {
    static final long BUCKET = 15 * 60 * Reading.MICROS_PER_SECOND;

    private RegisterSeries() {
    }

    /** A register value at an instant, or (replacement) the old register's final and the new one's first value. */
    record Point(long micros, double value, Double first) {
        static Point reading(long micros, double value) {
            return new Point(micros, value, null);
        }

        static Point replacement(long micros, double finalReading, double firstReading) {
            return new Point(micros, finalReading, firstReading);
        }

        boolean replacement() {
            return first != null;
        }
    }

    /** Consumption of a bucket (start in microseconds). */
    record Bucket(long start, double consumption) {
    }

    static long floor(long micros) {
        return Math.floorDiv(micros, BUCKET) * BUCKET;
    }

    static long ceil(long micros) {
        return -Math.floorDiv(-micros, BUCKET) * BUCKET;
    }

    /** The increase from one register value to the next, across a reset or rollover. */
    static double increase(double previous, double value, Double rollover) {
        if (value >= previous) {
            return value - previous;
        }
        return rollover != null && rollover > previous ? rollover - previous + value : value;
    }

    /**
     * Consumption per bucket in [from, to) from points sorted by time (a replacement before a reading at
     * the same instant); buckets outside the range are left out, and so are buckets nothing falls in.
     */
    static Map<Long, Double> consumption(List<Point> points, Double rollover, long from, long to) {
        Map<Long, Double> buckets = new TreeMap<>();
        Point previous = null;
        double previousValue = 0;
        for (Point point : points) {
            if (previous != null && point.micros() > previous.micros()) {
                spread(buckets, previous.micros(), point.micros(), increase(previousValue, point.value(), rollover), from, to);
            }
            previous = point;
            previousValue = point.replacement() ? point.first() : point.value();
        }
        return buckets;
    }

    private static void spread(Map<Long, Double> buckets, long start, long end, double amount, long from, long to) {
        long first = Math.max(floor(start), from);
        long last = Math.min(end, to);
        double length = end - start;
        for (long bucket = first; bucket < last; bucket += BUCKET) {
            long overlap = Math.min(end, bucket + BUCKET) - Math.max(start, bucket);
            if (overlap > 0) {
                buckets.merge(bucket, amount * (overlap / length), Double::sum);
            }
        }
    }
}
