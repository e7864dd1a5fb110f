package io.autoghg.platform.gateways;

import java.time.Instant;
import java.util.List;

/**
 * A gateway of a plant as the console and GET …/gateways show it: its registration, the central configuration
 * version (configVersion) and the one it runs (runningVersion, null while it runs its file), and its last heartbeat.
 */
public record GatewayStatus(String name, Instant registeredAt, String softwareVersion, String hostName, String transport,
                            Integer localDevices, Instant lastSeen, Integer configVersion, Instant configChangedAt,
                            String configChangedBy, Integer runningVersion, Long polled, Long bad, Long sent, Long sendFailures,
                            Long pendingBytes, String lastError, List<DeviceStatus> devices) {
}
