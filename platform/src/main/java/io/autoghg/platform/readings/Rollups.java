package io.autoghg.platform.readings;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the 15-minute, daily and monthly rollups in step with the raw readings, touching only the
 * buckets a batch changed: for an interval meter the buckets of its new readings; for a cumulative
 * meter every bucket between the readings around the new ones (their increases are spread anew).
 * Days and months are recomputed from the 15-minute buckets, in the plant's time zone.
 */
@Component
class Rollups {
    private final JdbcClient jdbc;

    Rollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What changed for one meter: the earliest and latest instant of its new or corrected readings. */
    record Change(MeterInfo meter, long from, long to) {
    }

    /** The local days whose rollups were recomputed, per meter. */
    record Touched(MeterInfo meter, LocalDate firstDay, LocalDate lastDay) {
    }

    /** Recomputes the rollups the changes touch; call inside the transaction that stored the readings. */
    List<Touched> recompute(Collection<Change> changes, ZoneId zone) {
        List<long[]> windows = new ArrayList<>();
        List<Change> interval = new ArrayList<>();
        for (Change change : changes) {
            if (change.meter().cumulative()) {
                windows.add(cumulative(change));
            } else {
                interval.add(change);
                windows.add(new long[] {change.meter().id(), RegisterSeries.floor(change.from()),
                        RegisterSeries.floor(change.to()) + RegisterSeries.BUCKET});
            }
        }
        intervals(interval);
        List<Touched> touched = new ArrayList<>();
        int i = 0;
        for (Change change : changes) {
            long[] window = windows.get(i++);
            touched.add(new Touched(change.meter(), day(window[1], zone), day(window[2] - 1, zone)));
        }
        boolean exact = changes.stream().anyMatch(change -> change.meter().cumulative());
        days(touched, zone, exact);
        months(touched, exact);
        return touched;
    }

    /**
     * Adds readings that are all new keys of interval meters to their buckets, days and months: the sums
     * over the batch are added to what the rollups hold (an upsert per level), instead of summing the raw
     * rows of every touched bucket and day again. Exact as long as the rollups were (they hold the sums of
     * the stored readings); corrections and cumulative meters take {@link #recompute}.
     */
    List<Touched> add(List<Reading> readings, ZoneId zone) {
        Sums buckets = new Sums();
        Map<Long, long[]> spans = new java.util.TreeMap<>();
        for (Reading reading : readings) {
            long bucket = RegisterSeries.floor(reading.micros());
            buckets.add(reading.meter().id(), bucket, "BAD".equals(reading.quality()) ? 0 : reading.value());
            spans.merge(reading.meter().id(), new long[] {bucket, bucket}, (a, b) -> new long[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
        }
        Sums days = new Sums();
        Sums months = new Sums();
        Map<Long, LocalDate> dayOfBucket = new HashMap<>();
        buckets.forEach((meter, bucket, sum) -> {
            LocalDate day = dayOfBucket.computeIfAbsent(bucket, b -> day(b, zone));
            days.add(meter, day.toEpochDay(), sum);
            months.add(meter, day.withDayOfMonth(1).toEpochDay(), sum);
        });
        addTo("reading_rollup_15m", "bucket", "timestamptz 'epoch' + t.k * interval '1 microsecond'", buckets);
        addTo("reading_rollup_day", "day", "date '1970-01-01' + t.k::int", days);
        addTo("reading_rollup_month", "month", "date '1970-01-01' + t.k::int", months);
        List<Touched> touched = new ArrayList<>();
        Map<Long, MeterInfo> meters = new HashMap<>();
        readings.forEach(reading -> meters.putIfAbsent(reading.meter().id(), reading.meter()));
        spans.forEach((meter, span) -> touched.add(new Touched(meters.get(meter), day(span[0], zone),
                day(span[1] + RegisterSeries.BUCKET - 1, zone))));
        return touched;
    }

    /** Consumption and reading counts per (meter, key), in key order (the order rows are upserted in). */
    private static final class Sums {
        private final Map<Long, Map<Long, double[]>> sums = new java.util.TreeMap<>();
        private int size;

        interface Visitor {
            void visit(long meter, long key, double[] sum);
        }

        void add(long meter, long key, double consumption) {
            add(meter, key, new double[] {consumption, 1});
        }

        void add(long meter, long key, double[] sum) {
            double[] held = sums.computeIfAbsent(meter, m -> new java.util.TreeMap<>()).get(key);
            if (held == null) {
                sums.get(meter).put(key, sum.clone());
                size++;
            } else {
                held[0] += sum[0];
                held[1] += sum[1];
            }
        }

        void forEach(Visitor visitor) {
            sums.forEach((meter, keys) -> keys.forEach((key, sum) -> visitor.visit(meter, key, sum)));
        }

        long[] meters() {
            long[] out = new long[size];
            int[] i = {0};
            forEach((meter, key, sum) -> out[i[0]++] = meter);
            return out;
        }

        long[] keys() {
            long[] out = new long[size];
            int[] i = {0};
            forEach((meter, key, sum) -> out[i[0]++] = key);
            return out;
        }

        double[] consumption() {
            double[] out = new double[size];
            int[] i = {0};
            forEach((meter, key, sum) -> out[i[0]++] = sum[0]);
            return out;
        }

        long[] readings() {
            long[] out = new long[size];
            int[] i = {0};
            forEach((meter, key, sum) -> out[i[0]++] = (long) sum[1]);
            return out;
        }
    }

    private static LocalDate day(long micros, ZoneId zone) {
        return java.time.Instant.ofEpochSecond(Math.floorDiv(micros, Reading.MICROS_PER_SECOND)).atZone(zone).toLocalDate();
    }

    private void intervals(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        long[] meters = new long[changes.size()];
        long[] from = new long[changes.size()];
        long[] to = new long[changes.size()];
        for (int i = 0; i < changes.size(); i++) {
            meters[i] = changes.get(i).meter().id();
            from[i] = RegisterSeries.floor(changes.get(i).from());
            to[i] = RegisterSeries.floor(changes.get(i).to()) + RegisterSeries.BUCKET;
        }
        jdbc.sql("""
                with w as (
                    select meter_id, timestamptz 'epoch' + lo * interval '1 microsecond' as lo,
                           timestamptz 'epoch' + hi * interval '1 microsecond' as hi
                    from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as bigint[])) as t(meter_id, lo, hi))
                insert into reading_rollup_15m (meter_id, bucket, consumption, readings)
                select r.meter_id, date_bin('15 minutes', r.ts, timestamptz '2000-01-01 00:00:00+00'),
                       coalesce(sum(r.value) filter (where r.quality <> 'BAD'), 0), count(*)
                from w join reading r on r.meter_id = w.meter_id and r.ts >= w.lo and r.ts < w.hi
                group by 1, 2
                on conflict (meter_id, bucket) do update set consumption = excluded.consumption, readings = excluded.readings""")
                .params(meters, from, to).update();
    }

    /** Recomputes a cumulative meter's buckets around the change; returns {meter, first bucket, end}. */
    private long[] cumulative(Change change) {
        long meter = change.meter().id();
        Long before = pointBefore(meter, change.from());
        Long after = pointAfter(meter, change.to());
        long start = RegisterSeries.floor(before == null ? change.from() : before);
        long end = Math.max(RegisterSeries.ceil(after == null ? change.to() : after), RegisterSeries.floor(change.to()) + RegisterSeries.BUCKET);
        Long loadFrom = pointBefore(meter, start);
        Long loadTo = pointAfter(meter, end - 1);
        long lo = loadFrom == null ? start : loadFrom;
        long hi = loadTo == null ? end : loadTo;
        List<RegisterSeries.Point> points = new ArrayList<>();
        jdbc.sql("""
                select micros, value, first from (
                    select (extract(epoch from replaced_at) * 1000000)::bigint as micros, final_reading as value, first_reading as first, 0 as ord
                    from meter_replacement where meter_id = ? and replaced_at >= ? and replaced_at <= ?
                    union all
                    select (extract(epoch from ts) * 1000000)::bigint, value, null, 1 from reading
                    where meter_id = ? and ts >= ? and ts <= ? and quality <> 'BAD') p
                order by micros, ord""")
                .params(meter, ts(lo), ts(hi), meter, ts(lo), ts(hi))
                .query((rs, n) -> {
                    double first = rs.getDouble(3);
                    points.add(rs.wasNull() ? RegisterSeries.Point.reading(rs.getLong(1), rs.getDouble(2))
                            : RegisterSeries.Point.replacement(rs.getLong(1), rs.getDouble(2), first));
                    return null;
                }).list();
        Map<Long, Double> consumption = RegisterSeries.consumption(points, change.meter().rollover(), start, end);
        jdbc.sql("delete from reading_rollup_15m where meter_id = ? and bucket >= ? and bucket < ?")
                .params(meter, ts(start), ts(end)).update();
        jdbc.sql("""
                insert into reading_rollup_15m (meter_id, bucket, consumption, readings)
                select ?, bucket, sum(consumption), sum(readings) from (
                    select timestamptz 'epoch' + t.micros * interval '1 microsecond' as bucket, t.consumption, 0 as readings
                    from unnest(cast(? as bigint[]), cast(? as float8[])) as t(micros, consumption)
                    union all
                    select date_bin('15 minutes', ts, timestamptz '2000-01-01 00:00:00+00'), 0, 1
                    from reading where meter_id = ? and ts >= ? and ts < ?) x
                group by bucket""")
                .params(meter, consumption.keySet().stream().mapToLong(Long::longValue).toArray(),
                        consumption.values().stream().mapToDouble(Double::doubleValue).toArray(), meter, ts(start), ts(end))
                .update();
        return new long[] {meter, start, end};
    }

    private Long pointBefore(long meter, long micros) {
        return jdbc.sql("""
                select (extract(epoch from greatest(
                    (select max(ts) from reading where meter_id = ? and ts < ? and quality <> 'BAD'),
                    (select max(replaced_at) from meter_replacement where meter_id = ? and replaced_at < ?))) * 1000000)::bigint""")
                .params(meter, ts(micros), meter, ts(micros)).query(Long.class).optional().orElse(null);
    }

    private Long pointAfter(long meter, long micros) {
        return jdbc.sql("""
                select (extract(epoch from least(
                    (select min(ts) from reading where meter_id = ? and ts > ? and quality <> 'BAD'),
                    (select min(replaced_at) from meter_replacement where meter_id = ? and replaced_at > ?))) * 1000000)::bigint""")
                .params(meter, ts(micros), meter, ts(micros)).query(Long.class).optional().orElse(null);
    }

    /** Deletes a meter's rollups over [from, to] (before a full recompute, e.g. when its register kind changed). */
    void clear(MeterInfo meter, long from, long to, ZoneId zone) {
        long start = RegisterSeries.floor(from);
        long end = RegisterSeries.floor(to) + RegisterSeries.BUCKET;
        jdbc.sql("delete from reading_rollup_15m where meter_id = ? and bucket >= ? and bucket < ?").params(meter.id(), ts(start), ts(end)).update();
        LocalDate firstDay = day(start, zone);
        LocalDate lastDay = day(end - 1, zone);
        jdbc.sql("delete from reading_rollup_day where meter_id = ? and day >= ? and day <= ?").params(meter.id(), firstDay, lastDay).update();
        jdbc.sql("delete from reading_rollup_month where meter_id = ? and month >= ? and month <= ?")
                .params(meter.id(), firstDay.withDayOfMonth(1), lastDay.withDayOfMonth(1)).update();
    }

    static java.time.OffsetDateTime ts(long micros) {
        return java.time.Instant.ofEpochSecond(Math.floorDiv(micros, Reading.MICROS_PER_SECOND),
                Math.floorMod(micros, Reading.MICROS_PER_SECOND) * 1000L).atOffset(java.time.ZoneOffset.UTC);
    }

    /**
     * Recomputes the touched days from their buckets. Buckets of interval meters only ever grow, so an
     * upsert suffices; when a cumulative meter is involved ({@code exact}) the days are deleted first,
     * as its buckets may have been redistributed.
     */
    private void days(List<Touched> touched, ZoneId zone, boolean exact) {
        long[] meters = touched.stream().mapToLong(t -> t.meter().id()).toArray();
        String[] first = touched.stream().map(t -> t.firstDay().toString()).toArray(String[]::new);
        String[] last = touched.stream().map(t -> t.lastDay().toString()).toArray(String[]::new);
        String tz = zone.getId();
        if (exact) {
            jdbc.sql("""
                delete from reading_rollup_day d using unnest(cast(? as bigint[]), cast(? as date[]), cast(? as date[])) as w(meter_id, d0, d1)
                where d.meter_id = w.meter_id and d.day >= w.d0 and d.day <= w.d1""").params(meters, first, last).update();
        }
        jdbc.sql("""
                insert into reading_rollup_day (meter_id, day, consumption, readings)
                select b.meter_id, (b.bucket at time zone ?)::date, sum(b.consumption), sum(b.readings)
                from unnest(cast(? as bigint[]), cast(? as date[]), cast(? as date[])) as w(meter_id, d0, d1)
                join reading_rollup_15m b on b.meter_id = w.meter_id
                     and b.bucket >= (w.d0::timestamp at time zone ?) and b.bucket < ((w.d1 + 1)::timestamp at time zone ?)
                group by 1, 2
                on conflict (meter_id, day) do update set consumption = excluded.consumption, readings = excluded.readings""")
                .params(tz, meters, first, last, tz, tz).update();
    }

    private void months(List<Touched> touched, boolean exact) {
        long[] meters = touched.stream().mapToLong(t -> t.meter().id()).toArray();
        String[] first = touched.stream().map(t -> YearMonth.from(t.firstDay()).atDay(1).toString()).toArray(String[]::new);
        String[] last = touched.stream().map(t -> YearMonth.from(t.lastDay()).atDay(1).toString()).toArray(String[]::new);
        if (exact) {
            jdbc.sql("""
                delete from reading_rollup_month m using unnest(cast(? as bigint[]), cast(? as date[]), cast(? as date[])) as w(meter_id, m0, m1)
                where m.meter_id = w.meter_id and m.month >= w.m0 and m.month <= w.m1""").params(meters, first, last).update();
        }
        jdbc.sql("""
                insert into reading_rollup_month (meter_id, month, consumption, readings)
                select d.meter_id, date_trunc('month', d.day)::date, sum(d.consumption), sum(d.readings)
                from unnest(cast(? as bigint[]), cast(? as date[]), cast(? as date[])) as w(meter_id, m0, m1)
                join reading_rollup_day d on d.meter_id = w.meter_id and d.day >= w.m0 and d.day < (w.m1 + interval '1 month')
                group by 1, 2
                on conflict (meter_id, month) do update set consumption = excluded.consumption, readings = excluded.readings""")
                .params(meters, first, last).update();
    }

    /** Adds the sums to one rollup table (one upsert); {@code key} is the table's time column, made from t.k. */
    private void addTo(String table, String key, String keyFromNumber, Sums sums) {
        jdbc.sql("insert into " + table + " as r (meter_id, " + key + ", consumption, readings) select t.meter_id, " + keyFromNumber
                        + ", t.consumption, t.readings from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as float8[]), "
                        + "cast(? as bigint[])) as t(meter_id, k, consumption, readings) on conflict (meter_id, " + key + ") do update set "
                        + "consumption = r.consumption + excluded.consumption, readings = r.readings + excluded.readings")
                .params(sums.meters(), sums.keys(), sums.consumption(), sums.readings()).update();
    }
}
