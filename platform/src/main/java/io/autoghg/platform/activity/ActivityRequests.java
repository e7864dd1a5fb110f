package io.autoghg.platform.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the activity-data API. */
public final class ActivityRequests {
    private ActivityRequests() {
    }

    /** A manual entry (any period); DRAFT entries are kept but not accounted until submitted. */
    public record NewDatum(@NotBlank String source, @NotNull LocalDate start, @NotNull LocalDate end,
                           @NotNull @PositiveOrZero BigDecimal quantity, @NotBlank String unit, String item,
                           @PositiveOrZero BigDecimal uncertaintyPct, @Pattern(regexp = "DRAFT|SUBMITTED") String status,
                           List<String> evidenceRefs, String note) {
    }

    /** A correction: the new values and why; the corrected datum is kept. */
    public record Correction(@NotNull @PositiveOrZero BigDecimal quantity, String unit, LocalDate start, LocalDate end,
                             @PositiveOrZero BigDecimal uncertaintyPct, @NotBlank String reason, List<String> evidenceRefs) {
    }

    public record Production(@NotNull @PositiveOrZero Integer vehicles) {
    }
}
