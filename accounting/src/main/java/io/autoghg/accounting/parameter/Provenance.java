package io.autoghg.accounting.parameter;

import java.time.LocalDate;

/**
 * Where a parameter value comes from: publication, table, year of publication, validity, status
 * and the library version that introduced it. Later official releases are added as new entries.
 */
public record Provenance(String publication, String table, Integer year, LocalDate validFrom, LocalDate validTo,
                         Status status, String version, String note) {

    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public String describe() {
        StringBuilder text = new StringBuilder(publication);
        if (table != null) {
            text.append(", ").append(table);
        }
        if (year != null) {
            text.append(" (").append(year).append(')');
        }
        text.append("; status ").append(status.code());
        if (validFrom != null || validTo != null) {
            text.append("; valid ").append(validFrom == null ? "…" : validFrom).append(" to ")
                    .append(validTo == null ? "…" : validTo);
        }
        if (version != null) {
            text.append("; library version ").append(version);
        }
        if (note != null) {
            text.append("; ").append(note);
        }
        return text.toString();
    }
}
