package io.autoghg.edge.registration;

import java.util.List;

/**
 * The gateway's status for the heartbeat: counters since its start, the bytes not yet acknowledged, its last send
 * problem, and per device its health.
 *
 * @param configVersion the central configuration version it runs, or null while it runs its file's devices
 */
public record StatusReport(Integer configVersion, long polled, long bad, long sent, long sendFailures, long pendingBytes,
        String lastError, List<DeviceHealth> devices) {
}
