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

    /**
     * A manual entry (any period); DRAFT entries are kept but not accounted until submitted.
     * {@code evidenceRefs} are free-text references; {@code evidenceIds} are uploaded evidence
     * records of the plant, linked to the datum — a submitted entry of a MANUAL source needs one
     * whose period covers the entry's.
     */
    public record NewDatum(@NotBlank String source, @NotNull LocalDate start, @NotNull LocalDate end,
                           @NotNull @PositiveOrZero BigDecimal quantity, @NotBlank String unit, String item,
                           @PositiveOrZero BigDecimal uncertaintyPct, @Pattern(regexp = "DRAFT|SUBMITTED") String status,
                           List<String> evidenceRefs, String note, List<Long> evidenceIds) {

        /** An entry without evidence records. */
        public NewDatum(String source, LocalDate start, LocalDate end, BigDecimal quantity, String unit, String item,
                        BigDecimal uncertaintyPct, String status, List<String> evidenceRefs, String note) {
            this(source, start, end, quantity, unit, item, uncertaintyPct, status, evidenceRefs, note, null);
        }
    }

    /**
     * A correction: the new values and why; the corrected datum is kept. {@code evidenceIds} null
     * keeps the evidence records of the corrected datum; a list replaces them for the new datum.
     */
    public record Correction(@NotNull @PositiveOrZero BigDecimal quantity, String unit, LocalDate start, LocalDate end,
                             @PositiveOrZero BigDecimal uncertaintyPct, @NotBlank String reason, List<String> evidenceRefs,
                             List<Long> evidenceIds) {

        /** A correction that keeps the corrected datum's evidence records. */
        public Correction(BigDecimal quantity, String unit, LocalDate start, LocalDate end, BigDecimal uncertaintyPct,
                          String reason, List<String> evidenceRefs) {
            this(quantity, unit, start, end, uncertaintyPct, reason, evidenceRefs, null);
        }
    }

    /** Optional body of a submit: evidence records that replace the draft's before it is checked (null: keep them). */
    public record Submit(List<Long> evidenceIds) {
    }

    public record Production(@NotNull @PositiveOrZero Integer vehicles) {
    }
}
