package io.autoghg.accounting.method;

import io.autoghg.accounting.parameter.Status;
import io.autoghg.accounting.unit.Quantity;
import java.math.BigDecimal;

/** The value a calculation used for a parameter, and why that value won. */
public record ResolvedParameter(String name, Quantity value, BigDecimal uncertaintyPct, Status status, String provenance) {
}
