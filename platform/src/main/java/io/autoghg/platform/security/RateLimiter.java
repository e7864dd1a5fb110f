package io.autoghg.platform.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (an address or a caller): {@code capacity} requests at once, refilled at
 * capacity per minute. Memory stays bounded: full buckets are dropped when the map grows large.
 */
final class RateLimiter {
    private final int capacity;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, Clock clock) {
        this.capacity = perMinute;
        this.clock = clock;
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    /** Takes one token for the key; false when the bucket is empty (the caller should answer 429). */
    boolean tryAcquire(String key) {
        long now = clock.millis();
        if (buckets.size() > 100_000) {
            buckets.values().removeIf(bucket -> bucket.tokens + (now - bucket.at) * capacity / 60_000.0 >= capacity);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * capacity / 60_000.0);
            bucket.at = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }

    /** Seconds until one token is back, for Retry-After. */
    long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(60.0 / capacity));
    }
}
