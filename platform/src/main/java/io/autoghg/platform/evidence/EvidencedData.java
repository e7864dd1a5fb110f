package io.autoghg.platform.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The activity data evidence is linked to, as the evidence module needs them to compare amounts.
 * The activity module implements it (it owns the data; evidence must not depend on activity).
 */
public interface EvidencedData {

    /** Of the given datum ids, those that are current (SUBMITTED, not corrected), with period, quantity and unit. */
    List<Datum> current(Collection<Long> datumIds);

    record Datum(long id, LocalDate start, LocalDate end, BigDecimal quantity, String unit) {
    }
}
