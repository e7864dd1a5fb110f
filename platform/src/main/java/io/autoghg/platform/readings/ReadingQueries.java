package io.autoghg.platform.readings;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.support.BadRequestException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads raw readings, their corrections, rollups and each meter's ingest status (all need READ on the plant). */
@Service
public class ReadingQueries {
    private final Access access;
    private final Meters meters;
    private final JdbcClient jdbc;
    private final io.autoghg.platform.organisation.OrganisationService organisation;

    ReadingQueries(Access access, Meters meters, JdbcClient jdbc, io.autoghg.platform.organisation.OrganisationService organisation) {
        this.organisation = organisation;
        this.access = access;
        this.meters = meters;
        this.jdbc = jdbc;
    }

    public record StoredReading(Instant ts, double value, String quality, String origin, Instant receivedAt) {
    }

    public record ReplacedReading(Instant ts, double value, String quality, String origin, Instant receivedAt, Instant replacedAt,
                                  String replacedByOrigin) {
    }

    /** Raw readings of a meter in [from, to), oldest first, and the values corrections replaced. */
    public record Readings(String meter, String unit, List<StoredReading> readings, List<ReplacedReading> corrections) {
    }

    /** One rollup bucket: its start (an instant for 15m; a local date or month's first day otherwise), consumption and raw readings. */
    public record RollupBucket(String start, double consumption, int readings) {
    }

    public record Rollup(String meter, String unit, String grain, List<RollupBucket> buckets) {
    }

    /** What the service knows of a meter's feed: the latest reading, counts, the last problem. */
    public record MeterStatus(String meter, String unit, String orgUnit, String kind, Instant lastTs, Double lastValue,
                              Instant lastReceived, long readings, long rejected, String lastError, Instant lastErrorAt) {
    }

    public Readings readings(String plantCode, String meterCode, OffsetDateTime from, OffsetDateTime to, int limit) {
        access.require(Permission.READ, plantCode);
        MeterInfo meter = meter(plantCode, meterCode);
        OffsetDateTime start = from == null ? OffsetDateTime.parse("2000-01-01T00:00:00Z") : from;
        OffsetDateTime end = to == null ? OffsetDateTime.parse("9999-01-01T00:00:00Z") : to;
        int max = Math.min(Math.max(limit, 1), 100_000);
        List<StoredReading> rows = jdbc.sql("""
                select ts, value, quality, origin, received_at from reading where meter_id = ? and ts >= ? and ts < ? order by ts limit ?""")
                .params(meter.id(), start, end, max)
                .query((rs, n) -> new StoredReading(instant(rs, 1), rs.getDouble(2), rs.getString(3), rs.getString(4), instant(rs, 5)))
                .list();
        List<ReplacedReading> corrections = jdbc.sql("""
                select ts, value, quality, origin, received_at, replaced_at, replaced_by_origin from reading_correction
                where meter_id = ? and ts >= ? and ts < ? order by ts, replaced_at limit ?""")
                .params(meter.id(), start, end, max)
                .query((rs, n) -> new ReplacedReading(instant(rs, 1), rs.getDouble(2), rs.getString(3), rs.getString(4), instant(rs, 5),
                        instant(rs, 6), rs.getString(7))).list();
        return new Readings(meter.code(), meter.unit().symbol(), rows, corrections);
    }

    public Rollup rollup(String plantCode, String meterCode, String grain, LocalDate from, LocalDate to) {
        access.require(Permission.READ, plantCode);
        MeterInfo meter = meter(plantCode, meterCode);
        LocalDate start = from == null ? LocalDate.of(2000, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(9999, 1, 1) : to;
        List<RollupBucket> buckets = switch (grain == null ? "day" : grain) {
            case "15m" -> jdbc.sql("""
                    select b.bucket, b.consumption, b.readings from reading_rollup_15m b
                    where b.meter_id = ? and b.bucket >= (cast(? as date)::timestamp at time zone ?)
                      and b.bucket < (cast(? as date)::timestamp at time zone ?) order by b.bucket limit 100000""")
                    .params(meter.id(), start, zone(plantCode), end, zone(plantCode))
                    .query((rs, n) -> new RollupBucket(instant(rs, 1).toString(), rs.getDouble(2), rs.getInt(3))).list();
            case "day" -> jdbc.sql("select day, consumption, readings from reading_rollup_day where meter_id = ? and day >= ? and day < ? order by day")
                    .params(meter.id(), start, end)
                    .query((rs, n) -> new RollupBucket(rs.getObject(1, LocalDate.class).toString(), rs.getDouble(2), rs.getInt(3))).list();
            case "month" -> jdbc.sql("select month, consumption, readings from reading_rollup_month where meter_id = ? and month >= ? and month < ? order by month")
                    .params(meter.id(), start, end)
                    .query((rs, n) -> new RollupBucket(rs.getObject(1, LocalDate.class).toString().substring(0, 7), rs.getDouble(2),
                            rs.getInt(3))).list();
            default -> throw new BadRequestException("grain", "grain must be 15m, day or month");
        };
        return new Rollup(meter.code(), meter.unit().symbol(), grain == null ? "day" : grain, buckets);
    }

    /** The ingest status of every meter of the plant, by code. */
    public List<MeterStatus> status(String plantCode) {
        access.require(Permission.READ, plantCode);
        Map<String, MeterInfo> plantMeters = meters.of(plantCode);
        Map<Long, MeterStatus> stored = new java.util.HashMap<>();
        jdbc.sql("""
                select meter_id, last_ts, last_value, last_received, readings, rejected, last_error, last_error_at
                from meter_ingest_status where meter_id = any(?)""")
                .param(plantMeters.values().stream().mapToLong(MeterInfo::id).toArray())
                .query((rs, n) -> stored.put(rs.getLong(1), new MeterStatus(null, null, null, null, instant(rs, 2),
                        (Double) rs.getObject(3), instant(rs, 4), rs.getLong(5), rs.getLong(6), rs.getString(7), instant(rs, 8)))).list();
        return plantMeters.values().stream().map(meter -> {
            MeterStatus s = stored.get(meter.id());
            String kind = meter.cumulative() ? "CUMULATIVE" : "INTERVAL";
            return s == null ? new MeterStatus(meter.code(), meter.unit().symbol(), meter.orgUnit(), kind, null, null, null, 0, 0, null, null)
                    : new MeterStatus(meter.code(), meter.unit().symbol(), meter.orgUnit(), kind, s.lastTs(), s.lastValue(), s.lastReceived(),
                    s.readings(), s.rejected(), s.lastError(), s.lastErrorAt());
        }).toList();
    }

    MeterStatus status(String plantCode, String meterCode) {
        return status(plantCode).stream().filter(s -> s.meter().equals(meterCode)).findFirst().orElse(null);
    }

    private MeterInfo meter(String plantCode, String meterCode) {
        MeterInfo meter = meters.of(plantCode).get(meterCode);
        if (meter == null) {
            throw new io.autoghg.platform.support.NotFoundException("plant " + plantCode + " has no meter '" + meterCode + "'");
        }
        return meter;
    }

    private String zone(String plantCode) {
        return organisation.plant(plantCode).timezone();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        java.sql.Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
