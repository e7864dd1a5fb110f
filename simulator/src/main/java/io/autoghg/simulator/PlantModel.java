package io.autoghg.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulated plant: each meter's value as a pure function of simulated time. Consumption runs at a
 * constant rate within each UTC-aligned 15-minute interval: the meter's mean times its load factor at the
 * interval's start (local time of the plant) times a noise of at most ±2 % drawn from a random seeded by
 * the seed, the meter's code and the interval. A cumulative register reads its initial value plus the
 * consumption since the start of the interval the simulation started in; it never decreases.
 */
public final class PlantModel {
    static final Duration INTERVAL = Duration.ofMinutes(15);
    private static final long INTERVAL_SECONDS = INTERVAL.toSeconds();
    private static final double NOISE = 0.02;

    private final List<SimulatedMeter> meters;
    private final ZoneId zone;
    private final long seed;
    private final long originInterval;
    private final long[] summedUpTo;
    private final double[] sums;

    public PlantModel(List<SimulatedMeter> meters, ZoneId zone, long seed, Instant origin) {
        this.meters = List.copyOf(meters);
        this.zone = zone;
        this.seed = seed;
        this.originInterval = Math.floorDiv(origin.getEpochSecond(), INTERVAL_SECONDS);
        this.summedUpTo = new long[this.meters.size()];
        this.sums = new double[this.meters.size()];
        Arrays.fill(summedUpTo, originInterval);
    }

    /** The demo meters in the demo plant's time zone (Asia/Shanghai), seed 2025. */
    public static PlantModel demo(List<SimulatedMeter> meters, Instant origin) {
        return new PlantModel(meters, ZoneId.of("Asia/Shanghai"), 2025, origin);
    }

    public List<SimulatedMeter> meters() {
        return meters;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The meter's consumption rate per hour (in its unit) in the 15-minute interval containing the instant. */
    public double ratePerHour(int meter, Instant at) {
        return rate(meter, Math.floorDiv(at.getEpochSecond(), INTERVAL_SECONDS));
    }

    /** What the meter shows at the instant: its register, or its last completed interval's consumption. */
    public double value(int meter, Instant at) {
        SimulatedMeter simulated = meters.get(meter);
        long interval = Math.floorDiv(at.getEpochSecond(), INTERVAL_SECONDS);
        if (simulated.kind() == MeterKind.INTERVAL) {
            return rate(meter, interval - 1) * INTERVAL_SECONDS / 3600.0;
        }
        if (interval < originInterval) {
            return simulated.initialRegister();
        }
        double partHours = (at.getEpochSecond() - interval * INTERVAL_SECONDS) / 3600.0;
        return simulated.initialRegister() + completedIntervals(meter, interval) + rate(meter, interval) * partHours;
    }

    /** The value of every meter at the instant, in the configured order. */
    public double[] values(Instant at) {
        double[] values = new double[meters.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(i, at);
        }
        return values;
    }

    /** Consumption of the intervals from the origin's up to (not including) this one; cached per meter. */
    private synchronized double completedIntervals(int meter, long interval) {
        if (interval < summedUpTo[meter]) {
            summedUpTo[meter] = originInterval;
            sums[meter] = 0;
        }
        for (long i = summedUpTo[meter]; i < interval; i++) {
            sums[meter] += rate(meter, i) * INTERVAL_SECONDS / 3600.0;
        }
        summedUpTo[meter] = interval;
        return sums[meter];
    }

    private double rate(int meter, long interval) {
        SimulatedMeter simulated = meters.get(meter);
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(interval * INTERVAL_SECONDS), zone);
        return simulated.meanPerHour() * LoadProfile.factor(simulated, local) * noise(simulated, interval);
    }

    private double noise(SimulatedMeter meter, long interval) {
        long key = seed * 0x9E3779B97F4A7C15L ^ meter.code().hashCode() * 0xC2B2AE3D27D4EB4FL ^ interval;
        return 1 + NOISE * (2 * new SplittableRandom(key).nextDouble() - 1);
    }
}
