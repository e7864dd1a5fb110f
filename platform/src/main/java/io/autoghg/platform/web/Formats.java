package io.autoghg.platform.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Number formatting for templates: ${@formats.t(value)} → "12,345.678" (rounding only at presentation). */
@Component("formats")
public class Formats {

    public String t(Object value) {
        return format(value, 3);
    }

    public String n(Object value, int decimals) {
        return format(value, decimals);
    }

    public String pct(Object value) {
        return value == null ? "–" : format(value, 1) + " %";
    }

    /** An instant (java.time.Instant or its ISO text) as "2026-11-25 14:54:06 UTC"; "–" for none. */
    public String utc(Object instant) {
        if (instant == null || instant.toString().isBlank()) {
            return "–";
        }
        java.time.Instant at = instant instanceof java.time.Instant i ? i : java.time.Instant.parse(instant.toString());
        return UTC.format(at);
    }

    private static final java.time.format.DateTimeFormatter UTC = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(java.time.ZoneOffset.UTC);

    private static String format(Object value, int decimals) {
        if (value == null) {
            return "–";
        }
        BigDecimal number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(number.setScale(decimals, RoundingMode.HALF_EVEN));
    }
}
