package io.autoghg.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Console addresses (context-relative; templates prefix them with @{…}). */
final class InventoryLinks {
    private InventoryLinks() {
    }

    static String trace(String plant, int year, Object source) {
        return "/inventory/trace?plant=" + enc(plant) + "&year=" + year + "&source=" + enc(source);
    }

    static String table(String plant, int year, String table) {
        return "/inventory?table=" + enc(table) + "&plant=" + enc(plant) + "&year=" + year;
    }

    /** The calculation table, optionally filtered ("scope:scope1", "gas:CH4", "iso:3", "s3:6+7", "unit:PAINT", "type:…"). */
    static String calculation(String plant, int year, String by) {
        return table(plant, year, "calculation") + (by == null ? "" : "&by=" + enc(by));
    }

    /** The XLSX download of a table (the calculation table with its filter, if any). */
    static String xlsx(String plant, int year, String table, String by) {
        return "/inventory/xlsx?table=" + enc(table) + "&plant=" + enc(plant) + "&year=" + year + (by == null ? "" : "&by=" + enc(by));
    }

    /** The Data page's list of a source's activity data in a year. */
    static String data(String plant, int year, Object source) {
        return "/data?plant=" + enc(plant) + "&source=" + enc(source) + "&from=" + year + "-01-01&to=" + (year + 1) + "-01-01";
    }

    private static String enc(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }
}
