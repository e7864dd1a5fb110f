package io.autoghg.platform.inventory;

import java.math.BigDecimal;

/** A new inventory version was computed and stored (published inside the computing transaction). */
public record InventoryVersionComputed(String plant, int year, int version, String inputsHash, BigDecimal total) {
}
