package io.autoghg.accounting.engine;

import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Limits rows to the reporting period [from, to), normally a calendar year. A flow row that crosses
 * the period's boundary is prorated by days. A stock row (stockStart, stockEnd) is a point in time
 * and belongs to the period its start date falls in. An installed charge is a level held over its
 * rows' dates: it is clipped to the period and keeps its quantity (screening weights it by days).
 */
final class YearSelection {
    static final Set<String> STOCK_ITEMS = Set.of("stockStart", "stockEnd");
    static final String CHARGE = "charge";

    private final List<ActivityRow> inYear = new ArrayList<>();
    private final List<ActivityRow> prorated = new ArrayList<>();
    private final List<ActivityRow> clipped = new ArrayList<>();
    private final List<ActivityRow> previousPeriodStocks = new ArrayList<>();
    private int outside;

    YearSelection(List<ActivityRow> rows, LocalDate from, LocalDate to) {
        for (ActivityRow row : rows) {
            select(row, from, to);
        }
    }

    private void select(ActivityRow row, LocalDate from, LocalDate to) {
        if (!row.end().isAfter(from) || !row.start().isBefore(to)) {
            outside++;
            return;
        }
        if (!row.start().isBefore(from) && !row.end().isAfter(to)) {
            inYear.add(row);
            return;
        }
        LocalDate start = row.start().isBefore(from) ? from : row.start();
        LocalDate end = row.end().isAfter(to) ? to : row.end();
        if (STOCK_ITEMS.contains(row.item())) {
            if (row.start().isBefore(from)) {
                outside++;
                previousPeriodStocks.add(row);
            } else {
                inYear.add(row.withQuantity(row.quantity(), start, end));
            }
            return;
        }
        if (CHARGE.equals(row.item())) {
            ActivityRow part = row.withQuantity(row.quantity(), start, end);
            inYear.add(part);
            clipped.add(part);
            return;
        }
        BigDecimal share = row.quantity().value().multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end)))
                .divide(BigDecimal.valueOf(row.days()), Units.MATH);
        ActivityRow part = row.withQuantity(new Quantity(share, row.quantity().unit()), start, end);
        inYear.add(part);
        prorated.add(part);
    }

    List<ActivityRow> rows() {
        return inYear;
    }

    List<ActivityRow> prorated() {
        return prorated;
    }

    List<ActivityRow> clipped() {
        return clipped;
    }

    /** Stock rows that reach into the period but start before it: they belong to the previous period. */
    List<ActivityRow> previousPeriodStocks() {
        return previousPeriodStocks;
    }

    int outside() {
        return outside;
    }
}
