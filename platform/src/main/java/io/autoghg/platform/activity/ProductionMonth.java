package io.autoghg.platform.activity;

import java.time.YearMonth;

/** Vehicles produced in a month (for intensity per vehicle). */
public record ProductionMonth(YearMonth month, int vehicles) {
}
