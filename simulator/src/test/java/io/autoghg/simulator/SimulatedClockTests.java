package io.autoghg.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SimulatedClockTests {

    @Test
    void oneRealSecondIsFifteenSimulatedMinutesAtSpeed900() {
        MutableClock real = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
        SimulatedClock clock = new SimulatedClock(real, Instant.parse("2025-03-03T00:00:00Z"), 900);

        real.advance(Duration.ofSeconds(1));

        assertThat(clock.now()).isEqualTo(Instant.parse("2025-03-03T00:15:00Z"));
    }

    /** A real clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
