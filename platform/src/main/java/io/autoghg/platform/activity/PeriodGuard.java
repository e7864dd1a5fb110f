package io.autoghg.platform.activity;

import java.util.Collection;

/**
 * Refuses writes that would change a locked reporting year. {@link AccountingInputs} asks every
 * bean of this type before it checks new or corrected activity data (the years those rows touch)
 * and before it accepts a source's parameter change (every year with stored data). Implemented by
 * the reporting cycle, which depends on activity — not the other way round.
 */
public interface PeriodGuard {
    /** Throws (e.g. ConflictException) when one of {@code years} of {@code plant} may not change. */
    void checkWritable(String plant, Collection<Integer> years);
}
