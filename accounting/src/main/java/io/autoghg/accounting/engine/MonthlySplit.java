package io.autoghg.accounting.engine;

import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Spreads a source's result over months in proportion to the input that drives it: the main input,
 * else an item that plays its role (cod, generated, steam, filled, measured), each row split by the
 * days it covers in each month; when those rows mix dimensions, by days covered alone. An installed
 * charge (screening) is spread by charge × days held in each month; sources with stocks only (mass
 * balance) are spread evenly over the period's days.
 */
final class MonthlySplit {
    private MonthlySplit() {
    }

    static final Set<String> DRIVING_ITEMS = Set.of("", "cod", "generated", "steam", "filled", "measured");

    static SortedMap<YearMonth, BigDecimal> of(BigDecimal total, List<ActivityRow> rows, LocalDate from, LocalDate to) {
        SortedMap<YearMonth, BigDecimal> weights = new TreeMap<>();
        List<ActivityRow> basis = rows.stream().filter(ActivityRow::isMainInput).toList();
        if (basis.isEmpty()) {
            basis = rows.stream().filter(row -> DRIVING_ITEMS.contains(row.item())).toList();
        }
        List<ActivityRow> charges = rows.stream().filter(row -> row.item().equals(YearSelection.CHARGE)).toList();
        if (basis.isEmpty() && !charges.isEmpty()) {
            // a charge is a level held over its rows' dates: weight = charge × days in each month
            charges.forEach(row -> spread(row, canonical(row).multiply(BigDecimal.valueOf(row.days())), weights));
            return share(total, weights);
        }
        if (basis.isEmpty() && !rows.isEmpty()) {
            basis = List.of(rows.get(0).withQuantity(rows.get(0).quantity(), from, to));
        }
        boolean oneDimension = basis.stream().map(row -> row.quantity().unit().numerator()).distinct().count() == 1;
        for (ActivityRow row : basis) {
            spread(row, oneDimension ? canonical(row) : BigDecimal.ONE, weights);
        }
        if (weights.values().stream().allMatch(weight -> weight.signum() == 0)) {
            weights.clear();
            basis.forEach(row -> spread(row, BigDecimal.ONE, weights));
        }
        return share(total, weights);
    }

    private static BigDecimal canonical(ActivityRow row) {
        return row.quantity().value().multiply(row.quantity().unit().scale());
    }

    private static SortedMap<YearMonth, BigDecimal> share(BigDecimal total, SortedMap<YearMonth, BigDecimal> weights) {
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        SortedMap<YearMonth, BigDecimal> months = new TreeMap<>();
        if (sum.signum() == 0) {
            return months;
        }
        for (var entry : weights.entrySet()) {
            months.put(entry.getKey(), total.multiply(entry.getValue()).divide(sum, Units.MATH));
        }
        return months;
    }

    private static void spread(ActivityRow row, BigDecimal amount, SortedMap<YearMonth, BigDecimal> weights) {
        long days = row.days();
        LocalDate cursor = row.start();
        while (cursor.isBefore(row.end())) {
            YearMonth month = YearMonth.from(cursor);
            LocalDate next = month.plusMonths(1).atDay(1);
            LocalDate stop = next.isBefore(row.end()) ? next : row.end();
            BigDecimal share = BigDecimal.valueOf(ChronoUnit.DAYS.between(cursor, stop));
            weights.merge(month, days == 1 ? amount : amount.multiply(share).divide(BigDecimal.valueOf(days), Units.MATH),
                    BigDecimal::add);
            cursor = stop;
        }
    }
}
