package io.autoghg.platform.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.List;

/**
 * Creates or replaces the setting of a rule for a scope (plant-wide when source and meter are
 * absent). {@code enabled} defaults to true; {@code threshold} is the rule's limit (docs/quality.md).
 */
public record SettingRequest(@NotBlank String rule, String source, String meter, Boolean enabled, BigDecimal minValue,
                             BigDecimal maxValue, String unit, @Positive BigDecimal threshold, List<String> subMeters,
                             @Pattern(regexp = "COMPLETE|PARTIAL") String coverage, String note) {
}
