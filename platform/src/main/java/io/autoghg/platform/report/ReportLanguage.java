package io.autoghg.platform.report;

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
        return ReportChoice.parse(values(), ReportLanguage::code, "lang", "language", value);
    }
}
