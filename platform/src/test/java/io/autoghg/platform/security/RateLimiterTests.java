package io.autoghg.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTests {
    private static final class MovableClock extends Clock {
        long millis = Instant.parse("2026-11-25T08:00:00Z").toEpochMilli();

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    @Test
    void allowsTheBurstThenRefusesUntilTokensFlowBackPerKey() {
        MovableClock clock = new MovableClock();
        RateLimiter limiter = new RateLimiter(3, clock);
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).as("the fourth within a minute").isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).as("another address has its own bucket").isTrue();
        clock.millis += 20_000; // 3 per minute: one token back every 20 s
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.retryAfterSeconds()).isEqualTo(20);
    }
}
