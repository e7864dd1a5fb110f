package io.autoghg.platform.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A stored rule setting: the rule, its scope (the whole plant when source and meter are null, a
 * source, a meter, or a meter of a source), whether it runs, its limits and, for the sub-meter rule,
 * the sub-meters of the main meter and whether they cover it completely or partly.
 */
public record RuleSetting(long id, String rule, String source, String meter, boolean enabled, BigDecimal minValue,
                          BigDecimal maxValue, String unit, BigDecimal threshold, List<String> subMeters, String coverage,
                          String note, String updatedBy, Instant updatedAt) {
}
