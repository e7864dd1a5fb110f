package io.autoghg.platform.web;

import java.math.BigDecimal;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The plant's current total for a year, read from the inventory (the web layer computes nothing). */
@Component
public class DataTotals {
    private static final Logger log = LoggerFactory.getLogger(DataTotals.class);

    private final InventoryReader inventories;

    DataTotals(InventoryReader inventories) {
        this.inventories = inventories;
    }

    /** Total tCO2e of the current inventory version, or null when the year cannot be accounted. */
    public BigDecimal total(String plant, int year) {
        try {
            Map<String, Object> totals = InventoryReader.map(inventories.current(plant, year), "totals");
            Object total = totals == null ? null : totals.get("total");
            return total == null ? null : new BigDecimal(total.toString());
        } catch (RuntimeException e) {
            log.info("no total for plant {} year {}: {}", plant, year, e.getMessage());
            return null;
        }
    }
}
