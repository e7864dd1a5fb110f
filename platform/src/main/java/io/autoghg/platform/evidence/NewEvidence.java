package io.autoghg.platform.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an uploaded file documents: type (an {@link EvidenceType} name), period [periodStart,
 * periodEnd), issuer, and optionally the amount it states with its unit.
 */
public record NewEvidence(String type, LocalDate periodStart, LocalDate periodEnd, String issuer, BigDecimal amount,
                          String amountUnit) {
}
