package io.autoghg.platform.verification;

import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.evidence.Evidence;
import io.autoghg.platform.evidence.EvidenceService;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.support.NotFoundException;
import io.autoghg.platform.verification.Finding.Comment;
import io.autoghg.platform.verification.Finding.Severity;
import io.autoghg.platform.verification.Finding.Status;
import io.autoghg.platform.verification.Finding.SubjectKind;
import io.autoghg.platform.verification.VerificationRequests.Closing;
import io.autoghg.platform.verification.VerificationRequests.NewComment;
import io.autoghg.platform.verification.VerificationRequests.NewFinding;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Findings and their threads: the verifier opens a finding on a datum, source or factor (or asks for
 * evidence), the plant answers with comments, corrections and evidence and marks it responded, and
 * the verifier closes it as accepted or rejected with a resolution.
 */
@Service
public class Findings {
    private static final Logger log = LoggerFactory.getLogger(Findings.class);
    private static final String SELECT = """
            select id, subject_kind, subject_ref, title, severity, status, resolution, opened_by, opened_at, closed_by, closed_at
            from finding""";

    private final JdbcClient jdbc;
    private final Access access;
    private final VerificationPeriods periods;
    private final ActivityService activity;
    private final SourceService sources;
    private final EvidenceService evidence;
    private final ApplicationEventPublisher events;

    Findings(JdbcClient jdbc, Access access, VerificationPeriods periods, ActivityService activity, SourceService sources,
             EvidenceService evidence, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.periods = periods;
        this.activity = activity;
        this.sources = sources;
        this.evidence = evidence;
        this.events = events;
    }

    @Transactional
    public Finding open(String plant, int year, NewFinding request, Actor actor) {
        access.require(Permission.VERIFY, plant, year);
        SubjectKind kind = VerificationPeriods.parse(SubjectKind.class, "subjectKind", request.subjectKind());
        Severity severity = request.severity() == null || request.severity().isBlank() ? Severity.MINOR
                : VerificationPeriods.parse(Severity.class, "severity", request.severity());
        String title = VerificationPeriods.required("title", request.title());
        String text = VerificationPeriods.required("text", request.text());
        long plantId = periods.plantId(plant, year);
        String subject = subject(plant, year, kind, request.subjectRef());
        periods.requireNotClosed(plant, year);
        Instant now = now();
        long id = jdbc.sql("""
                        insert into finding (plant_id, year, subject_kind, subject_ref, title, severity, opened_by, opened_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(plantId, year, kind.name(), subject, title, severity.name(), actor.name(), Timestamp.from(now)).query(Long.class)
                .single();
        addComment(id, actor, now, "OPENED", text, List.of(), null);
        log.info("event=finding-opened plant={} year={} finding={} subject={}:{} severity={}", plant, year, id, kind, subject, severity);
        return finding(plantId, plant, year, id);
    }

    /** The year's findings, oldest first; {@code status} (optional) filters. */
    public List<Finding> findings(String plant, int year, String status) {
        access.require(Permission.READ, plant, year);
        Status wanted = status == null || status.isBlank() ? null : VerificationPeriods.parse(Status.class, "status", status);
        long plantId = periods.plantId(plant, year);
        return jdbc.sql(SELECT + " where plant_id = ? and year = ? and (cast(? as text) is null or status = ?) order by id")
                .params(plantId, year, wanted == null ? null : wanted.name(), wanted == null ? null : wanted.name())
                .query((rs, n) -> row(rs, plant, year)).list().stream().map(f -> withThread(f)).toList();
    }

    public Finding finding(String plant, int year, long id) {
        access.require(Permission.READ, plant, year);
        return finding(periods.plantId(plant, year), plant, year, id);
    }

    /** A comment by the verifier or by the plant's data entry or accountants; the status stays as it is. */
    @Transactional
    public Finding comment(String plant, int year, long id, NewComment request, Actor actor) {
        if (!access.can(Permission.VERIFY, plant, year)) {
            access.require(Permission.ENTER_DATA, plant, year);
        }
        return addToThread(plant, year, id, request, actor, "COMMENT", null);
    }

    /** The plant's answer (e.g. after a correction or with the evidence asked for): the finding becomes RESPONDED. */
    @Transactional
    public Finding respond(String plant, int year, long id, NewComment request, Actor actor) {
        access.require(Permission.SUBMIT_DATA, plant, year);
        return addToThread(plant, year, id, request, actor, "RESPONSE", Status.RESPONDED);
    }

    /** The verifier closes the finding: ACCEPTED (satisfied) or REJECTED (not satisfied), with the resolution. */
    @Transactional
    public Finding close(String plant, int year, long id, Closing request, Actor actor) {
        access.require(Permission.VERIFY, plant, year);
        Status status = VerificationPeriods.parse(Status.class, "status", request.status());
        if (!status.closed()) {
            throw new BadRequestException("status", "a finding is closed as ACCEPTED or REJECTED, not " + status);
        }
        String resolution = VerificationPeriods.required("resolution", request.resolution());
        long plantId = periods.plantId(plant, year);
        Finding finding = stillOpen(plantId, plant, year, id);
        Instant now = now();
        jdbc.sql("update finding set status = ?, resolution = ?, closed_by = ?, closed_at = ? where id = ?")
                .params(status.name(), resolution, actor.name(), Timestamp.from(now), finding.id()).update();
        addComment(id, actor, now, "CLOSED", resolution, List.of(), null);
        Finding closed = finding(plantId, plant, year, id);
        events.publishEvent(new FindingResolved(plant, year, closed));
        log.info("event=finding-closed plant={} year={} finding={} status={}", plant, year, id, status);
        return closed;
    }

    /** The ids of the year's findings still OPEN or RESPONDED. */
    List<Long> unresolved(long plantId, int year) {
        return jdbc.sql("select id from finding where plant_id = ? and year = ? and status in ('OPEN', 'RESPONDED') order by id")
                .params(plantId, year).query(Long.class).list();
    }

    private Finding addToThread(String plant, int year, long id, NewComment request, Actor actor, String kind, Status becomes) {
        String text = VerificationPeriods.required("text", request.text());
        long plantId = periods.plantId(plant, year);
        List<Long> evidenceIds = evidenceIds(plant, request.evidenceIds());
        Long datumId = request.datumId() == null ? null : datum(plant, year, request.datumId(), "datumId").id();
        Finding finding = stillOpen(plantId, plant, year, id);
        Instant now = now();
        addComment(finding.id(), actor, now, kind, text, evidenceIds, datumId);
        if (becomes != null) {
            jdbc.sql("update finding set status = ? where id = ?").params(becomes.name(), finding.id()).update();
        }
        return finding(plantId, plant, year, id);
    }

    private Finding stillOpen(long plantId, String plant, int year, long id) {
        Finding finding = finding(plantId, plant, year, id);
        if (finding.status().closed()) {
            throw new ConflictException("finding " + id + " is closed (" + finding.status() + "); open a new finding instead");
        }
        periods.requireNotClosed(plant, year);
        return finding;
    }

    /** Checks what the finding is about and returns its reference as stored. */
    private String subject(String plant, int year, SubjectKind kind, String ref) {
        String text = ref == null || ref.isBlank() ? null : ref.strip();
        switch (kind) {
            case DATUM -> {
                String required = VerificationPeriods.required("subjectRef", text);
                long id;
                try {
                    id = Long.parseLong(required);
                } catch (NumberFormatException e) {
                    throw new BadRequestException("subjectRef", "a DATUM finding names the datum's id, not '" + required + "'");
                }
                return String.valueOf(datum(plant, year, id, "subjectRef").id());
            }
            case SOURCE -> {
                return sources.source(plant, VerificationPeriods.required("subjectRef", text)).code();
            }
            case FACTOR -> {
                String required = VerificationPeriods.required("subjectRef", text);
                int slash = required.indexOf('/');
                if (slash > 0) {
                    sources.source(plant, required.substring(0, slash)); // SOURCE/parameter: the source must exist
                }
                return required;
            }
            default -> {
                return text;
            }
        }
    }

    private ActivityDatum datum(String plant, int year, long id, String field) {
        ActivityDatum datum = activity.datum(plant, id);
        if (datum.start().getYear() != year) {
            throw new BadRequestException(field, "datum " + id + " belongs to " + datum.start().getYear() + ", not to " + year);
        }
        return datum;
    }

    private List<Long> evidenceIds(String plant, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<Long> wanted = List.copyOf(new LinkedHashSet<>(ids));
        List<Long> found = evidence.covering(plant, wanted).stream().map(Evidence::id).toList();
        List<Long> missing = wanted.stream().filter(id -> !found.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new BadRequestException("evidenceIds", "plant " + plant + " has no evidence " + missing);
        }
        return wanted;
    }

    private void addComment(long findingId, Actor actor, Instant at, String kind, String text, List<Long> evidenceIds, Long datumId) {
        jdbc.sql("insert into finding_comment (finding_id, author, at, kind, text, evidence_ids, datum_id) values (?, ?, ?, ?, ?, ?, ?)")
                .params(findingId, actor.name(), Timestamp.from(at), kind, text, evidenceIds.toArray(Long[]::new), datumId).update();
    }

    private Finding finding(long plantId, String plant, int year, long id) {
        return jdbc.sql(SELECT + " where plant_id = ? and year = ? and id = ?").params(plantId, year, id)
                .query((rs, n) -> row(rs, plant, year)).optional().map(this::withThread)
                .orElseThrow(() -> new NotFoundException("plant " + plant + " has no finding " + id + " for " + year));
    }

    private Finding withThread(Finding finding) {
        List<Comment> thread = jdbc.sql("""
                        select id, author, at, kind, text, evidence_ids, datum_id from finding_comment where finding_id = ? order by id""")
                .param(finding.id())
                .query((rs, n) -> new Comment(rs.getLong("id"), rs.getString("author"), rs.getTimestamp("at").toInstant(), rs.getString("kind"),
                        rs.getString("text"), ids(rs.getArray("evidence_ids")), (Long) rs.getObject("datum_id")))
                .list();
        return new Finding(finding.id(), finding.plant(), finding.year(), finding.subjectKind(), finding.subjectRef(), finding.title(),
                finding.severity(), finding.status(), finding.resolution(), finding.openedBy(), finding.openedAt(), finding.closedBy(),
                finding.closedAt(), thread);
    }

    private static Finding row(ResultSet rs, String plant, int year) throws SQLException {
        Timestamp closedAt = rs.getTimestamp("closed_at");
        return new Finding(rs.getLong("id"), plant, year, SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("subject_ref"),
                rs.getString("title"), Severity.valueOf(rs.getString("severity")), Status.valueOf(rs.getString("status")),
                rs.getString("resolution"), rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(), rs.getString("closed_by"),
                closedAt == null ? null : closedAt.toInstant(), List.of());
    }

    static List<Long> ids(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
    }

    /** How many findings of each status the year has (for the console's filter). */
    public Map<Status, Long> counts(String plant, int year) {
        access.require(Permission.READ, plant, year);
        long plantId = periods.plantId(plant, year);
        Map<String, Long> counted = jdbc.sql("select status, count(*) from finding where plant_id = ? and year = ? group by status")
                .params(plantId, year).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return Arrays.stream(Status.values()).collect(Collectors.toMap(s -> s, s -> counted.getOrDefault(s.name(), 0L),
                (a, b) -> a, () -> new java.util.EnumMap<>(Status.class)));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
