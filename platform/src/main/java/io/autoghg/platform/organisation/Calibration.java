package io.autoghg.platform.organisation;

import java.time.LocalDate;

/** A calibration or repair record of a meter. */
public record Calibration(long id, String meter, LocalDate calibratedOn, LocalDate dueOn, String result, String certificate) {
}
