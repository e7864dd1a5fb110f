package io.autoghg.accounting.parameter;

import io.autoghg.accounting.unit.Quantity;
import java.math.BigDecimal;

/** One versioned, sourced value of the parameter library, e.g. key "fuel.natural-gas.ncv". */
public record LibraryParameter(String key, Quantity value, BigDecimal uncertaintyPct, Provenance provenance) {
}
