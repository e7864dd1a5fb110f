package io.autoghg.platform.readings;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Per meter: the latest reading, how many readings came and were rejected, and the last problem (the live view shows them). */
@Component
class IngestStatus {
    private final JdbcClient jdbc;

    IngestStatus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final class Tally {
        long lastMicros = Long.MIN_VALUE;
        double lastValue;
        long readings;
        long rejected;
        String error;
    }

    /** Adds a checked batch; rejected readings of unknown meters are not counted anywhere but in the answer. */
    void record(ReadingChecks.Checked checked, Map<String, MeterInfo> meters) {
        Map<Long, Tally> tallies = new java.util.TreeMap<>(); // in meter order: writers side by side upsert the rows in one order
        for (Reading reading : checked.accepted()) {
            Tally tally = tallies.computeIfAbsent(reading.meter().id(), id -> new Tally());
            tally.readings++;
            if (reading.micros() > tally.lastMicros) {
                tally.lastMicros = reading.micros();
                tally.lastValue = reading.value();
            }
        }
        for (Rejection rejection : checked.rejected()) {
            MeterInfo meter = rejection.meter() == null ? null : meters.get(rejection.meter());
            if (meter != null) {
                Tally tally = tallies.computeIfAbsent(meter.id(), id -> new Tally());
                tally.rejected++;
                tally.error = "row " + rejection.row() + " [" + rejection.field() + "]: " + rejection.reason();
            }
        }
        if (tallies.isEmpty()) {
            return;
        }
        int n = tallies.size();
        long[] ids = new long[n];
        String[] lastTs = new String[n];
        Double[] lastValues = new Double[n];
        long[] readings = new long[n];
        long[] rejected = new long[n];
        String[] errors = new String[n];
        int i = 0;
        for (Map.Entry<Long, Tally> entry : tallies.entrySet()) {
            Tally tally = entry.getValue();
            ids[i] = entry.getKey();
            lastTs[i] = tally.readings == 0 ? null : Rollups.ts(tally.lastMicros).toString();
            lastValues[i] = tally.readings == 0 ? null : tally.lastValue;
            readings[i] = tally.readings;
            rejected[i] = tally.rejected;
            errors[i] = tally.error;
            i++;
        }
        jdbc.sql("""
                insert into meter_ingest_status as s (meter_id, last_ts, last_value, last_received, readings, rejected, last_error, last_error_at)
                select t.meter_id, t.last_ts, t.last_value, case when t.readings > 0 then now() end, t.readings, t.rejected, t.error,
                       case when t.error is not null then now() end
                from unnest(cast(? as bigint[]), cast(? as timestamptz[]), cast(? as float8[]), cast(? as bigint[]), cast(? as bigint[]),
                            cast(? as text[])) as t(meter_id, last_ts, last_value, readings, rejected, error)
                on conflict (meter_id) do update set
                    last_value = case when excluded.last_ts > s.last_ts or s.last_ts is null then excluded.last_value else s.last_value end,
                    last_ts = greatest(s.last_ts, excluded.last_ts),
                    last_received = coalesce(excluded.last_received, s.last_received),
                    readings = s.readings + excluded.readings,
                    rejected = s.rejected + excluded.rejected,
                    last_error = coalesce(excluded.last_error, s.last_error),
                    last_error_at = coalesce(excluded.last_error_at, s.last_error_at)""")
                .params(ids, lastTs, lastValues, readings, rejected, errors).update();
    }
}
