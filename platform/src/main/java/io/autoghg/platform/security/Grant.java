package io.autoghg.platform.security;

/**
 * A role within a scope: everywhere (all null), a group of plants, one plant, or one plant's
 * reporting period (plant and year).
 */
public record Grant(Role role, String groupCode, String plantCode, Integer year) {

    public static Grant everywhere(Role role) {
        return new Grant(role, null, null, null);
    }

    public boolean everywhere() {
        return groupCode == null && plantCode == null;
    }

    /** Whether this grant's scope covers the plant (of the group) and, when given, the year. */
    boolean covers(String plant, String plantGroup, Integer forYear) {
        if (everywhere()) {
            return true;
        }
        if (groupCode != null) {
            return groupCode.equals(plantGroup);
        }
        if (!plantCode.equals(plant)) {
            return false;
        }
        return year == null || forYear == null || year.equals(forYear);
    }

    /** Covers the plant for every year (a period grant does not). */
    boolean coversWholePlant(String plant, String plantGroup) {
        return covers(plant, plantGroup, null) && year == null;
    }

    public String scope() {
        if (everywhere()) {
            return "*";
        }
        if (groupCode != null) {
            return "group:" + groupCode;
        }
        return year == null ? "plant:" + plantCode : "period:" + plantCode + "/" + year;
    }
}
