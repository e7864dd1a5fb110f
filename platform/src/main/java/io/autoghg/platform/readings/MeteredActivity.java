package io.autoghg.platform.readings;

import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.Unit;
import io.autoghg.platform.activity.AccountingInputs;
import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.activity.ActivityRequests.Correction;
import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.activity.NewRow;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.support.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the daily rollups of the meters of METERED sources into those sources' activity data
 * (docs/readings.md §3): one datum per source, item and period — a day for sources of frequency DAY, a
 * month for MONTH — holding the sum of the source's meters (with the same item) in the first meter's
 * unit, origin meter set. A period is written once it is over in the plant's time zone and complete: every
 * meter feeding it has a reading at or after its end (or no reading of it came for
 * {@link ReadingsProperties#activitySettle()}), so that a gateway replaying a buffered day writes each day once
 * instead of correcting it with every batch; later readings of a written period correct the datum. Everything goes through {@link ActivityService} and the engine's check, so the
 * ledger records it and a closed reporting period refuses it (the sync row is then REFUSED with the
 * reason; the raw readings stay).
 */
@Component
class MeteredActivity {
    static final Actor ACTOR = new Actor("system:readings");
    private static final Logger log = LoggerFactory.getLogger(MeteredActivity.class);

    private final JdbcClient jdbc;
    private final SourceService sources;
    private final ActivityService activity;
    private final AccountingInputs inputs;
    private final TransactionTemplate transaction;
    private final java.time.Duration settle;
    private final Map<Long, java.util.concurrent.locks.ReentrantLock> syncLocks = new java.util.concurrent.ConcurrentHashMap<>();

    MeteredActivity(JdbcClient jdbc, SourceService sources, ActivityService activity, AccountingInputs inputs,
                    PlatformTransactionManager transactions, ReadingsProperties properties) {
        this.settle = properties.activitySettle();
        this.jdbc = jdbc;
        this.sources = sources;
        this.activity = activity;
        this.inputs = inputs;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** One datum to keep in step: a source, an item and a period, with the meters that feed it. */
    record Key(EmissionSource source, String item, LocalDate start, LocalDate end, List<MeterInfo> meters) {
        String period() {
            return start + "/" + end;
        }

        boolean covers(MeterInfo meter, LocalDate day) {
            return meters.stream().anyMatch(m -> m.id() == meter.id()) && !day.isBefore(start) && day.isBefore(end);
        }
    }

    /** What a sync did, the keys it refused with why, and how many periods that are over wait for their meters. */
    record Outcome(int written, int corrected, int unchanged, Map<Key, String> refused, int waiting) {
        static Outcome none() {
            return new Outcome(0, 0, 0, Map.of(), 0);
        }
    }

    /**
     * The source-item groups of the plant's METERED sources of frequency DAY or MONTH that have one of
     * the meters {@code involved} (all of them when null).
     */
    List<Key> groups(Plant plant, Map<String, MeterInfo> meters, java.util.Set<String> involved) {
        List<Key> groups = new ArrayList<>();
        for (EmissionSource source : sources.sources(plant.code(), false)) {
            if (!"METERED".equals(source.collectionMethod()) || source.meters().isEmpty()
                    || !("DAY".equals(source.frequency()) || "MONTH".equals(source.frequency()))
                    || (involved != null && source.meters().stream().noneMatch(involved::contains))) {
                continue;
            }
            Map<String, List<MeterInfo>> byItem = new LinkedHashMap<>();
            Map<String, String> items = source.meters().size() == 1 ? Map.of() : items(plant, source);
            for (String code : source.meters()) {
                MeterInfo meter = meters.get(code);
                if (meter != null) {
                    byItem.computeIfAbsent(items.getOrDefault(code, ""), item -> new ArrayList<>()).add(meter);
                }
            }
            byItem.forEach((item, group) -> groups.add(new Key(source, item, null, null, group)));
        }
        return groups;
    }

    /** The item each meter's data of a multi-meter source had so far (the latest datum with that origin meter). */
    private Map<String, String> items(Plant plant, EmissionSource source) {
        Map<String, String> items = new HashMap<>();
        int page = 0;
        while (true) {
            var data = activity.list(plant.code(), source.code(), LocalDate.now().minusYears(2), null, "SUBMITTED", page, 1000);
            for (ActivityDatum datum : data.items()) {
                if (datum.originMeter() != null && source.meters().contains(datum.originMeter())) {
                    items.put(datum.originMeter(), datum.item());
                }
            }
            if ((long) (page + 1) * data.size() >= data.total() || data.items().isEmpty()) {
                return items;
            }
            page++;
        }
    }

    /** Marks the periods the touched days fall in as PENDING; returns them. Runs in the ingest transaction. */
    List<Key> mark(Plant plant, List<Key> groups, List<Rollups.Touched> touched) {
        Map<String, Key> marked = new LinkedHashMap<>();
        for (Rollups.Touched t : touched) {
            for (Key group : groups) {
                if (group.meters().stream().noneMatch(m -> m.id() == t.meter().id())) {
                    continue;
                }
                boolean daily = "DAY".equals(group.source().frequency());
                for (LocalDate day = daily ? t.firstDay() : t.firstDay().withDayOfMonth(1); !day.isAfter(t.lastDay());
                     day = daily ? day.plusDays(1) : day.plusMonths(1)) {
                    LocalDate end = daily ? day.plusDays(1) : YearMonth.from(day).plusMonths(1).atDay(1);
                    Key key = new Key(group.source(), group.item(), day, end, group.meters());
                    marked.putIfAbsent(group.source().id() + "|" + group.item() + "|" + day, key);
                }
            }
        }
        if (!marked.isEmpty()) {
            List<Key> keys = List.copyOf(marked.values());
            jdbc.sql("""
                    insert into reading_activity_sync (plant_id, source_id, item, period_start, period_end, status)
                    select ?, t.source_id, t.item, t.s, t.e, 'PENDING'
                    from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as date[]), cast(? as date[])) as t(source_id, item, s, e)
                    on conflict (source_id, item, period_start) do update set status = 'PENDING', period_end = excluded.period_end,
                        updated_at = now()""")
                    .params(plant.id(), keys.stream().mapToLong(k -> k.source().id()).toArray(),
                            keys.stream().map(Key::item).toArray(String[]::new),
                            keys.stream().map(k -> k.start().toString()).toArray(String[]::new),
                            keys.stream().map(k -> k.end().toString()).toArray(String[]::new))
                    .update();
        }
        return List.copyOf(marked.values());
    }

    /** How many of the given periods are still PENDING: not over yet, or over and waiting for their meters. */
    int pending(List<Key> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from reading_activity_sync s
                join unnest(cast(? as bigint[]), cast(? as text[]), cast(? as date[])) as k(source_id, item, s)
                  on s.source_id = k.source_id and s.item = k.item and s.period_start = k.s
                where s.status = 'PENDING'""")
                .params(keys.stream().mapToLong(k -> k.source().id()).toArray(), keys.stream().map(Key::item).toArray(String[]::new),
                        keys.stream().map(k -> k.start().toString()).toArray(String[]::new))
                .query(Integer.class).single();
    }

    /** Whether the plant has periods not yet written (or refused). */
    boolean hasDue(Plant plant) {
        return jdbc.sql("select exists (select 1 from reading_activity_sync where plant_id = ? and status <> 'DONE')")
                .param(plant.id()).query(Boolean.class).single();
    }

    /**
     * Writes every due period of the plant: PENDING ones that are over by {@code today}, and REFUSED ones
     * not tried for an hour. Each write runs in its own transaction; run as the system.
     */
    Outcome sync(Plant plant, Map<String, MeterInfo> meters, LocalDate today) {
        // one sync of a plant at a time (an ingest and the minute job could otherwise both write the same new datum)
        java.util.concurrent.locks.ReentrantLock lock = syncLocks.computeIfAbsent(plant.id(), id -> new java.util.concurrent.locks.ReentrantLock());
        lock.lock();
        try {
            return syncLocked(plant, meters, today);
        } finally {
            lock.unlock();
        }
    }

    private Outcome syncLocked(Plant plant, Map<String, MeterInfo> meters, LocalDate today) {
        List<Object[]> due = jdbc.sql("""
                select source_id, item, period_start, period_end, status = 'PENDING' and updated_at > now() - cast(? as interval)
                from reading_activity_sync
                where plant_id = ? and status <> 'DONE' and period_end <= ?
                  and (status = 'PENDING' or updated_at < now() - interval '1 hour')
                order by period_start, source_id, item""")
                .params(settle.toSeconds() + " seconds", plant.id(), today)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5)}).list();
        if (due.isEmpty()) {
            return Outcome.none();
        }
        List<Key> groups = groups(plant, meters, null);
        java.time.ZoneId zone = java.time.ZoneId.of(plant.timezone());
        int waiting = 0;
        int corrected = 0;
        int unchanged = 0;
        Map<Key, String> refused = new LinkedHashMap<>();
        Map<Key, NewRow> fresh = new LinkedHashMap<>();
        for (Object[] row : due) {
            long sourceId = (Long) row[0];
            String item = (String) row[1];
            Key group = groups.stream().filter(g -> g.source().id() == sourceId && g.item().equals(item)).findFirst().orElse(null);
            if (group == null) {
                done(sourceId, item, (LocalDate) row[2], null, null, null, "the source no longer takes meter data for this item");
                continue;
            }
            Key key = new Key(group.source(), item, (LocalDate) row[2], (LocalDate) row[3], group.meters());
            boolean recentlyTouched = (Boolean) row[4];
            if (recentlyTouched && !passed(key, zone)) {
                waiting++;
                continue;
            }
            try {
                Quantity quantity = quantity(key);
                ActivityDatum current = current(plant, key);
                if (current != null && same(current, quantity)) {
                    done(key, current.id(), quantity, "unchanged");
                    unchanged++;
                } else if (current != null) {
                    long id = correct(plant, key, current, quantity);
                    done(key, id, quantity, "corrected datum " + current.id());
                    corrected++;
                } else {
                    fresh.put(key, newRow(key, quantity));
                }
            } catch (RuntimeException e) {
                refused.put(key, refuse(key, e));
            }
        }
        int written = insert(plant, fresh, refused);
        log.info("event=metered-activity-synced plant={} written={} corrected={} unchanged={} refused={} waiting={}", plant.code(), written,
                corrected, unchanged, refused.size(), waiting);
        return new Outcome(written, corrected, unchanged, refused, waiting);
    }

    /** Whether every meter of the period has a reading at or after the period's end (so its rollup is complete). */
    private boolean passed(Key key, java.time.ZoneId zone) {
        java.time.OffsetDateTime end = key.end().atStartOfDay(zone).toOffsetDateTime();
        long meters = jdbc.sql("select count(*) from meter_ingest_status where meter_id = any(?) and last_ts >= ?")
                .params(key.meters().stream().mapToLong(MeterInfo::id).toArray(), end).query(Long.class).single();
        return meters == key.meters().size();
    }

    private Quantity quantity(Key key) {
        Map<Long, Double> sums = new HashMap<>();
        jdbc.sql("""
                select meter_id, sum(consumption) from reading_rollup_day
                where meter_id = any(?) and day >= ? and day < ? group by meter_id""")
                .params(key.meters().stream().mapToLong(MeterInfo::id).toArray(), key.start(), key.end())
                .query((rs, n) -> sums.put(rs.getLong(1), rs.getDouble(2))).list();
        Unit unit = key.meters().get(0).unit();
        double total = 0;
        for (MeterInfo meter : key.meters()) {
            if (!meter.unit().sameDimensionAs(unit)) {
                throw new ConflictException("meters " + key.meters().stream().map(MeterInfo::code).collect(Collectors.joining(", "))
                        + " of source " + key.source().code() + " measure in units that do not convert (" + unit.symbol() + ", "
                        + meter.unit().symbol() + ")");
            }
            total += sums.getOrDefault(meter.id(), 0.0) * meter.unit().scale().doubleValue() / unit.scale().doubleValue();
        }
        BigDecimal value = BigDecimal.valueOf(total).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return new Quantity(value.scale() < 0 ? value.setScale(0) : value, unit);
    }

    private ActivityDatum current(Plant plant, Key key) {
        return activity.list(plant.code(), key.source().code(), key.start(), key.end(), "SUBMITTED", 0, 1000).items().stream()
                .filter(d -> d.start().equals(key.start()) && d.end().equals(key.end()) && d.item().equals(key.item()))
                .findFirst().orElse(null);
    }

    private static boolean same(ActivityDatum datum, Quantity quantity) {
        return datum.unit().equals(quantity.unit().symbol()) && datum.quantity().compareTo(quantity.value()) == 0;
    }

    private long correct(Plant plant, Key key, ActivityDatum current, Quantity quantity) {
        String reason = "meter readings of " + origin(key) + " for " + key.period() + " changed: " + quantity.value().toPlainString()
                + " " + quantity.unit().symbol() + " (was " + current.quantity().toPlainString() + " " + current.unit() + ")";
        return transaction.execute(status -> activity.correct(plant.code(), current.id(),
                new Correction(quantity.value(), quantity.unit().symbol(), null, null, null, reason, null), ACTOR)).id();
    }

    private static NewRow newRow(Key key, Quantity quantity) {
        ActivityRow row = new ActivityRow(key.source().code(), key.start(), key.end(), quantity, key.item(), null,
                new SourceLocation("readings " + origin(key), 0));
        return new NewRow(row, "METERED", null, null, origin(key), null, List.of(), null);
    }

    private static String origin(Key key) {
        return key.meters().stream().map(MeterInfo::code).collect(Collectors.joining("+"));
    }

    /** Stores new data together; when the engine refuses the batch, one at a time, so one bad period refuses only itself. */
    private int insert(Plant plant, Map<Key, NewRow> fresh, Map<Key, String> refused) {
        if (fresh.isEmpty()) {
            return 0;
        }
        try {
            List<Long> ids = store(plant, List.copyOf(fresh.values()));
            int i = 0;
            for (Map.Entry<Key, NewRow> entry : fresh.entrySet()) {
                done(entry.getKey(), ids.get(i++), entry.getValue().row().quantity(), "written");
            }
            return ids.size();
        } catch (RuntimeException batch) {
            if (fresh.size() == 1) {
                Key key = fresh.keySet().iterator().next();
                refused.put(key, refuse(key, batch));
                return 0;
            }
        }
        int written = 0;
        for (Map.Entry<Key, NewRow> entry : fresh.entrySet()) {
            try {
                long id = store(plant, List.of(entry.getValue())).get(0);
                done(entry.getKey(), id, entry.getValue().row().quantity(), "written");
                written++;
            } catch (RuntimeException e) {
                refused.put(entry.getKey(), refuse(entry.getKey(), e));
            }
        }
        return written;
    }

    private List<Long> store(Plant plant, List<NewRow> rows) {
        return transaction.execute(status -> {
            inputs.check(plant.code(), rows.stream().map(NewRow::row).toList(), List.of());
            return activity.insert(plant.code(), rows, ACTOR, "SUBMITTED");
        });
    }

    private String refuse(Key key, RuntimeException e) {
        String reason;
        if (e instanceof InvalidInputException invalid) {
            reason = invalid.problems().stream().map(InputProblem::message).distinct().collect(Collectors.joining("; "));
        } else if (e instanceof ConflictException || e instanceof NotFoundException) {
            reason = e.getMessage();
        } else {
            log.warn("event=metered-activity-failed source={} period={} error=\"{}\"", key.source().code(), key.period(), e.getMessage(), e);
            reason = "could not write the activity datum: " + e.getMessage();
        }
        jdbc.sql("""
                update reading_activity_sync set status = 'REFUSED', message = ?, updated_at = now()
                where source_id = ? and item = ? and period_start = ?""")
                .params(reason, key.source().id(), key.item(), key.start()).update();
        return reason;
    }

    private void done(Key key, Long datumId, Quantity quantity, String message) {
        done(key.source().id(), key.item(), key.start(), datumId, quantity.value(), quantity.unit().symbol(), message);
    }

    private void done(long sourceId, String item, LocalDate start, Long datumId, BigDecimal quantity, String unit, String message) {
        jdbc.sql("""
                update reading_activity_sync set status = 'DONE', datum_id = ?, quantity = ?, unit = ?, message = ?, updated_at = now()
                where source_id = ? and item = ? and period_start = ?""")
                .params(datumId, quantity, unit, message, sourceId, item, start).update();
    }
}
