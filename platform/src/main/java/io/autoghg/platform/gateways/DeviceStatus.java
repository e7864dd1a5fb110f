package io.autoghg.platform.gateways;

import java.time.Instant;

/** One device as its gateway last reported it: when a poll last read all its meters, and its last problem. */
public record DeviceStatus(String name, Instant lastGoodPoll, String lastError, Instant lastErrorAt) {
}
