package io.autoghg.platform.organisation;

import java.math.BigDecimal;

/** A plant with its boundary approach (operational or financial control, or equity share with a percentage). */
public record Plant(long id, String code, String name, String groupCode, String timezone, String gwp,
                   String boundaryApproach, BigDecimal equitySharePct) {
}
