package io.autoghg.platform.activity;

import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.UnitException;
import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.activity.ActivityRequests.Correction;
import io.autoghg.platform.activity.ActivityRequests.NewDatum;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.support.NotFoundException;
import io.autoghg.platform.support.Page;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activity data per source and period with provenance. Nothing is overwritten: a correction marks
 * the old datum CORRECTED and stores a new one that points to it with the reason.
 */
@Service
public class ActivityService {
    private static final String SELECT = """
            select d.id, s.code as source, d.period_start, d.period_end, d.quantity, d.unit, d.item, d.uncertainty_pct, d.status,
                   d.collection_method, d.entered_by, d.entered_at, d.origin_file, d.origin_row, d.origin_meter, d.import_id,
                   d.corrects_id, d.correction_reason,
                   (select c.id from activity_datum c where c.corrects_id = d.id) as corrected_by_id,
                   d.evidence_refs, d.note, d.estimation_method
            from activity_datum d join emission_source s on s.id = d.source_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final OrganisationService organisation;
    private final SourceService sources;
    private final AccountingInputs inputs;

    ActivityService(JdbcClient jdbc, JdbcTemplate template, OrganisationService organisation, SourceService sources,
                    AccountingInputs inputs) {
        this.jdbc = jdbc;
        this.template = template;
        this.organisation = organisation;
        this.sources = sources;
        this.inputs = inputs;
    }

    /** Stores a manual entry after the engine has accepted it together with the stored data. */
    @Transactional
    public ActivityDatum enter(String plantCode, NewDatum request, Actor actor) {
        EmissionSource source = sources.source(plantCode, request.source());
        ActivityRow row = row(request.source(), request.start(), request.end(), request.quantity(), request.unit(), request.item(),
                request.uncertaintyPct());
        boolean draft = "DRAFT".equals(request.status());
        if (!draft) {
            inputs.check(plantCode, List.of(row), List.of());
        }
        NewRow newRow = new NewRow(row, source.collectionMethod(), null, null, null, null,
                request.evidenceRefs() == null ? List.of() : request.evidenceRefs(), request.note());
        long id = insert(plantCode, List.of(newRow), actor, draft ? "DRAFT" : "SUBMITTED").get(0);
        return datum(plantCode, id);
    }

    /** Submits a draft, checking it like a new entry. */
    @Transactional
    public ActivityDatum submit(String plantCode, long id, Actor actor) {
        ActivityDatum datum = datum(plantCode, id);
        if (!"DRAFT".equals(datum.status())) {
            throw new ConflictException("datum " + id + " is " + datum.status() + ", not a draft");
        }
        inputs.check(plantCode, List.of(row(datum.source(), datum.start(), datum.end(), datum.quantity(), datum.unit(),
                datum.item(), datum.uncertaintyPct())), List.of());
        jdbc.sql("update activity_datum set status = 'SUBMITTED' where id = ?").param(id).update();
        return datum(plantCode, id);
    }

    /** Replaces a datum by a corrected one; the old one stays, marked CORRECTED, and the new one points to it. */
    @Transactional
    public ActivityDatum correct(String plantCode, long id, Correction correction, Actor actor) {
        ActivityDatum old = datum(plantCode, id);
        if (!"SUBMITTED".equals(old.status())) {
            throw new ConflictException("datum " + id + " is " + old.status() + "; only a submitted datum can be corrected"
                    + (old.correctedById() == null ? "" : " (its correction is datum " + old.correctedById() + ")"));
        }
        ActivityRow row = row(old.source(), correction.start() == null ? old.start() : correction.start(),
                correction.end() == null ? old.end() : correction.end(), correction.quantity(),
                correction.unit() == null ? old.unit() : correction.unit(), old.item(),
                correction.uncertaintyPct() == null ? old.uncertaintyPct() : correction.uncertaintyPct());
        inputs.check(plantCode, List.of(row), List.of(id));
        jdbc.sql("update activity_datum set status = 'CORRECTED' where id = ?").param(id).update();
        List<String> evidence = correction.evidenceRefs() == null ? old.evidenceRefs() : correction.evidenceRefs();
        long newId = jdbc.sql("""
                insert into activity_datum (plant_id, source_id, period_start, period_end, quantity, unit, item, uncertainty_pct,
                    status, collection_method, entered_by, origin_file, origin_row, origin_meter, corrects_id, correction_reason,
                    evidence_refs)
                select plant_id, source_id, ?, ?, ?, ?, item, ?, 'SUBMITTED', collection_method, ?, origin_file, origin_row,
                       origin_meter, id, ?, ?
                from activity_datum where id = ? returning id""")
                .params(row.start(), row.end(), row.quantity().value(), row.quantity().unit().symbol(), row.uncertaintyPct(),
                        actor.name(), correction.reason(), evidence.toArray(String[]::new), id)
                .query(Long.class).single();
        return datum(plantCode, newId);
    }

    /** Stores checked rows in one batch; returns their ids in order. */
    @Transactional
    public List<Long> insert(String plantCode, List<NewRow> rows, Actor actor, String status) {
        long plantId = organisation.plant(plantCode).id();
        Map<String, EmissionSource> byCode = sources.sources(plantCode, false).stream()
                .collect(Collectors.toMap(EmissionSource::code, Function.identity()));
        List<Long> ids = jdbc.sql("select nextval('activity_datum_id_seq') from generate_series(1, ?)").param(rows.size())
                .query(Long.class).list();
        List<Object[]> batch = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            NewRow newRow = rows.get(i);
            ActivityRow row = newRow.row();
            EmissionSource source = byCode.get(row.source());
            if (source == null) {
                throw new BadRequestException("source", "plant " + plantCode + " has no source '" + row.source() + "'");
            }
            batch.add(new Object[] {ids.get(i), plantId, source.id(), row.start(), row.end(), row.quantity().value(),
                    row.quantity().unit().symbol(), row.item(), row.uncertaintyPct(), status,
                    newRow.collectionMethod() == null ? source.collectionMethod() : newRow.collectionMethod(), actor.name(),
                    newRow.originFile(), newRow.originRow(), newRow.originMeter(), newRow.importId(),
                    newRow.evidenceRefs().toArray(String[]::new), newRow.note(), row.estimatedBy()});
        }
        template.batchUpdate("""
                insert into activity_datum (id, plant_id, source_id, period_start, period_end, quantity, unit, item, uncertainty_pct,
                    status, collection_method, entered_by, origin_file, origin_row, origin_meter, import_id, evidence_refs, note,
                    estimation_method)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
        return ids;
    }

    public ActivityDatum datum(String plantCode, long id) {
        long plantId = organisation.plant(plantCode).id();
        return jdbc.sql(SELECT + " where d.plant_id = ? and d.id = ?").params(plantId, id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("plant " + plantCode + " has no activity datum " + id));
    }

    /** The datum and every datum it replaced, newest first. */
    public List<ActivityDatum> history(String plantCode, long id) {
        List<ActivityDatum> chain = new ArrayList<>();
        ActivityDatum current = datum(plantCode, id);
        chain.add(current);
        while (current.correctsId() != null) {
            current = datum(plantCode, current.correctsId());
            chain.add(current);
        }
        return chain;
    }

    public Page<ActivityDatum> list(String plantCode, String source, LocalDate from, LocalDate to, String status, int page,
                                    int size) {
        long plantId = organisation.plant(plantCode).id();
        StringBuilder where = new StringBuilder(" where d.plant_id = ?");
        List<Object> params = new ArrayList<>(List.of(plantId));
        if (source != null) {
            where.append(" and s.code = ?");
            params.add(source);
        }
        if (from != null) {
            where.append(" and d.period_end > ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" and d.period_start < ?");
            params.add(to);
        }
        if (status != null) {
            where.append(" and d.status = ?");
            params.add(status);
        }
        long total = jdbc.sql("select count(*) from activity_datum d join emission_source s on s.id = d.source_id" + where)
                .params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(Page.clamp(size));
        pageParams.add(Page.offset(page, size));
        List<ActivityDatum> items = jdbc.sql(SELECT + where + " order by d.period_start, s.code, d.item, d.id limit ? offset ?")
                .params(pageParams).query(this::map).list();
        return new Page<>(items, page, Page.clamp(size), total);
    }

    @Transactional
    public ProductionMonth setProduction(String plantCode, YearMonth month, int vehicles) {
        long plantId = organisation.plant(plantCode).id();
        jdbc.sql("""
                insert into production_volume (plant_id, month, vehicles) values (?, ?, ?)
                on conflict (plant_id, month) do update set vehicles = excluded.vehicles""")
                .params(plantId, month.atDay(1), vehicles).update();
        return new ProductionMonth(month, vehicles);
    }

    public List<ProductionMonth> production(String plantCode, int year) {
        long plantId = organisation.plant(plantCode).id();
        return jdbc.sql("select month, vehicles from production_volume where plant_id = ? and extract(year from month) = ? order by month")
                .params(plantId, year)
                .query((rs, n) -> new ProductionMonth(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getInt(2))).list();
    }

    private static ActivityRow row(String source, LocalDate start, LocalDate end, java.math.BigDecimal quantity, String unit,
                                   String item, java.math.BigDecimal uncertainty) {
        if (!end.isAfter(start)) {
            throw new BadRequestException("end", "end " + end + " is not after start " + start + " (end is exclusive)");
        }
        try {
            return new ActivityRow(source, start, end, new Quantity(quantity, Units.parse(unit)), item, uncertainty,
                    new SourceLocation("request", 0));
        } catch (UnitException e) {
            throw new BadRequestException("unit", e.getMessage());
        }
    }

    private ActivityDatum map(ResultSet rs, int rowNum) throws SQLException {
        Array evidence = rs.getArray("evidence_refs");
        Timestamp enteredAt = rs.getTimestamp("entered_at");
        return new ActivityDatum(rs.getLong("id"), rs.getString("source"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getBigDecimal("quantity"), rs.getString("unit"),
                rs.getString("item"), rs.getBigDecimal("uncertainty_pct"), rs.getString("status"),
                rs.getString("collection_method"), rs.getString("entered_by"), enteredAt.toInstant(),
                rs.getString("origin_file"), (Integer) rs.getObject("origin_row"), rs.getString("origin_meter"),
                (Long) rs.getObject("import_id"), (Long) rs.getObject("corrects_id"), rs.getString("correction_reason"),
                (Long) rs.getObject("corrected_by_id"),
                evidence == null ? List.of() : Arrays.asList((String[]) evidence.getArray()), rs.getString("note"),
                rs.getString("estimation_method"));
    }
}
