package io.autoghg.accounting.engine;

import io.autoghg.accounting.catalogue.Gas;
import java.math.BigDecimal;

/** Mass of one gas from one source and its CO2 equivalent; gwp and tco2e are null for memo items. */
public record GasResult(Gas gas, BigDecimal massT, BigDecimal gwp, BigDecimal tco2e) {

    public String label() {
        return gas.label();
    }
}
