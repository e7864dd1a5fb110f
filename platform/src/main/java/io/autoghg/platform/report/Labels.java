package io.autoghg.platform.report;

import io.autoghg.accounting.catalogue.IsoCategory;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.platform.organisation.OrgUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Texts and numbers of a report in its language: messages from i18n/report*.properties, the
 * catalogue's and the organisation's names in Chinese or English, and numbers rounded half-even at
 * presentation only (tCO2e to 0.001 t, gas masses to 0.000001 t, percentages to 0.1).
 */
final class Labels {
    private final MessageSource messages;
    private final ReportLanguage language;

    Labels(MessageSource messages, ReportLanguage language) {
        this.messages = messages;
        this.language = language;
    }

    ReportLanguage language() {
        return language;
    }

    boolean zh() {
        return language == ReportLanguage.ZH;
    }

    /** A message of i18n/report*.properties; numbers among the arguments are shown as they are (a year stays "2025"). */
    String m(String key, Object... args) {
        Object[] shown = Arrays.stream(args).map(arg -> arg instanceof Number number ? number.toString() : arg).toArray();
        return messages.getMessage("report." + key, shown, language.locale());
    }

    /** A message, or {@code fallback} when the bundle has none (e.g. a metric the engine added later). */
    String mOr(String key, String fallback) {
        return messages.getMessage("report." + key, null, fallback, language.locale());
    }

    String type(SourceType type) {
        return zh() ? type.nameZh() : type.nameEn();
    }

    String iso(int category) {
        IsoCategory iso = Arrays.stream(IsoCategory.values()).filter(c -> c.number() == category).findFirst().orElseThrow();
        return m("iso.category", category, zh() ? iso.nameZh() : iso.nameEn());
    }

    String unit(String code, List<OrgUnit> units) {
        if (code == null) {
            return m("unit.none");
        }
        return units.stream().filter(unit -> unit.code().equals(code)).findFirst()
                .map(unit -> zh() && unit.nameZh() != null && !unit.nameZh().isBlank() ? unit.nameZh() : unit.name())
                .orElse(code);
    }

    String scope3Category(String key) {
        return m("scope3.category", key, m("scope3.name." + key.replace('+', '_')));
    }

    /** "1月" or "Jan". */
    String month(java.time.YearMonth month) {
        return zh() ? month.getMonthValue() + "月" : month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
    }

    /** tCO2e, rounded half-even to 3 decimals, with thousands separators: "164,775.904". */
    String t(BigDecimal value) {
        return number(value, 3);
    }

    String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value.setScale(decimals, RoundingMode.HALF_EVEN));
    }

    /** A recorded value as it is (no rounding), with thousands separators. */
    String exact(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal plain = value.stripTrailingZeros();
        int scale = Math.max(plain.scale(), 0);
        return number(plain.setScale(scale, RoundingMode.UNNECESSARY), scale);
    }

    String pct(Number value) {
        return value == null ? "–" : number(new BigDecimal(value.toString()), 1) + " %";
    }

    String time(Instant instant, String zone) {
        return instant == null ? "–"
                : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(zone)).format(instant) + " (" + zone + ")";
    }
}
