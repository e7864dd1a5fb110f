package io.autoghg.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Simulated time: starts at a given instant when the simulation starts and runs `speed` times as fast
 * as the real clock (speed 900: one real second is 15 simulated minutes).
 */
public final class SimulatedClock {
    private final Clock real;
    private final Instant realStart;
    private final Instant start;
    private final double speed;

    public SimulatedClock(Clock real, Instant start, double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("speed must be positive, not " + speed);
        }
        this.real = real;
        this.realStart = real.instant();
        this.start = start;
        this.speed = speed;
    }

    public Instant start() {
        return start;
    }

    public double speed() {
        return speed;
    }

    /** The simulated instant now (to the millisecond). */
    public Instant now() {
        long realMillis = Duration.between(realStart, real.instant()).toMillis();
        return start.plusMillis(Math.round(realMillis * speed));
    }
}
