package io.autoghg.platform.gateways;

/**
 * What a gateway says when it starts (POST …/gateways/{gateway}/registration).
 *
 * @param version      the gateway's software version
 * @param hostName     the machine it runs on
 * @param transport    http or mqtt: how it sends readings
 * @param localDevices how many devices its own file lists (its fallback)
 */
public record Registration(String version, String hostName, String transport, Integer localDevices) {
}
