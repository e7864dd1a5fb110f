package io.autoghg.platform.web;

import static io.autoghg.platform.web.InventoryReader.sources;

import io.autoghg.platform.source.EmissionSource;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Data completeness of a year: for each source, the months with data (the months of its
 * {@code monthly} split) against the months that have ended; sources expected per event are listed apart.
 */
record OverviewCompleteness(int elapsed, int checked, int complete, List<Gap> incomplete, List<String> eventDriven) {

    /** A source that misses months: code, name, months with data, months expected, the missing months' names. */
    record Gap(String code, String name, int months, int expected, String missing, String href) {
    }

    static OverviewCompleteness of(InventoryData.Loaded data, LocalDate today) {
        int year = data.year();
        // months that have ended: the current month is still being collected
        int elapsed = year < today.getYear() ? 12 : year == today.getYear() ? today.getMonthValue() - 1 : 0;
        List<Gap> gaps = new ArrayList<>();
        List<String> events = new ArrayList<>();
        int checked = 0;
        for (Map<String, Object> source : sources(data.inventory())) {
            String code = String.valueOf(source.get("code"));
            EmissionSource setUp = data.sources().get(code);
            if (setUp != null && "EVENT".equals(setUp.frequency())) {
                events.add(code);
                continue;
            }
            checked++;
            Map<?, ?> monthly = source.get("monthly") instanceof Map<?, ?> map ? map : Map.of();
            List<String> missing = new ArrayList<>();
            int months = 0;
            for (int m = 1; m <= elapsed; m++) {
                if (monthly.containsKey(String.format("%04d-%02d", year, m))) {
                    months++;
                } else {
                    missing.add(Month.of(m).getDisplayName(TextStyle.SHORT, data.labels().locale()));
                }
            }
            if (months < elapsed) {
                gaps.add(new Gap(code, String.valueOf(source.get("name")), months, elapsed, String.join(", ", missing),
                        InventoryLinks.trace(data.plant().code(), year, code)));
            }
        }
        return new OverviewCompleteness(elapsed, checked, checked - gaps.size(), gaps, events);
    }
}
