package io.autoghg.platform.activity;

import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.UnitException;
import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.activity.ActivityRequests.Correction;
import io.autoghg.platform.activity.ActivityRequests.NewDatum;
import io.autoghg.platform.evidence.Evidence;
import io.autoghg.platform.evidence.EvidenceService;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activity data per source and period with provenance. Nothing is overwritten: a correction marks
 * the old datum CORRECTED and stores a new one that points to it with the reason.
 *
 * <p>Manual entries need evidence (reference architecture 6.4.3.3 b): when {@link #enter},
 * {@link #submit} or {@link #correct} makes a datum of a source whose collection method is MANUAL
 * SUBMITTED, at least one linked evidence record of the plant must cover its whole period, and
 * every linked record must at least overlap it; otherwise the write is refused with a problem at
 * field {@code evidenceIds} that names the dates that disagree, together with the engine's problems,
 * and nothing is stored. Drafts may be saved without evidence. {@link #insert} — used by imports
 * (CSV/XLSX, rows of metered and integrated systems or bulk loads) and the demo seeder — does not
 * apply this rule.
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
    private final ApplicationEventPublisher events;
    private final JdbcTemplate template;
    private final OrganisationService organisation;
    private final SourceService sources;
    private final AccountingInputs inputs;
    private final EvidenceService evidence;
    private final Access access;

    ActivityService(JdbcClient jdbc, JdbcTemplate template, OrganisationService organisation, SourceService sources,
                    AccountingInputs inputs, EvidenceService evidence, ApplicationEventPublisher events, Access access) {
        this.access = access;
        this.events = events;
        this.jdbc = jdbc;
        this.template = template;
        this.organisation = organisation;
        this.sources = sources;
        this.inputs = inputs;
        this.evidence = evidence;
    }

    /**
     * Stores a manual entry after the engine has accepted it together with the stored data, and
     * links its evidence records; a submitted entry of a MANUAL source needs covering evidence.
     */
    @Transactional
    public ActivityDatum enter(String plantCode, NewDatum request, Actor actor) {
        access.require("DRAFT".equals(request.status()) ? Permission.ENTER_DATA : Permission.SUBMIT_DATA, plantCode);
        EmissionSource source = sources.source(plantCode, request.source());
        ActivityRow row = row(request.source(), request.start(), request.end(), request.quantity(), request.unit(), request.item(),
                request.uncertaintyPct());
        boolean draft = "DRAFT".equals(request.status());
        List<Long> evidenceIds = ids(request.evidenceIds());
        List<InputProblem> evidenceProblems = evidenceProblems(plantCode, source, evidenceIds, row.start(), row.end(), !draft);
        if (!draft) {
            check(plantCode, row, List.of(), evidenceProblems);
        } else if (!evidenceProblems.isEmpty()) {
            throw new InvalidInputException(evidenceProblems);
        }
        NewRow newRow = new NewRow(row, source.collectionMethod(), null, null, null, null,
                request.evidenceRefs() == null ? List.of() : request.evidenceRefs(), request.note());
        long id = insert(plantCode, List.of(newRow), actor, draft ? "DRAFT" : "SUBMITTED").get(0);
        evidence.link(id, evidenceIds);
        return datum(plantCode, id);
    }

    /** Submits a draft, checking it like a new entry (its linked evidence included). */
    @Transactional
    public ActivityDatum submit(String plantCode, long id, Actor actor) {
        return submit(plantCode, id, null, actor);
    }

    /**
     * Submits a draft, checking it like a new entry; {@code evidenceIds}, when not null, replace the
     * draft's evidence records first (in the same transaction, so a refusal keeps the old ones).
     */
    @Transactional
    public ActivityDatum submit(String plantCode, long id, List<Long> evidenceIds, Actor actor) {
        access.require(Permission.SUBMIT_DATA, plantCode);
        ActivityDatum datum = datum(plantCode, id);
        if (!"DRAFT".equals(datum.status())) {
            throw new ConflictException("datum " + id + " is " + datum.status() + ", not a draft");
        }
        EmissionSource source = sources.source(plantCode, datum.source());
        ActivityRow row = row(datum.source(), datum.start(), datum.end(), datum.quantity(), datum.unit(), datum.item(),
                datum.uncertaintyPct());
        List<Long> linked = evidence.linked(plantCode, id).stream().map(Evidence::id).toList();
        List<Long> wanted = evidenceIds == null ? linked : ids(evidenceIds);
        check(plantCode, row, List.of(), evidenceProblems(plantCode, source, wanted, row.start(), row.end(), true));
        if (evidenceIds != null) {
            evidence.unlink(id, linked.stream().filter(e -> !wanted.contains(e)).toList());
            evidence.link(id, wanted);
        }
        jdbc.sql("update activity_datum set status = 'SUBMITTED' where id = ?").param(id).update();
        events.publishEvent(new ActivityDataRecorded(plantCode, ActivityDataRecorded.SUBMITTED, List.of(id)));
        return datum(plantCode, id);
    }

    /** Replaces a datum by a corrected one; the old one stays, marked CORRECTED, and the new one points to it. */
    @Transactional
    public ActivityDatum correct(String plantCode, long id, Correction correction, Actor actor) {
        access.require(Permission.SUBMIT_DATA, plantCode);
        ActivityDatum old = datum(plantCode, id);
        if (!"SUBMITTED".equals(old.status())) {
            throw new ConflictException("datum " + id + " is " + old.status() + "; only a submitted datum can be corrected"
                    + (old.correctedById() == null ? "" : " (its correction is datum " + old.correctedById() + ")"));
        }
        ActivityRow row = row(old.source(), correction.start() == null ? old.start() : correction.start(),
                correction.end() == null ? old.end() : correction.end(), correction.quantity(),
                correction.unit() == null ? old.unit() : correction.unit(), old.item(),
                correction.uncertaintyPct() == null ? old.uncertaintyPct() : correction.uncertaintyPct());
        List<Long> evidenceIds = correction.evidenceIds() == null
                ? evidence.linked(plantCode, id).stream().map(Evidence::id).toList() : ids(correction.evidenceIds());
        check(plantCode, row, List.of(id), evidenceProblems(plantCode, sources.source(plantCode, old.source()), evidenceIds,
                row.start(), row.end(), true));
        jdbc.sql("update activity_datum set status = 'CORRECTED' where id = ?").param(id).update();
        List<String> references = correction.evidenceRefs() == null ? old.evidenceRefs() : correction.evidenceRefs();
        long newId = jdbc.sql("""
                insert into activity_datum (plant_id, source_id, period_start, period_end, quantity, unit, item, uncertainty_pct,
                    status, collection_method, entered_by, origin_file, origin_row, origin_meter, corrects_id, correction_reason,
                    evidence_refs)
                select plant_id, source_id, ?, ?, ?, ?, item, ?, 'SUBMITTED', collection_method, ?, origin_file, origin_row,
                       origin_meter, id, ?, ?
                from activity_datum where id = ? returning id""")
                .params(row.start(), row.end(), row.quantity().value(), row.quantity().unit().symbol(), row.uncertaintyPct(),
                        actor.name(), correction.reason(), references.toArray(String[]::new), id)
                .query(Long.class).single();
        evidence.link(newId, evidenceIds);
        events.publishEvent(new ActivityDataRecorded(plantCode, ActivityDataRecorded.CORRECTED, List.of(newId)));
        return datum(plantCode, newId);
    }

    /** Runs the engine's check and reports its problems together with the evidence problems; throws if there are any. */
    private void check(String plantCode, ActivityRow row, List<Long> replaced, List<InputProblem> evidenceProblems) {
        try {
            inputs.check(plantCode, List.of(row), replaced);
        } catch (InvalidInputException e) {
            List<InputProblem> all = new ArrayList<>(e.problems());
            all.addAll(evidenceProblems);
            throw new InvalidInputException(all);
        }
        if (!evidenceProblems.isEmpty()) {
            throw new InvalidInputException(evidenceProblems);
        }
    }

    /**
     * What is wrong with a datum's evidence records: ids the plant does not have; and, for a submitted
     * datum of a MANUAL source, no record covering [start, end) or a record outside that period.
     */
    private List<InputProblem> evidenceProblems(String plantCode, EmissionSource source, List<Long> ids, LocalDate start,
                                                LocalDate end, boolean submitted) {
        List<InputProblem> problems = new ArrayList<>();
        List<Evidence> found = evidence.covering(plantCode, ids);
        for (Long id : ids) {
            if (found.stream().noneMatch(e -> e.id() == id)) {
                problems.add(evidenceProblem("plant " + plantCode + " has no evidence " + id));
            }
        }
        if (!submitted || !"MANUAL".equals(source.collectionMethod()) || !problems.isEmpty()) {
            return problems;
        }
        String period = start + " to " + end;
        if (found.isEmpty()) {
            problems.add(evidenceProblem("a manual entry needs evidence (invoice, stock report …) whose period covers " + period
                    + "; upload it and link it to the entry"));
        } else if (found.stream().noneMatch(e -> e.covers(start, end))) {
            for (Evidence e : found) {
                problems.add(evidenceProblem("evidence " + e.id() + " covers " + e.period() + " but the datum is " + period));
            }
        } else {
            for (Evidence e : found) {
                if (!e.overlaps(start, end)) {
                    problems.add(evidenceProblem("evidence " + e.id() + " covers " + e.period()
                            + ", outside the datum's period " + period + "; link only evidence of this period"));
                }
            }
        }
        return problems;
    }

    private static InputProblem evidenceProblem(String message) {
        return new InputProblem(new SourceLocation("request", 0), "evidenceIds", message);
    }

    private static List<Long> ids(List<Long> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids.stream().filter(id -> id != null).toList()));
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
                    newRow.evidenceRefs().toArray(String[]::new), newRow.note(), row.estimatedBy(),
                    newRow.enteredAt() == null ? null : java.sql.Timestamp.from(newRow.enteredAt())});
        }
        template.batchUpdate("""
                insert into activity_datum (id, plant_id, source_id, period_start, period_end, quantity, unit, item, uncertainty_pct,
                    status, collection_method, entered_by, origin_file, origin_row, origin_meter, import_id, evidence_refs, note,
                    estimation_method, entered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(cast(? as timestamptz), now()))""", batch);
        events.publishEvent(new ActivityDataRecorded(plantCode, ActivityDataRecorded.CREATED, ids));
        return ids;
    }

    public ActivityDatum datum(String plantCode, long id) {
        long plantId = organisation.plant(plantCode).id();
        ActivityDatum datum = jdbc.sql(SELECT + " where d.plant_id = ? and d.id = ?").params(plantId, id).query(this::map).optional()
                .orElseThrow(() -> new NotFoundException("plant " + plantCode + " has no activity datum " + id));
        access.require(Permission.READ, plantCode, datum.start().getYear());
        return datum;
    }

    /** The plant's data with these ids (any status), in id order. */
    public List<ActivityDatum> data(String plantCode, List<Long> ids) {
        long plantId = organisation.plant(plantCode).id();
        return jdbc.sql(SELECT + " where d.plant_id = ? and d.id = any(?) order by d.id").params(plantId, ids.toArray(Long[]::new))
                .query(this::map).list();
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
        access.readableYearsOnly(plantCode).ifPresent(years -> {
            // a verifier invited to one period sees that period's data only
            where.append(" and extract(year from d.period_start)::int = any(?)");
            params.add(years.toArray(Integer[]::new));
        });
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
        access.require(Permission.ENTER_DATA, plantCode, month.getYear());
        long plantId = organisation.plant(plantCode).id();
        jdbc.sql("""
                insert into production_volume (plant_id, month, vehicles) values (?, ?, ?)
                on conflict (plant_id, month) do update set vehicles = excluded.vehicles""")
                .params(plantId, month.atDay(1), vehicles).update();
        return new ProductionMonth(month, vehicles);
    }

    public List<ProductionMonth> production(String plantCode, int year) {
        access.require(Permission.READ, plantCode, year);
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
