package io.autoghg.platform.inventory;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored inventory version: which inputs it was computed from (their hash) and its total. */
public record InventoryVersion(int version, int year, String gwp, String inputsHash, BigDecimal totalTco2e, Instant computedAt,
                               String computedBy) {
}
