package io.autoghg.platform.report;

import io.autoghg.platform.support.BadRequestException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

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
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(standard -> standard.code.equals(wanted)).findFirst()
                .orElseThrow(() -> new BadRequestException("standard", "'" + value + "' is not a report standard; use one of "
                        + Arrays.stream(values()).map(Standard::code).collect(Collectors.joining(", "))));
    }
}
