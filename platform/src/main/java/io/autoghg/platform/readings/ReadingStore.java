package io.autoghg.platform.readings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores checked readings idempotently on (meter, instant): a new key is inserted; the same value
 * again is a duplicate and changes nothing; a different value replaces the stored one, which is kept
 * in reading_correction with when and from where it was replaced. When none of the batch's meters has
 * a stored reading within the batch's time span (the usual case: new readings), the rows are written
 * with COPY; otherwise with one multi-row INSERT … ON CONFLICT DO NOTHING (arrays as parameters), and
 * the stored values are read back only when some rows were not new. Runs inside the caller's
 * transaction, under a per-plant lock (so nothing else can write these meters meanwhile).
 */
@Component
class ReadingStore {
    private static final int LOCK_SPACE = 0x72656164; // "read"

    private final JdbcClient jdbc;
    private final javax.sql.DataSource dataSource;

    ReadingStore(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /**
     * What storing did: readings inserted or replaced (they change rollups), and the counts. {@code allNew}: every
     * reading of the batch was a new key, so the rollups can simply be added to.
     */
    record Stored(List<Reading> changed, int inserted, int duplicates, int corrections, boolean allNew) {
    }

    /** Serialises the writers of one plant's readings until the transaction ends. */
    void lock(long plantId) {
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(LOCK_SPACE, (int) plantId).query(Object.class).list();
    }

    /**
     * Lets writers of new readings only ({@link #storeNew}) run side by side until the transaction ends; it
     * excludes, and waits for, the writers that hold {@link #lock}.
     */
    void lockShared(long plantId) {
        jdbc.sql("select pg_advisory_xact_lock_shared(?, ?)").params(LOCK_SPACE, (int) plantId).query(Object.class).list();
    }

    /**
     * The batch is not new readings only (a key twice, a stored reading in its span, or a key that another
     * writer stored meanwhile): nothing of it is kept; store it again under the exclusive lock.
     */
    static final class NotOnlyNew extends RuntimeException {
        NotOnlyNew(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * Stores a batch of new keys with COPY, under the shared lock; throws {@link NotOnlyNew} when it is not
     * one (then the transaction must be rolled back). A writer beside this one may have stored, but not yet
     * committed, one of these keys: COPY then waits for it and fails on the key, which is the same answer.
     */
    Stored storeNew(List<Reading> readings, String origin) {
        if (readings.isEmpty()) {
            return new Stored(List.of(), 0, 0, 0, true);
        }
        if (rounds(readings).size() > 1) {
            throw new NotOnlyNew("a key twice in the batch");
        }
        if (!nothingStoredAround(readings)) {
            throw new NotOnlyNew("stored readings in the batch's span");
        }
        return new Stored(readings, copy(readings, origin), 0, 0, true);
    }

    Stored store(List<Reading> readings, String origin) {
        List<Reading> changed = new ArrayList<>(readings.size());
        int inserted = 0;
        int duplicates = 0;
        int corrections = 0;
        List<List<Reading>> rounds = rounds(readings);
        for (List<Reading> round : rounds) {
            int newRows = nothingStoredAround(round) ? copy(round, origin) : insert(round, origin);
            int corrected = newRows == round.size() ? 0 : correct(round, origin);
            inserted += newRows;
            corrections += corrected;
            duplicates += round.size() - newRows - corrected;
            if (newRows + corrected > 0) {
                changed.addAll(round); // duplicates among them change nothing; recomputing their buckets is harmless
            }
        }
        return new Stored(changed, inserted, duplicates, corrections, rounds.size() == 1 && inserted == readings.size());
    }

    /**
     * Splits a batch so that no round has the same meter and instant twice: the first occurrences,
     * then the second ones (which are then duplicates or corrections of the first), and so on.
     */
    private static List<List<Reading>> rounds(List<Reading> readings) {
        List<List<Reading>> rounds = new ArrayList<>();
        Map<Long, Set<Long>> seen = new HashMap<>();
        List<Reading> first = new ArrayList<>(readings.size());
        List<Reading> later = null;
        for (Reading reading : readings) {
            if (seen.computeIfAbsent(reading.meter().id(), id -> new HashSet<>()).add(reading.micros())) {
                first.add(reading);
            } else {
                later = later == null ? new ArrayList<>() : later;
                later.add(reading);
            }
        }
        rounds.add(first);
        if (later != null) {
            rounds.addAll(rounds(later));
        }
        return rounds;
    }

    /** Whether none of the round's meters has a stored reading between the round's first and last instant. */
    private boolean nothingStoredAround(List<Reading> round) {
        long min = round.stream().mapToLong(Reading::micros).min().orElseThrow();
        long max = round.stream().mapToLong(Reading::micros).max().orElseThrow();
        long[] meters = round.stream().mapToLong(r -> r.meter().id()).distinct().toArray();
        return !jdbc.sql("select exists (select 1 from reading where meter_id = any(?) and ts >= ? and ts <= ?)")
                .params(meters, Rollups.ts(min), Rollups.ts(max)).query(Boolean.class).single();
    }

    /**
     * COPY of rows known to be new (on the transaction's connection), in PostgreSQL's binary COPY format:
     * the server then parses no timestamp or number text, and the service formats none.
     */
    private int copy(List<Reading> round, String origin) {
        byte[] rows = BinaryCopy.rows(round, origin);
        java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try {
            long copied = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI()
                    .copyIn("copy reading (meter_id, ts, value, quality, origin) from stdin with (format binary)",
                            new java.io.ByteArrayInputStream(rows));
            return (int) copied;
        } catch (java.sql.SQLException e) {
            if ("23505".equals(e.getSQLState()) || "40P01".equals(e.getSQLState())) { // a key stored meanwhile; a deadlock over keys
                throw new NotOnlyNew(e.getMessage());
            }
            throw new org.springframework.dao.DataAccessResourceFailureException("COPY of readings failed: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new org.springframework.dao.DataAccessResourceFailureException("COPY of readings failed: " + e.getMessage(), e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private int insert(List<Reading> round, String origin) {
        return jdbc.sql("""
                with ins as (
                    insert into reading (meter_id, ts, value, quality, origin)
                    select t.meter_id, timestamptz 'epoch' + t.micros * interval '1 microsecond', t.value, t.quality, ?
                    from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as float8[]), cast(? as text[])) as t(meter_id, micros, value, quality)
                    on conflict (meter_id, ts) do nothing
                    returning 1)
                select count(*) from ins""")
                .params(origin, meterIds(round), micros(round), values(round), qualities(round))
                .query(Integer.class).single();
    }

    /** Replaces stored readings whose value or quality differs from the round's, keeping the old ones; returns how many. */
    private int correct(List<Reading> round, String origin) {
        long min = round.stream().mapToLong(Reading::micros).min().orElseThrow();
        long max = round.stream().mapToLong(Reading::micros).max().orElseThrow();
        List<Integer> positions = jdbc.sql("""
                select t.n from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as float8[]), cast(? as text[])) with ordinality
                     as t(meter_id, micros, value, quality, n)
                join reading r on r.meter_id = t.meter_id and r.ts = timestamptz 'epoch' + t.micros * interval '1 microsecond'
                where r.ts >= ? and r.ts <= ? and (r.value <> t.value or r.quality <> t.quality)""")
                .params(meterIds(round), micros(round), values(round), qualities(round), Rollups.ts(min), Rollups.ts(max))
                .query(Integer.class).list();
        if (positions.isEmpty()) {
            return 0;
        }
        List<Reading> changed = positions.stream().map(position -> round.get(position - 1)).toList();
        jdbc.sql("""
                insert into reading_correction (meter_id, ts, value, quality, origin, received_at, replaced_by_origin)
                select r.meter_id, r.ts, r.value, r.quality, r.origin, r.received_at, ?
                from unnest(cast(? as bigint[]), cast(? as bigint[])) as t(meter_id, micros)
                join reading r on r.meter_id = t.meter_id and r.ts = timestamptz 'epoch' + t.micros * interval '1 microsecond'
                where r.ts >= ? and r.ts <= ?""")
                .params(origin, meterIds(changed), micros(changed), Rollups.ts(min), Rollups.ts(max)).update();
        jdbc.sql("""
                update reading r set value = t.value, quality = t.quality, origin = ?, received_at = now()
                from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as float8[]), cast(? as text[])) as t(meter_id, micros, value, quality)
                where r.meter_id = t.meter_id and r.ts = timestamptz 'epoch' + t.micros * interval '1 microsecond'
                  and r.ts >= ? and r.ts <= ?""")
                .params(origin, meterIds(changed), micros(changed), values(changed), qualities(changed), Rollups.ts(min), Rollups.ts(max))
                .update();
        return changed.size();
    }

    private static long[] meterIds(List<Reading> readings) {
        long[] ids = new long[readings.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = readings.get(i).meter().id();
        }
        return ids;
    }

    private static long[] micros(List<Reading> readings) {
        long[] micros = new long[readings.size()];
        for (int i = 0; i < micros.length; i++) {
            micros[i] = readings.get(i).micros();
        }
        return micros;
    }

    private static double[] values(List<Reading> readings) {
        double[] values = new double[readings.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = readings.get(i).value();
        }
        return values;
    }

    private static String[] qualities(List<Reading> readings) {
        String[] qualities = new String[readings.size()];
        for (int i = 0; i < qualities.length; i++) {
            qualities[i] = readings.get(i).quality();
        }
        return qualities;
    }
}
