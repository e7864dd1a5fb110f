package io.autoghg.platform.evidence;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.UnitException;
import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.NotFoundException;
import io.autoghg.platform.support.Page;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files (invoices, stock reports, meter photos, calibration certificates …) with the
 * period, issuer and amount they document, and their links to activity data. Files are stored
 * content-addressed by SHA-256 ({@link EvidenceStore}): the same content is kept once, and every read
 * checks the hash. The activity module links evidence to data ({@link #link}) and checks with
 * {@link #covering} that a manual entry's evidence covers its period; this module does not know the
 * activity module (the data it needs come through {@link EvidencedData}).
 */
@Service
public class EvidenceService {
    /** Evidence amount and the data it backs may differ by this much (in %) before it is a mismatch. */
    public static final BigDecimal AMOUNT_TOLERANCE_PCT = new BigDecimal("2");

    private static final String SELECT = """
            select e.id, e.type, e.period_start, e.period_end, e.issuer, e.amount, e.amount_unit, e.file_name, e.content_type,
                   e.size_bytes, e.sha256, e.uploaded_by, e.uploaded_at,
                   array(select l.datum_id from activity_evidence l where l.evidence_id = e.id order by l.datum_id) as data
            from evidence e""";

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final EvidenceStore store;
    private final EvidencedData data;

    private final Access access;

    EvidenceService(JdbcClient jdbc, OrganisationService organisation, EvidenceStore store, EvidencedData data, Access access) {
        this.access = access;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.store = store;
        this.data = data;
    }

    /**
     * Stores an uploaded file with what it documents. The metadata are checked first (a 400 naming
     * the field: type, periodStart, periodEnd, amount, amountUnit, file), then the file is streamed
     * into the store (empty or over 50 MB: field "file"). A file the plant has already (same SHA-256)
     * is not stored again: the existing record is returned unchanged with {@code created} false.
     */
    @Transactional
    public Uploaded upload(String plantCode, NewEvidence request, String fileName, String contentType, InputStream content,
                           Actor actor) {
        access.require(Permission.ENTER_DATA, plantCode);
        long plantId = organisation.plant(plantCode).id();
        EvidenceType type = type(request.type());
        if (request.periodStart() == null) {
            throw new BadRequestException("periodStart", "the first day the document covers is required (YYYY-MM-DD)");
        }
        if (request.periodEnd() == null) {
            throw new BadRequestException("periodEnd", "the day after the last day the document covers is required (YYYY-MM-DD; "
                    + "exclusive, like activity data: a January invoice runs to the 1st of February)");
        }
        if (!request.periodEnd().isAfter(request.periodStart())) {
            throw new BadRequestException("periodEnd", "periodEnd " + request.periodEnd() + " is not after periodStart "
                    + request.periodStart() + " (the end is exclusive: a single day D is D to D+1)");
        }
        String unit = amountUnit(request.amount(), request.amountUnit());
        if (content == null) {
            throw new BadRequestException("file", "no file was sent; send the document as the multipart part 'file'");
        }
        String name = fileName(fileName);
        String mediaType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType.strip();
        EvidenceStore.Stored stored = store.write(content);
        List<Long> inserted = jdbc.sql("""
                        insert into evidence (plant_id, sha256, file_name, content_type, size_bytes, type, period_start, period_end,
                                              issuer, amount, amount_unit, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (plant_id, sha256) do nothing returning id""")
                .params(plantId, stored.sha256(), name, mediaType, stored.size(), type.name(), request.periodStart(),
                        request.periodEnd(), blankToNull(request.issuer()), request.amount(), unit, actor.name())
                .query(Long.class).list();
        if (!inserted.isEmpty()) {
            return new Uploaded(evidence(plantCode, inserted.get(0)), true);
        }
        long existing = jdbc.sql("select id from evidence where plant_id = ? and sha256 = ?").params(plantId, stored.sha256())
                .query(Long.class).single();
        return new Uploaded(evidence(plantCode, existing), false);
    }

    /** The evidence record; 404 if the plant has none with this id. */
    public Evidence evidence(String plantCode, long id) {
        long plantId = organisation.plant(plantCode).id();
        Evidence found = jdbc.sql(SELECT + " where e.plant_id = ? and e.id = ?").params(plantId, id).query(mapper(plantCode)).optional()
                .orElseThrow(() -> new NotFoundException("plant " + plantCode + " has no evidence " + id));
        // a caller scoped to reporting years (a verifier) sees the evidence of those years only
        access.readableYearsOnly(plantCode).filter(years -> years.stream()
                        .noneMatch(year -> found.overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))))
                .ifPresent(years -> access.require(Permission.READ, plantCode, found.periodStart().getYear()));
        return found;
    }

    /**
     * One page of the plant's evidence, by period start, type and id. Filters (null = any): type;
     * from/to: the evidence's period overlaps [from, to); datumId: linked to that datum.
     */
    public Page<Evidence> list(String plantCode, String type, LocalDate from, LocalDate to, Long datumId, int page, int size) {
        long plantId = organisation.plant(plantCode).id();
        StringBuilder where = new StringBuilder(" where e.plant_id = ?");
        List<Object> params = new ArrayList<>(List.of(plantId));
        access.readableYearsOnly(plantCode).ifPresent(years -> {
            // a caller scoped to reporting years (a verifier) sees the evidence whose period overlaps them only
            where.append(" and exists (select 1 from unnest(cast(? as integer[])) y"
                    + " where e.period_start < make_date(y + 1, 1, 1) and e.period_end > make_date(y, 1, 1))");
            params.add(years.toArray(Integer[]::new));
        });
        if (type != null && !type.isBlank()) {
            where.append(" and e.type = ?");
            params.add(type(type).name());
        }
        if (from != null) {
            where.append(" and e.period_end > ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" and e.period_start < ?");
            params.add(to);
        }
        if (datumId != null) {
            where.append(" and exists (select 1 from activity_evidence l where l.evidence_id = e.id and l.datum_id = ?)");
            params.add(datumId);
        }
        long total = jdbc.sql("select count(*) from evidence e" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(Page.clamp(size));
        pageParams.add(Page.offset(page, size));
        List<Evidence> items = jdbc.sql(SELECT + where + " order by e.period_start, e.type, e.id limit ? offset ?")
                .params(pageParams).query(mapper(plantCode)).list();
        return new Page<>(items, page, Page.clamp(size), total);
    }

    /** The plant's evidence whose period overlaps [from, to), by period start and id (e.g. to offer for a new entry). */
    public List<Evidence> overlapping(String plantCode, LocalDate from, LocalDate to) {
        long plantId = organisation.plant(plantCode).id();
        return jdbc.sql(SELECT + " where e.plant_id = ? and e.period_end > ? and e.period_start < ? order by e.period_start, e.id")
                .params(plantId, from, to).query(mapper(plantCode)).list();
    }

    /**
     * The file of an evidence record, read from the store and checked against its SHA-256. A file that
     * is missing or no longer matches is an {@link EvidenceIntegrityException} naming the evidence
     * ("evidence 12: stored file does not match its SHA-256 …"), never silently served.
     */
    public EvidenceContent content(String plantCode, long id) {
        access.require(Permission.EXPORT, plantCode);
        Evidence evidence = evidence(plantCode, id);
        return new EvidenceContent(evidence, store.read(evidence.id(), evidence.sha256()));
    }

    /**
     * The plant's records among {@code ids}, in the order asked, for checking that they cover a datum
     * (see {@link Evidence#covers}); ids that do not exist or belong to another plant are left out,
     * so the caller can name them.
     */
    public List<Evidence> covering(String plantCode, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        long plantId = organisation.plant(plantCode).id();
        Map<Long, Evidence> found = jdbc.sql(SELECT + " where e.plant_id = ? and e.id = any(?)")
                .params(plantId, ids.toArray(Long[]::new)).query(mapper(plantCode)).list().stream()
                .collect(Collectors.toMap(Evidence::id, Function.identity()));
        return new LinkedHashSet<>(ids).stream().map(found::get).filter(e -> e != null).toList();
    }

    /** The evidence linked to a datum of the plant, by id. */
    public List<Evidence> linked(String plantCode, long datumId) {
        return linked(plantCode, List.of(datumId)).getOrDefault(datumId, List.of());
    }

    /** The evidence linked to each of the given data (data without evidence are absent from the map). */
    public Map<Long, List<Evidence>> linked(String plantCode, Collection<Long> datumIds) {
        if (datumIds.isEmpty()) {
            return Map.of();
        }
        long plantId = organisation.plant(plantCode).id();
        List<long[]> pairs = jdbc.sql("""
                        select l.datum_id, l.evidence_id from activity_evidence l join evidence e on e.id = l.evidence_id
                        where e.plant_id = ? and l.datum_id = any(?) order by l.datum_id, l.evidence_id""")
                .params(plantId, datumIds.toArray(Long[]::new))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (pairs.isEmpty()) {
            return Map.of();
        }
        Map<Long, Evidence> byId = new HashMap<>();
        jdbc.sql(SELECT + " where e.id = any(?)").param(pairs.stream().map(p -> p[1]).distinct().toArray(Long[]::new))
                .query(mapper(plantCode)).list().forEach(e -> byId.put(e.id(), e));
        Map<Long, List<Evidence>> result = new LinkedHashMap<>();
        pairs.forEach(pair -> result.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(byId.get(pair[1])));
        return result;
    }

    /**
     * Links evidence records to a datum (idempotent). Called by the activity module, which has
     * checked that the datum and the records belong to the same plant ({@link #covering}).
     */
    @Transactional
    public void link(long datumId, Collection<Long> evidenceIds) {
        for (Long evidenceId : new LinkedHashSet<>(evidenceIds)) {
            jdbc.sql("insert into activity_evidence (datum_id, evidence_id) values (?, ?) on conflict do nothing")
                    .params(datumId, evidenceId).update();
        }
    }

    /** Removes links of a datum (e.g. a draft whose evidence is replaced before it is submitted). */
    @Transactional
    public void unlink(long datumId, Collection<Long> evidenceIds) {
        if (!evidenceIds.isEmpty()) {
            jdbc.sql("delete from activity_evidence where datum_id = ? and evidence_id = any(?)")
                    .params(datumId, evidenceIds.toArray(Long[]::new)).update();
        }
    }

    /**
     * Evidence whose stated amount disagrees with the data it backs, for the data-quality findings.
     *
     * <p>For every evidence record of the plant that states an amount and whose period overlaps the
     * calendar year, the quantities of the <em>current</em> data linked to it (submitted, not
     * corrected; drafts do not count) whose unit has the dimension of the evidence's amount unit are
     * converted into that unit ({@link Units#convert}) and summed — so a quarterly invoice linked to
     * three monthly data is compared with their sum. When the sum differs from the evidence amount by
     * more than {@link #AMOUNT_TOLERANCE_PCT} % of the evidence amount, the record is returned. Data in
     * a unit of another dimension (e.g. a cost in CNY against a quantity in t) are not compared, and
     * an evidence record none of whose data can be compared is left out.
     *
     * @return one mismatch per evidence record, by evidence id: {@code datumId} is the (first) datum,
     *         {@code dataIds} every datum summed, {@code differencePct} signed (positive: the data state
     *         more than the evidence)
     */
    public List<AmountMismatch> amountMismatches(String plantCode, int year) {
        long plantId = organisation.plant(plantCode).id();
        LocalDate from = LocalDate.of(year, 1, 1);
        record Stated(long id, BigDecimal amount, String unit) {
        }
        List<Stated> stated = jdbc.sql("""
                        select id, amount, amount_unit from evidence
                        where plant_id = ? and amount is not null and period_end > ? and period_start < ? order by id""")
                .params(plantId, from, from.plusYears(1))
                .query((rs, n) -> new Stated(rs.getLong(1), rs.getBigDecimal(2), rs.getString(3))).list();
        if (stated.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> links = new HashMap<>();
        jdbc.sql("select evidence_id, datum_id from activity_evidence where evidence_id = any(?) order by datum_id")
                .param(stated.stream().map(Stated::id).toArray(Long[]::new))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()
                .forEach(pair -> links.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]));
        if (links.isEmpty()) {
            return List.of();
        }
        Map<Long, EvidencedData.Datum> current = data.current(links.values().stream().flatMap(List::stream).distinct().toList())
                .stream().collect(Collectors.toMap(EvidencedData.Datum::id, Function.identity()));
        List<AmountMismatch> mismatches = new ArrayList<>();
        for (Stated evidence : stated) {
            Unit unit = Units.parse(evidence.unit());
            BigDecimal sum = BigDecimal.ZERO;
            List<Long> summed = new ArrayList<>();
            for (long datumId : links.getOrDefault(evidence.id(), List.of())) {
                EvidencedData.Datum datum = current.get(datumId);
                Unit datumUnit = datum == null ? null : parseOrNull(datum.unit());
                if (datumUnit != null && datumUnit.sameDimensionAs(unit)) {
                    sum = sum.add(Units.convert(datum.quantity(), datumUnit, unit));
                    summed.add(datumId);
                }
            }
            if (summed.isEmpty()) {
                continue;
            }
            BigDecimal difference = sum.subtract(evidence.amount()).multiply(BigDecimal.valueOf(100))
                    .divide(evidence.amount(), Units.MATH);
            if (difference.abs().compareTo(AMOUNT_TOLERANCE_PCT) > 0) {
                mismatches.add(new AmountMismatch(summed.get(0), evidence.id(), sum.stripTrailingZeros(),
                        evidence.amount().stripTrailingZeros(), unit.symbol(), difference.setScale(2, RoundingMode.HALF_EVEN),
                        List.copyOf(summed)));
            }
        }
        return mismatches;
    }

    private static Unit parseOrNull(String unit) {
        try {
            return Units.parse(unit);
        } catch (UnitException e) {
            return null;
        }
    }

    private static EvidenceType type(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("type", "the type of the document is required; one of " + EvidenceType.names());
        }
        EvidenceType type = EvidenceType.parse(text);
        if (type == null) {
            throw new BadRequestException("type", "unknown evidence type '" + text.strip() + "'; use one of " + EvidenceType.names());
        }
        return type;
    }

    /** The unit's symbol when an amount is given; both or neither. */
    private static String amountUnit(BigDecimal amount, String unitText) {
        boolean hasUnit = unitText != null && !unitText.isBlank();
        if (amount == null) {
            if (hasUnit) {
                throw new BadRequestException("amount", "an amount unit without an amount; give both or neither");
            }
            return null;
        }
        if (amount.signum() <= 0) {
            throw new BadRequestException("amount", "amount " + amount.toPlainString()
                    + " is not greater than 0; leave it empty when the document states no amount");
        }
        if (!hasUnit) {
            throw new BadRequestException("amountUnit", "the amount " + amount.toPlainString() + " needs a unit (e.g. kg, t, L, Nm3, MWh)");
        }
        try {
            return Units.parse(unitText).symbol();
        } catch (UnitException e) {
            throw new BadRequestException("amountUnit", e.getMessage());
        }
    }

    /** The file name as uploaded, without any folder a browser may send, control characters removed. */
    private static String fileName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            return "evidence";
        }
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private org.springframework.jdbc.core.RowMapper<Evidence> mapper(String plantCode) {
        return (rs, n) -> map(rs, plantCode);
    }

    private static Evidence map(ResultSet rs, String plantCode) throws SQLException {
        Array data = rs.getArray("data");
        List<Long> ids = data == null ? List.of() : Arrays.asList((Long[]) data.getArray());
        return new Evidence(rs.getLong("id"), plantCode, EvidenceType.valueOf(rs.getString("type")),
                rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class), rs.getString("issuer"),
                rs.getBigDecimal("amount"), rs.getString("amount_unit"), rs.getString("file_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant(), List.copyOf(ids));
    }
}
