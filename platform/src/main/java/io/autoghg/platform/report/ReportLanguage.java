package io.autoghg.platform.report;

import io.autoghg.platform.support.BadRequestException;
import java.util.Locale;

/** The language a report is written in. */
public enum ReportLanguage {
    ZH("zh", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String code;
    private final Locale locale;

    ReportLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public static ReportLanguage parse(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (ReportLanguage language : values()) {
            if (language.code.equals(wanted)) {
                return language;
            }
        }
        throw new BadRequestException("lang", "'" + value + "' is not a report language; use zh or en");
    }
}
