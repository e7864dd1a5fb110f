package io.autoghg.platform.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The data-quality scorecard of a plant and year: the four GB/T 36344 dimensions (0–100, see
 * docs/quality.md for the formulas), the open findings, the scorecard per source and per meter, the
 * completeness trend by month and the plant's share of measured data.
 */
public record QualityReport(String plant, int year, double completeness, double accuracy, double consistency,
                            double timeliness, List<Finding> findings, double measuredPct, LocalDate checkedFrom,
                            LocalDate checkedTo, int rows, List<SourceQuality> sources, List<MeterQuality> meters,
                            List<MonthQuality> months, Instant computedAt) {

    /** Scorecard of one meter: its readings in the year, how many were flagged, its calibration due date. */
    public record MeterQuality(String meter, String source, int readings, int flagged, Double accuracy,
                               LocalDate calibrationDueOn, int findings) {
    }
}
