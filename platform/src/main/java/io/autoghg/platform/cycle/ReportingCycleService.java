package io.autoghg.platform.cycle;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.activity.AccountingInputs;
import io.autoghg.platform.activity.PeriodGuard;
import io.autoghg.platform.inventory.InventoryService;
import io.autoghg.platform.ledger.LedgerService;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The reporting cycle of each plant and year (docs/reporting-cycle.md): OPEN → DATA_COLLECTION →
 * REVIEW → VERIFICATION → CLOSED. Closing computes the current inventory version and seals the
 * ledger for the year, after every {@link ClosingCheck} has agreed; while closed, the year is locked
 * through {@link PeriodGuard}.
 */
@Service
public class ReportingCycleService implements PeriodGuard {
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final AccountingInputs inputs;
    private final InventoryService inventories;
    private final LedgerService ledger;
    private final ObjectMapper json;

    private final Access access;
    private final ObjectProvider<ClosingCheck> closingChecks;

    ReportingCycleService(JdbcClient jdbc, OrganisationService organisation, AccountingInputs inputs, InventoryService inventories,
                          LedgerService ledger, ObjectMapper json, Access access, ObjectProvider<ClosingCheck> closingChecks) {
        this.access = access;
        this.closingChecks = closingChecks;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.inputs = inputs;
        this.inventories = inventories;
        this.ledger = ledger;
        this.json = json;
    }

    /** Every year that has a stored state or transitions, plus the years with inventories; newest first. */
    public List<ReportingPeriod> periods(String plantCode) {
        long plantId = organisation.plant(plantCode).id();
        TreeSet<Integer> years = new TreeSet<>(jdbc.sql("""
                        select year from reporting_period where plant_id = ?
                        union select year from inventory_version where plant_id = ?""")
                .params(plantId, plantId).query(Integer.class).list());
        access.readableYearsOnly(plantCode).ifPresent(years::retainAll);
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int year : years.descendingSet()) {
            periods.add(period(plantCode, year));
        }
        return periods;
    }

    public ReportingPeriod period(String plantCode, int year) {
        access.require(Permission.READ, plantCode, year);
        long plantId = organisation.plant(plantCode).id();
        checkYear(year);
        Optional<Map<String, Object>> row = jdbc.sql("""
                        select state, base_year, significance_threshold_pct, updated_at from reporting_period
                        where plant_id = ? and year = ?""").params(plantId, year).query().listOfRows().stream().findFirst();
        PeriodState state = row.map(r -> PeriodState.valueOf((String) r.get("state"))).orElse(PeriodState.OPEN);
        boolean baseYear = row.map(r -> (Boolean) r.get("base_year")).orElse(false);
        BigDecimal threshold = row.map(r -> (BigDecimal) r.get("significance_threshold_pct")).orElse(BigDecimal.valueOf(5));
        String updatedAt = row.map(r -> time(((Timestamp) r.get("updated_at")).toInstant())).orElse(null);
        List<ReportingPeriod.Event> history = jdbc.sql("""
                        select id, from_state, to_state, actor, reason, at, inventory_version from reporting_period_event
                        where plant_id = ? and year = ? order by id""").params(plantId, year)
                .query((rs, n) -> new ReportingPeriod.Event(rs.getLong("id"), PeriodState.valueOf(rs.getString("from_state")),
                        PeriodState.valueOf(rs.getString("to_state")), rs.getString("actor"), rs.getString("reason"),
                        time(rs.getTimestamp("at").toInstant()), (Integer) rs.getObject("inventory_version")))
                .list();
        return new ReportingPeriod(plantCode, year, state, baseYear, threshold.stripTrailingZeros(), updatedAt, state.next(),
                state == PeriodState.CLOSED, history);
    }

    /** Moves the period one step forward, or back from REVIEW or VERIFICATION with a reason. */
    @Transactional
    public ReportingPeriod transition(String plantCode, int year, String to, String reason, Actor actor) {
        access.require("CLOSED".equals(to) ? Permission.APPROVE_PERIOD : Permission.ADVANCE_PERIOD, plantCode, year);
        long plantId = organisation.plant(plantCode).id();
        checkYear(year);
        inputs.lock(plantCode);
        PeriodState from = state(plantId, year);
        PeriodState target = parse(to);
        if (!from.next().contains(target)) {
            throw new BadRequestException("to", "the " + year + " period of plant " + plantCode + " is " + from + "; it can move to "
                    + (from.next().isEmpty() ? "no other state (reopen it with a reason)" : from.next()) + ", not " + target);
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (from.needsReason(target) && why == null) {
            throw new BadRequestException("reason", "moving the " + year + " period back from " + from + " to " + target
                    + " needs a reason");
        }
        Integer version = null;
        if (target == PeriodState.CLOSED) {
            String current = inventories.current(plantCode, year, actor);
            version = json.readTree(current).path("version").asInt();
            int closing = version;
            closingChecks.orderedStream().forEach(check -> check.checkClosable(plantCode, year, closing));
        }
        record(plantId, year, from, target, actor, why, version);
        if (target == PeriodState.CLOSED) {
            // the lock itself is on the chain, inside the seal it triggers
            ledger.append(plantCode, "period.closed", year + "/period/" + year,
                    Map.of("year", year, "inventoryVersion", version, "by", actor.name()));
            ledger.seal(plantCode, year);
        }
        return period(plantCode, year);
    }

    /** Reopens a CLOSED period for data collection; the reason is required. */
    @Transactional
    public ReportingPeriod reopen(String plantCode, int year, String reason, Actor actor) {
        access.require(Permission.APPROVE_PERIOD, plantCode, year);
        long plantId = organisation.plant(plantCode).id();
        checkYear(year);
        inputs.lock(plantCode);
        PeriodState from = state(plantId, year);
        if (from != PeriodState.CLOSED) {
            throw new ConflictException("the " + year + " period of plant " + plantCode + " is " + from + ", not CLOSED; only a closed"
                    + " period can be reopened");
        }
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("reason", "reopening the closed " + year + " period of plant " + plantCode + " needs a reason");
        }
        record(plantId, year, from, PeriodState.DATA_COLLECTION, actor, reason.strip(), null);
        ledger.append(plantCode, "period.reopened", year + "/period/" + year, Map.of("year", year, "reason", reason.strip(),
                "by", actor.name()));
        return period(plantCode, year);
    }

    /** Marks the year as base year (or not) and sets the recalculation significance threshold. */
    @Transactional
    public ReportingPeriod baseYear(String plantCode, int year, Boolean baseYear, BigDecimal thresholdPct) {
        access.require(Permission.APPROVE_PERIOD, plantCode, year);
        long plantId = organisation.plant(plantCode).id();
        checkYear(year);
        if (baseYear == null) {
            throw new BadRequestException("baseYear", "baseYear must be true or false");
        }
        BigDecimal threshold = thresholdPct == null ? BigDecimal.valueOf(5) : thresholdPct;
        if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BadRequestException("significanceThresholdPct", "significanceThresholdPct must be between 0 and 100, not "
                    + threshold.toPlainString());
        }
        inputs.lock(plantCode);
        if (baseYear) {
            jdbc.sql("update reporting_period set base_year = false, updated_at = ? where plant_id = ? and year <> ? and base_year")
                    .params(Timestamp.from(now()), plantId, year).update();
        }
        jdbc.sql("""
                        insert into reporting_period (plant_id, year, base_year, significance_threshold_pct, updated_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (plant_id, year) do update set base_year = excluded.base_year,
                            significance_threshold_pct = excluded.significance_threshold_pct, updated_at = excluded.updated_at""")
                .params(plantId, year, baseYear, threshold, Timestamp.from(now())).update();
        return period(plantCode, year);
    }

    /** {@link PeriodGuard}: a CLOSED year refuses every change until it is reopened. */
    @Override
    public void checkWritable(String plantCode, Collection<Integer> years) {
        if (years.isEmpty()) {
            return;
        }
        long plantId = organisation.plant(plantCode).id();
        List<Integer> closed = jdbc.sql("select year from reporting_period where plant_id = ? and state = 'CLOSED' order by year")
                .param(plantId).query(Integer.class).list().stream().filter(years::contains).toList();
        if (!closed.isEmpty()) {
            throw new ConflictException("the reporting period " + closed.get(0) + " of plant " + plantCode
                    + " is closed; reopen it with a reason first");
        }
    }

    private PeriodState state(long plantId, int year) {
        return jdbc.sql("select state from reporting_period where plant_id = ? and year = ?").params(plantId, year)
                .query(String.class).optional().map(PeriodState::valueOf).orElse(PeriodState.OPEN);
    }

    private void record(long plantId, int year, PeriodState from, PeriodState to, Actor actor, String reason, Integer version) {
        Instant now = now();
        jdbc.sql("""
                        insert into reporting_period (plant_id, year, state, updated_at) values (?, ?, ?, ?)
                        on conflict (plant_id, year) do update set state = excluded.state, updated_at = excluded.updated_at""")
                .params(plantId, year, to.name(), Timestamp.from(now)).update();
        jdbc.sql("""
                        insert into reporting_period_event (plant_id, year, from_state, to_state, actor, reason, at, inventory_version)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plantId, year, from.name(), to.name(), actor.name(), reason, Timestamp.from(now), version).update();
    }

    private static PeriodState parse(String to) {
        if (to == null || to.isBlank()) {
            throw new BadRequestException("to", "to is required: one of " + List.of(PeriodState.values()));
        }
        try {
            return PeriodState.valueOf(to.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("to", "'" + to + "' is not a state; one of " + List.of(PeriodState.values()));
        }
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BadRequestException("year", "year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ", not " + year);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static String time(Instant instant) {
        return instant.toString();
    }
}
