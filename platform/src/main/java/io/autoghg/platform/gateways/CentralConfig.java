package io.autoghg.platform.gateways;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** A saved version of a gateway's central configuration: the JSON mirror of gateway.yaml's devices and poll settings. */
public record CentralConfig(String plant, String gateway, int version, Instant changedAt, String changedBy, JsonNode config) {
}
