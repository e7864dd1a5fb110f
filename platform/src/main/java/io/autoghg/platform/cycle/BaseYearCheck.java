package io.autoghg.platform.cycle;

import io.autoghg.platform.inventory.InventoryDiff;
import java.math.BigDecimal;
import java.util.List;

/**
 * Whether a plant's base year needs recalculating (GHG Protocol Corporate Standard ch. 5, ISO 14064-1
 * 6.4.1): the base year's total as reported (the inventory version recorded when it was last closed)
 * against its current computation. A change whose size exceeds the significance threshold calls for a
 * recalculation. {@code reasons} and {@code sources} come from the inventory diff of the two versions.
 *
 * <p>{@code changePct} is rounded half-up to 2 decimals; {@code recalculationNeeded} compares the
 * unrounded change with the threshold. Fields that do not apply to the status are null.
 */
public record BaseYearCheck(String plant, Status status, Integer baseYear, BigDecimal thresholdPct, Integer reportedVersion,
                            String reportedAt, BigDecimal reportedTotal, Integer currentVersion, BigDecimal currentTotal,
                            BigDecimal changeTco2e, BigDecimal changePct, boolean recalculationNeeded, String summary,
                            List<String> reasons, List<InventoryDiff.SourceChange> sources, String note) {

    /** Structural changes reach the check only as changes of the base year's inputs. */
    public static final String STRUCTURAL_NOTE = "Structural changes (acquisitions, divestments, outsourcing or insourcing) are"
            + " recorded as boundary or source changes of the base year (its organisational units, sources and their data);"
            + " the check sees them, like changes of method (parameters, GWP set, library) and corrected errors, through the"
            + " recomputed base-year inventory.";

    public enum Status {
        /** No year of the plant is marked as base year. */
        NO_BASE_YEAR,
        /** The base year was never closed, so no figures were reported for it. */
        NOT_REPORTED,
        /** The change since reporting is within the significance threshold. */
        WITHIN_THRESHOLD,
        /** The change since reporting exceeds the significance threshold. */
        RECALCULATION_NEEDED
    }
}
