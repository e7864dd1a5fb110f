package io.autoghg.platform.readings;

import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.engine.InventoryCalculator;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.unit.Dimension;
import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.activity.AccountingInputs;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the console's live view shows (docs/console.md): per organisational unit the current electric
 * power and gas flow from each meter's latest 15-minute rollup (consumption × 4 per hour), today's
 * METERED consumption and its emissions so far (the accounting engine over today's rollups), and
 * each meter's last reading and last problem.
 */
@Service
public class LiveReadings {
    /** A 15-minute bucket older than this is not "current". */
    static final Duration CURRENT = Duration.ofHours(1);

    private final Access access;
    private final OrganisationService organisation;
    private final Meters meters;
    private final MeteredActivity activity;
    private final ReadingQueries queries;
    private final AccountingInputs inputs;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    LiveReadings(Access access, OrganisationService organisation, Meters meters, MeteredActivity activity, ReadingQueries queries,
                 AccountingInputs inputs, JdbcClient jdbc) {
        this.access = access;
        this.organisation = organisation;
        this.meters = meters;
        this.activity = activity;
        this.queries = queries;
        this.inputs = inputs;
        this.jdbc = jdbc;
    }

    /** Current load of one organisational unit: electric power in kW and gas flow in Nm3/h, and the bucket they come from. */
    public record UnitLoad(String orgUnit, Double powerKw, Double gasNm3PerHour, Instant at) {
    }

    /** Today's consumption of a METERED source so far. */
    public record SourceToday(String source, String item, BigDecimal quantity, String unit) {
    }

    /** The live view of a plant: load by unit, today's consumption and emissions (or why they cannot be computed), meters. */
    public record Live(String plant, LocalDate today, Instant now, List<UnitLoad> units, List<SourceToday> sources, BigDecimal todayTco2e,
                       String todayProblem, List<ReadingQueries.MeterStatus> meters) {
    }

    /** Meters whose last reading came before this are shown as silent. */
    public static Instant staleBefore() {
        return Instant.now().minus(CURRENT);
    }

    public Live live(String plantCode) {
        access.require(Permission.READ, plantCode);
        Plant plant = organisation.plant(plantCode);
        ZoneId zone = ZoneId.of(plant.timezone());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<String, MeterInfo> plantMeters = meters.of(plantCode);
        Today sofar = today(plant, plantMeters, today);
        return new Live(plantCode, today, now, load(plantMeters, now), sofar.sources(), sofar.tco2e(), sofar.problem(),
                queries.status(plantCode));
    }

    private record Today(List<SourceToday> sources, BigDecimal tco2e, String problem) {
    }

    private List<UnitLoad> load(Map<String, MeterInfo> plantMeters, Instant now) {
        Map<Long, Object[]> latest = new HashMap<>();
        jdbc.sql("""
                select distinct on (meter_id) meter_id, bucket, consumption from reading_rollup_15m
                where meter_id = any(?) and bucket >= ? and bucket <= ? order by meter_id, bucket desc""")
                .params(plantMeters.values().stream().mapToLong(MeterInfo::id).toArray(),
                        Rollups.ts(Reading.micros(now.minus(CURRENT))), Rollups.ts(Reading.micros(now)))
                .query((rs, n) -> latest.put(rs.getLong(1), new Object[] {rs.getTimestamp(2).toInstant(), rs.getDouble(3)})).list();
        Map<String, double[]> byUnit = new TreeMap<>();
        Map<String, Instant> at = new HashMap<>();
        Map<String, boolean[]> seen = new HashMap<>();
        for (MeterInfo meter : plantMeters.values()) {
            Object[] bucket = latest.get(meter.id());
            if (bucket == null) {
                continue;
            }
            String unit = meter.orgUnit() == null ? "—" : meter.orgUnit();
            double perHour = (Double) bucket[1] * 4;
            double[] sums = byUnit.computeIfAbsent(unit, u -> new double[2]);
            boolean[] has = seen.computeIfAbsent(unit, u -> new boolean[2]);
            if (meter.unit().numerator() == Dimension.ENERGY && !meter.unit().isRatio()) {
                sums[0] += perHour * meter.unit().scale().doubleValue() / Units.KWH.scale().doubleValue();
                has[0] = true;
            } else if (meter.unit().numerator() == Dimension.NORMAL_VOLUME && !meter.unit().isRatio()) {
                sums[1] += perHour * meter.unit().scale().doubleValue();
                has[1] = true;
            } else {
                continue;
            }
            at.merge(unit, (Instant) bucket[0], (a, b) -> a.isAfter(b) ? a : b);
        }
        List<UnitLoad> loads = new ArrayList<>();
        byUnit.forEach((unit, sums) -> {
            if (at.containsKey(unit)) {
                loads.add(new UnitLoad(unit, seen.get(unit)[0] ? round(sums[0]) : null, seen.get(unit)[1] ? round(sums[1]) : null,
                        at.get(unit)));
            }
        });
        return loads;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private Today today(Plant plant, Map<String, MeterInfo> plantMeters, LocalDate today) {
        List<MeteredActivity.Key> groups = activity.groups(plant, plantMeters, null);
        if (groups.isEmpty()) {
            return new Today(List.of(), null, null);
        }
        Map<Long, Double> sums = new HashMap<>();
        jdbc.sql("select meter_id, consumption from reading_rollup_day where meter_id = any(?) and day = ?")
                .params(plantMeters.values().stream().mapToLong(MeterInfo::id).toArray(), today)
                .query((rs, n) -> sums.put(rs.getLong(1), rs.getDouble(2))).list();
        List<SourceToday> sources = new ArrayList<>();
        List<ActivityRow> rows = new ArrayList<>();
        for (MeteredActivity.Key group : groups) {
            if (group.meters().stream().noneMatch(m -> sums.containsKey(m.id()))) {
                continue;
            }
            MeterInfo first = group.meters().get(0);
            double total = group.meters().stream().filter(m -> m.unit().sameDimensionAs(first.unit()))
                    .mapToDouble(m -> sums.getOrDefault(m.id(), 0.0) * m.unit().scale().doubleValue() / first.unit().scale().doubleValue())
                    .sum();
            BigDecimal quantity = BigDecimal.valueOf(total).setScale(3, RoundingMode.HALF_UP);
            sources.add(new SourceToday(group.source().code(), group.item(), quantity, first.unit().symbol()));
            rows.add(new ActivityRow(group.source().code(), today, today.plusDays(1), new Quantity(quantity, first.unit()), group.item(),
                    null, new SourceLocation("live", 0)));
        }
        if (rows.isEmpty()) {
            return new Today(sources, null, null);
        }
        try {
            BigDecimal tco2e = new InventoryCalculator(inputs.library()).calculate(inputs.definition(plant.code()), rows, today.getYear(), null)
                    .totals().total().setScale(3, RoundingMode.HALF_UP);
            return new Today(sources, tco2e, null);
        } catch (InvalidInputException e) {
            return new Today(sources, null, e.problems().stream().map(InputProblem::message).distinct().collect(Collectors.joining("; ")));
        } catch (RuntimeException e) {
            return new Today(sources, null, e.getMessage());
        }
    }
}
