package io.autoghg.accounting.engine;

import io.autoghg.accounting.unit.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One activity datum: a quantity for a source over [start, end), feeding one input ("item") of
 * the source's method; an empty item is the method's main input.
 */
public record ActivityRow(String source, LocalDate start, LocalDate end, Quantity quantity, String item,
                          BigDecimal uncertaintyPct, SourceLocation location) {

    public ActivityRow {
        item = item == null ? "" : item.strip();
    }

    public boolean isMainInput() {
        return item.isEmpty();
    }

    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(start, end);
    }

    public ActivityRow withQuantity(Quantity prorated, LocalDate newStart, LocalDate newEnd) {
        return new ActivityRow(source, newStart, newEnd, prorated, item, uncertaintyPct, location);
    }
}
