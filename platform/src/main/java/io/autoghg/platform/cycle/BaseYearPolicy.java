package io.autoghg.platform.cycle;

import io.autoghg.platform.cycle.BaseYearCheck.Status;
import io.autoghg.platform.inventory.InventoryDiff;
import io.autoghg.platform.inventory.InventoryService;
import io.autoghg.platform.inventory.InventoryVersion;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.support.Actor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * The base-year recalculation policy (docs/reporting-cycle.md §5): the base year's total as reported
 * when it was last closed, against its current computation, measured with the plant's significance
 * threshold. The current computation is {@link InventoryService#current}, which computes a new version
 * when the base year's inputs changed (corrections, parameters, boundary, sources).
 */
@Service
public class BaseYearPolicy {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final InventoryService inventories;
    private final ObjectMapper json;
    private final Access access;

    BaseYearPolicy(JdbcClient jdbc, OrganisationService organisation, InventoryService inventories, ObjectMapper json, Access access) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.inventories = inventories;
        this.json = json;
        this.access = access;
    }

    private record Base(int year, BigDecimal thresholdPct) {
    }

    private record Closing(int version, String at) {
    }

    /** Checks the plant's base year; the caller needs READ for the base year (for the plant when none is set). */
    public BaseYearCheck check(String plantCode, Actor actor) {
        access.require(Permission.READ, plantCode);
        long plantId = organisation.plant(plantCode).id();
        Optional<Base> found = jdbc.sql("select year, significance_threshold_pct from reporting_period where plant_id = ? and base_year")
                .param(plantId).query((rs, n) -> new Base(rs.getInt(1), rs.getBigDecimal(2).stripTrailingZeros())).optional();
        if (found.isEmpty()) {
            return new BaseYearCheck(plantCode, Status.NO_BASE_YEAR, null, null, null, null, null, null, null, null, null, false,
                    "plant " + plantCode + " has no base year; mark one with PUT …/periods/{year}/base-year", List.of(), List.of(),
                    BaseYearCheck.STRUCTURAL_NOTE);
        }
        Base base = found.get();
        access.require(Permission.READ, plantCode, base.year());
        List<InventoryVersion> versions = inventories.versions(plantCode, base.year());
        Optional<Closing> closing = lastClosing(plantId, base.year());
        if (closing.isEmpty()) {
            Optional<InventoryVersion> latest = versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
            return new BaseYearCheck(plantCode, Status.NOT_REPORTED, base.year(), base.thresholdPct(), null, null, null,
                    latest.map(InventoryVersion::version).orElse(null), latest.map(InventoryVersion::totalTco2e).orElse(null), null, null,
                    false, "the base year " + base.year() + " has never been closed, so no base-year figures were reported yet; the check"
                    + " compares once it is closed", List.of(), List.of(), BaseYearCheck.STRUCTURAL_NOTE);
        }
        int reported = closing.get().version();
        int current = json.readTree(inventories.current(plantCode, base.year(), actor)).path("version").asInt();
        if (current != reported) {
            versions = inventories.versions(plantCode, base.year());
        }
        BigDecimal reportedTotal = total(versions, reported);
        BigDecimal currentTotal = total(versions, current);
        BigDecimal change = currentTotal.subtract(reportedTotal);
        BigDecimal changePct = reportedTotal.signum() == 0 ? null
                : change.multiply(HUNDRED).divide(reportedTotal, 2, RoundingMode.HALF_UP);
        boolean needed = reportedTotal.signum() == 0 ? change.signum() != 0
                : change.abs().multiply(HUNDRED).compareTo(base.thresholdPct().multiply(reportedTotal.abs())) > 0;
        InventoryDiff diff = current == reported ? null : inventories.diff(plantCode, base.year(), reported, current);
        return new BaseYearCheck(plantCode, needed ? Status.RECALCULATION_NEEDED : Status.WITHIN_THRESHOLD, base.year(),
                base.thresholdPct(), reported, closing.get().at(), reportedTotal, current, currentTotal, change, changePct, needed,
                summary(base, reported, current, changePct, needed), diff == null ? List.of() : diff.reasons(),
                diff == null ? List.of() : diff.sources(), BaseYearCheck.STRUCTURAL_NOTE);
    }

    /** The version recorded by the latest closing of the year, with its time. */
    private Optional<Closing> lastClosing(long plantId, int year) {
        return jdbc.sql("""
                        select inventory_version, at from reporting_period_event
                        where plant_id = ? and year = ? and to_state = 'CLOSED' and inventory_version is not null
                        order by id desc limit 1""").params(plantId, year)
                .query((rs, n) -> new Closing(rs.getInt(1), rs.getTimestamp(2).toInstant().toString())).optional();
    }

    private static BigDecimal total(List<InventoryVersion> versions, int version) {
        return versions.stream().filter(candidate -> candidate.version() == version).findFirst().orElseThrow().totalTco2e();
    }

    private static String summary(Base base, int reported, int current, BigDecimal changePct, boolean needed) {
        String change = changePct == null ? "from zero" : "by " + changePct.toPlainString() + " %";
        String threshold = "threshold " + base.thresholdPct().toPlainString() + " %";
        if (needed) {
            return "base year " + base.year() + " needs recalculation: its emissions changed " + change + " (" + threshold
                    + ") since it was reported (version " + reported + ", now version " + current + ")";
        }
        return "base year " + base.year() + " needs no recalculation: its emissions changed " + change + " (" + threshold
                + ") since it was reported (version " + reported + ", now version " + current + ")";
    }
}
