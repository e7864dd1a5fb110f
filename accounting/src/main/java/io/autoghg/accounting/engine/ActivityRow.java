package io.autoghg.accounting.engine;

import io.autoghg.accounting.unit.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One activity datum: a quantity for a source over [start, end), feeding one input ("item") of
 * the source's method; an empty item is the method's main input. {@code estimatedBy} names the
 * method that filled a gap (e.g. "linear interpolation"); null for measured or entered data.
 */
public record ActivityRow(String source, LocalDate start, LocalDate end, Quantity quantity, String item,
                          BigDecimal uncertaintyPct, SourceLocation location, String estimatedBy) {

    public ActivityRow {
        item = item == null ? "" : item.strip();
        estimatedBy = estimatedBy == null || estimatedBy.isBlank() ? null : estimatedBy.strip();
    }

    /** A measured or entered datum (not an estimate). */
    public ActivityRow(String source, LocalDate start, LocalDate end, Quantity quantity, String item,
                       BigDecimal uncertaintyPct, SourceLocation location) {
        this(source, start, end, quantity, item, uncertaintyPct, location, null);
    }

    public boolean isMainInput() {
        return item.isEmpty();
    }

    public boolean isEstimated() {
        return estimatedBy != null;
    }

    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(start, end);
    }

    public ActivityRow withQuantity(Quantity prorated, LocalDate newStart, LocalDate newEnd) {
        return new ActivityRow(source, newStart, newEnd, prorated, item, uncertaintyPct, location, estimatedBy);
    }
}
