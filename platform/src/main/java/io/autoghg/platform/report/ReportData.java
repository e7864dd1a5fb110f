package io.autoghg.platform.report;

import io.autoghg.platform.activity.ProductionMonth;
import io.autoghg.platform.cycle.ReportingPeriod;
import io.autoghg.platform.organisation.OrgUnit;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.quality.QualityReport;
import io.autoghg.platform.source.EmissionSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything a report of one plant and year is made from: the chosen inventory version (as the
 * accounting JSON, parsed with exact decimals), the plant and its set-up, the reporting period, the
 * data-quality scorecard (null when the year has no data), the production volumes and the base year.
 */
record ReportData(ReportBasis basis, Plant plant, String groupName, Figures figures, List<OrgUnit> units,
                  Map<String, EmissionSource> sources, ReportingPeriod period, QualityReport quality,
                  List<ProductionMonth> production, BaseYear baseYear) {

    /** The plant's base year, when one is set: its threshold and, when it has an inventory, its figures. */
    record BaseYear(int year, BigDecimal significanceThresholdPct, ReportBasis basis, Figures figures) {
        boolean hasInventory() {
            return figures != null;
        }
    }

    /** The plant's name as the inventory version recorded it (the name at the time), else as set up now. */
    String plantName() {
        Object name = figures.inventory().get("plantName");
        return name == null || name.toString().isBlank() ? plant.name() : name.toString();
    }
}
