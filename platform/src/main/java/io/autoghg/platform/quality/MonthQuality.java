package io.autoghg.platform.quality;

import java.time.YearMonth;

/**
 * Completeness of one month: the mean over the sources expected to have data in it of the share of
 * their expected periods (days or the month) that have data; null for a month that has not ended.
 */
public record MonthQuality(YearMonth month, Double completeness, int sources) {
}
