package io.autoghg.platform.inventory;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.accounting.engine.InventoryCalculator;
import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.io.ResultJson;
import io.autoghg.platform.activity.AccountingInputs;
import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.activity.PlantInputs;
import io.autoghg.platform.inventory.InventoryDiff.SourceChange;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Inventories: runs the accounting engine over the stored data and the parameter library, stores
 * each result with its trace and the hash of its inputs as a version, and diffs versions. A request
 * for a year returns the latest version when its inputs are unchanged, and computes a new one otherwise.
 */
@Service
public class InventoryService {
    private static final Logger log = LoggerFactory.getLogger(InventoryService.class);

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final SourceService sources;
    private final ActivityService activity;
    private final AccountingInputs inputs;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    private final Access access;

    InventoryService(JdbcClient jdbc, OrganisationService organisation, SourceService sources, ActivityService activity,
                     AccountingInputs inputs, ObjectMapper json, ApplicationEventPublisher events, Access access) {
        this.access = access;
        this.events = events;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.sources = sources;
        this.activity = activity;
        this.inputs = inputs;
        this.json = json;
    }

    /** The latest version's JSON (the accounting contract plus version, inputsHash, computedAt), computed if not current. */
    @Transactional
    public String current(String plantCode, int year, Actor actor) {
        access.require(Permission.READ, plantCode, year);
        Plant plant = organisation.plant(plantCode);
        checkYear(year);
        inputs.lock(plantCode);
        PlantInputs loaded = inputs.load(plantCode);
        LocalDate from = LocalDate.of(year, 1, 1);
        InventoryInputs snapshot = new InventoryInputs(loaded.plant(), loaded.rows(), from, from.plusYears(1), plant.gwp(),
                inputs.library().version());
        String hash = snapshot.hash();
        Optional<String> stored = jdbc.sql("""
                        select result::text from inventory_version where plant_id = ? and year = ? and inputs_hash = ?
                        and version = (select max(version) from inventory_version where plant_id = ? and year = ?)""")
                .params(plant.id(), year, hash, plant.id(), year).query(String.class).optional();
        if (stored.isPresent()) {
            return stored.get();
        }
        long started = System.nanoTime();
        InventoryResult result = new InventoryCalculator(inputs.library()).calculate(loaded.plant(), loaded.rows(), year, null);
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from inventory_version where plant_id = ? and year = ?")
                .params(plant.id(), year).query(Integer.class).single();
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("version", version);
        extra.put("inputsHash", hash);
        extra.put("computedAt", now.toString());
        String text = ResultJson.write(result, extra, false);
        jdbc.sql("""
                insert into inventory_version (plant_id, year, version, gwp, inputs_hash, inputs, result, total_tco2e, computed_at, computed_by)
                values (?, ?, ?, ?, ?, cast(? as jsonb), cast(? as json), ?, ?, ?)""")
                .params(plant.id(), year, version, result.gwp().name(), hash, json.writeValueAsString(snapshot.snapshot()), text,
                        result.totals().total(), java.sql.Timestamp.from(now), actor.name())
                .update();
        events.publishEvent(new InventoryVersionComputed(plantCode, year, version, hash, result.totals().total()));
        // a side effect of computing, not the caller's change: a reader (verifier, manager) computing a version may do it
        Access.asSystem(() -> fillScreeningEstimates(plantCode, result));
        log.info("event=inventory-computed plant={} year={} version={} sources={} rows={} totalTco2e={} seconds={}", plantCode, year,
                version, result.sources().size(), result.rowsUsed(), result.totals().total().setScale(3, java.math.RoundingMode.HALF_EVEN),
                String.format("%.2f", (System.nanoTime() - started) / 1e9));
        return text;
    }

    /** An ad-hoc inventory for any range of months [from, to) — computed, not stored. */
    public String forPeriod(String plantCode, LocalDate from, LocalDate to) {
        access.require(Permission.READ, plantCode, from.getYear(), to.minusDays(1).getYear());
        organisation.plant(plantCode);
        if (!to.isAfter(from)) {
            throw new BadRequestException("to", "the period's end " + to + " must be after its start " + from);
        }
        PlantInputs loaded = inputs.load(plantCode);
        InventoryResult result = new InventoryCalculator(inputs.library()).calculate(loaded.plant(), loaded.rows(), from, to, null);
        return ResultJson.write(result, Map.of("stored", false), false);
    }

    private void fillScreeningEstimates(String plantCode, InventoryResult result) {
        Map<String, EmissionSource> existing = new LinkedHashMap<>();
        sources.sources(plantCode, false).forEach(source -> existing.put(source.code(), source));
        for (SourceResult source : result.sources()) {
            EmissionSource stored = existing.get(source.code());
            if (stored != null && stored.screeningEstimateTco2e() == null) {
                sources.setScreeningEstimate(plantCode, source.code(), source.tco2e().setScale(3, java.math.RoundingMode.HALF_EVEN));
            }
        }
    }

    public List<InventoryVersion> versions(String plantCode, int year) {
        access.require(Permission.READ, plantCode, year);
        Plant plant = organisation.plant(plantCode);
        return jdbc.sql("""
                        select version, year, gwp, inputs_hash, round(total_tco2e, 6), computed_at, computed_by from inventory_version
                        where plant_id = ? and year = ? order by version""")
                .params(plant.id(), year)
                .query((rs, n) -> new InventoryVersion(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
                .list();
    }

    public String version(String plantCode, int year, int version) {
        access.require(Permission.READ, plantCode, year);
        Plant plant = organisation.plant(plantCode);
        return jdbc.sql("select result::text from inventory_version where plant_id = ? and year = ? and version = ?")
                .params(plant.id(), year, version).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("plant " + plantCode + " has no inventory version " + version + " for " + year));
    }

    public InventoryDiff diff(String plantCode, int year, int from, int to) {
        access.require(Permission.READ, plantCode, year);
        Plant plant = organisation.plant(plantCode);
        Map<String, BigDecimal> before = sourceTotals(plant.id(), year, from, "from");
        Map<String, BigDecimal> after = sourceTotals(plant.id(), year, to, "to");
        Map<String, Object> inputsBefore = snapshot(plant.id(), year, from);
        Map<String, Object> inputsAfter = snapshot(plant.id(), year, to);
        List<String> reasons = new ArrayList<>();
        compare(reasons, "GWP set", inputsBefore.get("gwp"), inputsAfter.get("gwp"));
        compare(reasons, "parameter library", inputsBefore.get("library"), inputsAfter.get("library"));
        Set<String> codes = new TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        List<SourceChange> changes = new ArrayList<>();
        for (String code : codes) {
            BigDecimal a = before.getOrDefault(code, BigDecimal.ZERO);
            BigDecimal b = after.getOrDefault(code, BigDecimal.ZERO);
            List<String> why = sourceReasons(plantCode, code, source(inputsBefore, code), source(inputsAfter, code));
            if (a.compareTo(b) != 0 || !why.isEmpty()) {
                changes.add(new SourceChange(code, a, b, b.subtract(a), why));
            }
        }
        changes.sort(Comparator.comparing((SourceChange change) -> change.delta().abs()).reversed());
        BigDecimal totalBefore = total(plant.id(), year, from);
        BigDecimal totalAfter = total(plant.id(), year, to);
        return new InventoryDiff(plantCode, year, from, to, totalBefore, totalAfter, totalAfter.subtract(totalBefore), reasons, changes);
    }

    private static void compare(List<String> reasons, String what, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            reasons.add(what + " changed from " + before + " to " + after);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(Map<String, Object> snapshot, String code) {
        Map<String, Object> all = (Map<String, Object>) snapshot.getOrDefault("sources", Map.of());
        return (Map<String, Object>) all.get(code);
    }

    @SuppressWarnings("unchecked")
    private List<String> sourceReasons(String plantCode, String code, Map<String, Object> before, Map<String, Object> after) {
        List<String> reasons = new ArrayList<>();
        if (before == null || after == null) {
            reasons.add(before == null ? "source added" : "source removed");
            return reasons;
        }
        Map<String, Object> parametersBefore = (Map<String, Object>) before.get("parameters");
        Map<String, Object> parametersAfter = (Map<String, Object>) after.get("parameters");
        Set<String> names = new TreeSet<>(parametersBefore.keySet());
        names.addAll(parametersAfter.keySet());
        for (String name : names) {
            Object a = parametersBefore.get(name);
            Object b = parametersAfter.get(name);
            if (!Objects.equals(a, b)) {
                reasons.add("parameter " + name + " changed from " + (a == null ? "the library default" : a) + " to "
                        + (b == null ? "the library default" : b));
            }
        }
        Set<Long> dataBefore = ids(before.get("data"));
        Set<Long> dataAfter = ids(after.get("data"));
        for (Long id : dataAfter) {
            if (!dataBefore.contains(id)) {
                ActivityDatum datum = activity.datum(plantCode, id);
                reasons.add(datum.correctsId() != null
                        ? "datum " + datum.correctsId() + " corrected by datum " + id + " (" + datum.quantity().toPlainString() + " "
                        + datum.unit() + "): " + datum.correctionReason()
                        : "datum " + id + " added (" + datum.quantity().toPlainString() + " " + datum.unit() + ", " + datum.start()
                        + " to " + datum.end() + ")");
            }
        }
        for (Long id : dataBefore) {
            if (!dataAfter.contains(id) && activity.datum(plantCode, id).correctedById() == null) {
                reasons.add("datum " + id + " no longer counted");
            }
        }
        return reasons;
    }

    private static Set<Long> ids(Object list) {
        Set<Long> ids = new HashSet<>();
        if (list instanceof List<?> items) {
            items.forEach(item -> ids.add(((Number) item).longValue()));
        }
        return ids;
    }

    /** The version's total as the engine computed it, rounded like the result JSON (6 decimals). */
    private BigDecimal total(long plantId, int year, int version) {
        return jdbc.sql("select round(total_tco2e, 6) from inventory_version where plant_id = ? and year = ? and version = ?")
                .params(plantId, year, version).query(BigDecimal.class).single();
    }

    private Map<String, BigDecimal> sourceTotals(long plantId, int year, int version, String field) {
        requireVersion(plantId, year, version, field);
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        jdbc.sql("""
                        select s->>'code', (s->>'tco2e')::numeric from inventory_version v, json_array_elements(v.result->'sources') s
                        where v.plant_id = ? and v.year = ? and v.version = ?""")
                .params(plantId, year, version)
                .query((rs, n) -> totals.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return totals;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> snapshot(long plantId, int year, int version) {
        String text = jdbc.sql("select inputs::text from inventory_version where plant_id = ? and year = ? and version = ?")
                .params(plantId, year, version).query(String.class).single();
        return json.readValue(text, Map.class);
    }

    private void requireVersion(long plantId, int year, int version, String field) {
        boolean exists = jdbc.sql("select exists (select 1 from inventory_version where plant_id = ? and year = ? and version = ?)")
                .params(plantId, year, version).query(Boolean.class).single();
        if (!exists) {
            throw new BadRequestException(field, "no inventory version " + version + " for " + year);
        }
    }

    private static void checkYear(int year) {
        if (year < 1990 || year > 2100) {
            throw new BadRequestException("year", "year " + year + " is out of range (1990–2100)");
        }
    }
}
