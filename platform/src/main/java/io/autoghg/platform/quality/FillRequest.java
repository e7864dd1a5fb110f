package io.autoghg.platform.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/**
 * Fill the missing days (daily source) or months (monthly source) of a source and item in
 * [from, to) by a documented method: "linear", "same-day-last-week" or "production-regression".
 */
public record FillRequest(@NotBlank String source, String item, @NotNull LocalDate from, @NotNull LocalDate to,
                          @NotBlank @Pattern(regexp = "linear|same-day-last-week|production-regression") String method) {
}
