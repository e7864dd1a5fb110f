package io.autoghg.platform.report;

/** What a report follows (docs/reports.md): the code is the value of ?standard= and of the CLI's --standard. */
public enum Standard {
    /** GB/T 32150-2015 inventory report of an industrial enterprise. */
    GBT32150("gbt32150"),
    /** ISO 14064-1:2018 GHG report (categories 1–6, the content list of clause 9). */
    ISO14064("iso14064"),
    /** GHG Protocol summary: Scope 1, Scope 2 location- and market-based, Scope 3 by category. */
    GHGP("ghgp"),
    /** Statistical tables: monthly by source, by organisational unit, by energy carrier, intensity per vehicle. */
    TABLES("tables");

    private final String code;

    Standard(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Standard parse(String value) {
        return ReportChoice.parse(values(), Standard::code, "standard", "standard", value);
    }
}
