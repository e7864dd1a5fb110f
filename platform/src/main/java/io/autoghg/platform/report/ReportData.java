package io.autoghg.platform.report;

import io.autoghg.platform.activity.ProductionMonth;
import io.autoghg.platform.cycle.BaseYearCheck;
import io.autoghg.platform.cycle.ReportingPeriod;
import io.autoghg.platform.organisation.OrgUnit;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.quality.QualityReport;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.verification.Statement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything a report of one plant and year is made from: the chosen inventory version (as the
 * accounting JSON, parsed with exact decimals), the plant and its set-up, the reporting period, the
 * data-quality scorecard (null when the year has no data), the production volumes, the base year (null
 * when none is set, and for the statistical tables, which do not show it) and the verification
 * statements of the year.
 */
record ReportData(ReportBasis basis, Plant plant, String groupName, Figures figures, List<OrgUnit> units,
                  Map<String, EmissionSource> sources, ReportingPeriod period, QualityReport quality,
                  List<ProductionMonth> production, BaseYear baseYear, Verification verification) {

    /**
     * The plant's base year, when one is set: its threshold, its figures when it has an inventory
     * (null for the reported year itself), and the recalculation check made with the report.
     */
    record BaseYear(int year, BigDecimal significanceThresholdPct, ReportBasis basis, Figures figures, BaseYearCheck check) {
        boolean hasInventory() {
            return figures != null;
        }
    }

    /**
     * The year's verification statements: the one that covers the report's inventory version (null
     * when none does) with its issuer as a reader knows them, and the latest one of the year (null
     * when there is none).
     */
    record Verification(Statement covering, String issuer, Statement latest) {
        static final Verification NONE = new Verification(null, null, null);

        boolean verified() {
            return covering != null;
        }
    }

    /** The plant's name as the inventory version recorded it (the name at the time), else as set up now. */
    String plantName() {
        Object name = figures.inventory().get("plantName");
        return name == null || name.toString().isBlank() ? plant.name() : name.toString();
    }
}
