package io.autoghg.edge.registration;

import java.time.Instant;

/** One device as the status heartbeat reports it: its last poll that read every meter, and its last problem. */
public record DeviceHealth(String name, Instant lastGoodPoll, String lastError, Instant lastErrorAt) {
}
