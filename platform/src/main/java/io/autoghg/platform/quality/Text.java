package io.autoghg.platform.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Numbers and dates in finding explanations: "98,765.4", "Wed 2025-11-05". */
final class Text {
    private Text() {
    }

    /** A measured value with up to three decimals and thousands separators. */
    static String number(double value) {
        if (Double.isInfinite(value)) {
            return "∞";
        }
        return format(BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN), "#,##0.###");
    }

    static String number(BigDecimal value) {
        return format(value, "#,##0.######");
    }

    /** One decimal: z-scores, ratios, percentages. */
    static String one(double value) {
        if (Double.isInfinite(value)) {
            return "∞";
        }
        return format(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN), "#,##0.0");
    }

    static String day(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day;
    }

    private static String format(BigDecimal value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
