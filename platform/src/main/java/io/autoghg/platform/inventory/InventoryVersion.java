package io.autoghg.platform.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored inventory version: which inputs it was computed from (their hash) and its total. */
public record InventoryVersion(int version, int year, String gwp, String inputsHash, BigDecimal totalTco2e, Instant computedAt,
                               @tools.jackson.databind.annotation.JsonSerialize(using = io.autoghg.platform.security.MaskedPersonalData.class)
                               String computedBy) {
}
