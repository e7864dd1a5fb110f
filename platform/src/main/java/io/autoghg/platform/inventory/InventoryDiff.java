package io.autoghg.platform.inventory;

import java.math.BigDecimal;
import java.util.List;

/** What changed between two inventory versions: the sources whose figures moved, by how much, and why. */
public record InventoryDiff(String plant, int year, int from, int to, BigDecimal totalFrom, BigDecimal totalTo, BigDecimal delta,
                            List<String> reasons, List<SourceChange> sources) {

    public record SourceChange(String code, BigDecimal tco2eFrom, BigDecimal tco2eTo, BigDecimal delta, List<String> reasons) {
    }
}
