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
 * days it covers in each month; when those rows mix dimensions, by days covered alone. Sources
 * without such an input (refrigerant stocks and charges) are spread evenly over the period's days.
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
        if (basis.isEmpty() && !rows.isEmpty()) {
            ActivityRow wholePeriod = rows.get(0).withQuantity(rows.get(0).quantity(), from, to);
            basis = List.of(wholePeriod);
        }
        boolean oneDimension = basis.stream().map(row -> row.quantity().unit().numerator()).distinct().count() == 1;
        for (ActivityRow row : basis) {
            BigDecimal amount = oneDimension ? row.quantity().value().multiply(row.quantity().unit().scale()) : BigDecimal.ONE;
            spread(row, amount, weights);
        }
        BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0) {
            weights.clear();
            basis.forEach(row -> spread(row, BigDecimal.ONE, weights));
            sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
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
