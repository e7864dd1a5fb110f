package io.autoghg.platform.gateways;

import java.util.List;

/**
 * A gateway's status, sent every refresh (POST …/gateways/{gateway}/status); counters since the gateway's start.
 *
 * @param configVersion the central configuration version it runs, or null when it runs its file's devices
 * @param pendingBytes  journal bytes the platform has not acknowledged yet
 */
public record Heartbeat(Integer configVersion, Long polled, Long bad, Long sent, Long sendFailures, Long pendingBytes,
                        String lastError, List<DeviceStatus> devices) {
}
