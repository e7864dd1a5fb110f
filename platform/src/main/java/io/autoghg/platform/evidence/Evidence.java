package io.autoghg.platform.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored evidence file with what it documents: its type, the period it covers ({@code periodStart}
 * inclusive, {@code periodEnd} exclusive, like activity data), the issuer and the amount it states
 * (optional, with its unit). The file itself is kept once per content under its SHA-256;
 * {@code data} lists the activity data it backs.
 */
public record Evidence(long id, String plant, EvidenceType type, LocalDate periodStart, LocalDate periodEnd, String issuer,
                       BigDecimal amount, String amountUnit, String fileName, String contentType, long sizeBytes,
                       String sha256,
                       @tools.jackson.databind.annotation.JsonSerialize(using = io.autoghg.platform.security.MaskedPersonalData.class) String uploadedBy, Instant uploadedAt, List<Long> data) {

    /** Whether the evidence's period contains the whole period [start, end). */
    public boolean covers(LocalDate start, LocalDate end) {
        return !periodStart.isAfter(start) && !periodEnd.isBefore(end);
    }

    /** Whether the evidence's period shares at least one day with [start, end). */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return periodStart.isBefore(end) && periodEnd.isAfter(start);
    }

    /** "2025-02-01 to 2025-03-01", the period as the messages write it. */
    public String period() {
        return periodStart + " to " + periodEnd;
    }
}
