package io.autoghg.platform.organisation;

import java.time.LocalDate;

/**
 * A measurement point: what it measures, its unit, serial number, accuracy class, and the due
 * date of its latest calibration (null when never calibrated).
 */
public record Meter(long id, String code, String measures, String unit, String serialNumber, String accuracyClass,
                    String orgUnit, String equipment, LocalDate calibrationDueOn) {
}
