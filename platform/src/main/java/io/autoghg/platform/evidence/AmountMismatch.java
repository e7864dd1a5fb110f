package io.autoghg.platform.evidence;

import java.math.BigDecimal;
import java.util.List;

/**
 * An evidence record whose stated amount differs by more than 2 % from the activity data it backs.
 *
 * @param datumId the datum the evidence backs (the first of {@code dataIds} when it backs several)
 * @param evidenceId the evidence record
 * @param datumAmount the datum's quantity, or the sum of the quantities of {@code dataIds}, in {@code unit}
 * @param evidenceAmount the amount the evidence states, in {@code unit}
 * @param unit the evidence's amount unit; both amounts are expressed in it
 * @param differencePct (datumAmount − evidenceAmount) / evidenceAmount × 100, rounded to 2 decimals; signed
 * @param dataIds every current datum whose quantity was summed, in id order
 */
public record AmountMismatch(long datumId, long evidenceId, BigDecimal datumAmount, BigDecimal evidenceAmount, String unit,
                             BigDecimal differencePct, List<Long> dataIds) {
}
