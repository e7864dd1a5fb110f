package io.autoghg.platform.readings;

import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.support.NotFoundException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How a meter's readings count: INTERVAL or CUMULATIVE (with the register's rollover value), and the
 * replacements of a cumulative meter. Changing either recomputes the meter's rollups and the activity
 * data they feed.
 */
@Service
public class MeterRegisters {
    private final Access access;
    private final OrganisationService organisation;
    private final Meters meters;
    private final ReadingsService readings;
    private final JdbcClient jdbc;

    MeterRegisters(Access access, OrganisationService organisation, Meters meters, ReadingsService readings, JdbcClient jdbc) {
        this.access = access;
        this.organisation = organisation;
        this.meters = meters;
        this.readings = readings;
        this.jdbc = jdbc;
    }

    /** A replacement: when, the old register's final and the new one's first reading. */
    public record Replacement(long id, Instant at, double finalReading, double firstReading, String note, String recordedBy,
                              Instant recordedAt) {
    }

    /** A meter's register settings, replacements and ingest status. */
    public record Register(String meter, String unit, String kind, Double rollover, List<Replacement> replacements,
                           ReadingQueries.MeterStatus status) {
    }

    /** Body of PUT …/register. */
    public record RegisterRequest(String kind, Double rollover) {
    }

    /** Body of POST …/replacements. */
    public record ReplacementRequest(String at, Double finalReading, Double firstReading, String note) {
    }

    MeterInfo meter(String plantCode, String meterCode) {
        MeterInfo meter = meters.of(plantCode).get(meterCode);
        if (meter == null) {
            throw new NotFoundException("plant " + plantCode + " has no meter '" + meterCode + "'");
        }
        return meter;
    }

    public Register register(String plantCode, String meterCode, ReadingQueries queries) {
        access.require(Permission.READ, plantCode);
        MeterInfo meter = meter(plantCode, meterCode);
        List<Replacement> replacements = jdbc.sql("""
                select id, replaced_at, final_reading, first_reading, note, recorded_by, recorded_at from meter_replacement
                where meter_id = ? order by replaced_at""").param(meter.id())
                .query((rs, n) -> new Replacement(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getDouble(3), rs.getDouble(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
        return new Register(meter.code(), meter.unit().symbol(), meter.cumulative() ? "CUMULATIVE" : "INTERVAL", meter.rollover(),
                replacements, queries.status(plantCode, meterCode));
    }

    /** Sets the kind (and rollover) and recomputes the meter's rollups over all its readings. */
    public IngestOutcome.Activity setRegister(String plantCode, String meterCode, RegisterRequest request, Actor actor) {
        access.require(Permission.MANAGE_SETUP, plantCode);
        MeterInfo meter = meter(plantCode, meterCode);
        String kind = request == null || request.kind() == null ? null : request.kind().strip().toUpperCase(java.util.Locale.ROOT);
        if (!"INTERVAL".equals(kind) && !"CUMULATIVE".equals(kind)) {
            throw new BadRequestException("kind", "kind must be INTERVAL (each reading is the consumption of its interval) or "
                    + "CUMULATIVE (a register that counts up)");
        }
        if (request.rollover() != null && !(request.rollover() > 0 && Double.isFinite(request.rollover()))) {
            throw new BadRequestException("rollover", "the rollover value must be a positive number (e.g. 1000000 for a six-digit register)");
        }
        if ("INTERVAL".equals(kind) && request.rollover() != null) {
            throw new BadRequestException("rollover", "only a cumulative register has a rollover value");
        }
        jdbc.sql("""
                insert into meter_register (meter_id, kind, rollover, updated_by) values (?, ?, ?, ?)
                on conflict (meter_id) do update set kind = excluded.kind, rollover = excluded.rollover, updated_at = now(),
                    updated_by = excluded.updated_by""")
                .params(meter.id(), kind, request.rollover(), actor.name()).update();
        long[] range = jdbc.sql("select (extract(epoch from min(ts)) * 1000000)::bigint, (extract(epoch from max(ts)) * 1000000)::bigint "
                        + "from reading where meter_id = ? having count(*) > 0").param(meter.id())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional().orElse(null);
        return range == null ? IngestOutcome.Activity.none() : readings.rebuild(plant(plantCode), meter, range[0], range[1]);
    }

    /** Records a replacement of a cumulative meter and recomputes around it. */
    public Replacement replace(String plantCode, String meterCode, ReplacementRequest request, Actor actor) {
        access.require(Permission.MANAGE_SETUP, plantCode);
        MeterInfo meter = meter(plantCode, meterCode);
        if (!meter.cumulative()) {
            throw new ConflictException("meter " + meterCode + " is an INTERVAL meter; a replacement is recorded for a CUMULATIVE register "
                    + "(PUT …/register {\"kind\":\"CUMULATIVE\"} first)");
        }
        if (request == null || request.at() == null) {
            throw new BadRequestException("at", "the time of the replacement is required (ISO 8601, e.g. 2025-03-01T10:00:00+08:00)");
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(request.at().strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("at", "'" + request.at() + "' is not a timestamp with an offset (e.g. 2025-03-01T10:00:00+08:00)");
        }
        check("finalReading", request.finalReading());
        check("firstReading", request.firstReading());
        long id;
        try {
            id = jdbc.sql("""
                    insert into meter_replacement (meter_id, replaced_at, final_reading, first_reading, note, recorded_by)
                    values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(meter.id(), Rollups.ts(Reading.micros(at)), request.finalReading(), request.firstReading(), request.note(),
                            actor.name()).query(Long.class).single();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException("meter " + meterCode + " has a replacement at " + at + " already");
        }
        long micros = Reading.micros(at);
        readings.rebuild(plant(plantCode), meter, micros, micros);
        return jdbc.sql("select id, replaced_at, final_reading, first_reading, note, recorded_by, recorded_at from meter_replacement where id = ?")
                .param(id).query((rs, n) -> new Replacement(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getDouble(3), rs.getDouble(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).single();
    }

    private static void check(String field, Double value) {
        if (value == null || !Double.isFinite(value) || value < 0) {
            throw new BadRequestException(field, field + " must be a number ≥ 0 (the register's value)");
        }
    }

    private Plant plant(String plantCode) {
        return organisation.plant(plantCode);
    }

}
