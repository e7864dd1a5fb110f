package io.autoghg.accounting.parameter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Versioned, sourced parameters. Several entries may share a key (a new official release is a new
 * entry, never an edit); a lookup picks the entry valid on the requested date.
 */
public final class ParameterLibrary {
    private final List<LibraryParameter> entries;
    private final String version;

    public ParameterLibrary(List<LibraryParameter> entries, String version) {
        this.entries = List.copyOf(entries);
        this.version = version;
    }

    /** The library the platform ships (see {@link ShippedParameters}). */
    public static ParameterLibrary shipped() {
        return new ParameterLibrary(ShippedParameters.all(), ShippedParameters.VERSION);
    }

    public String version() {
        return version;
    }

    public List<LibraryParameter> entries() {
        return entries;
    }

    public ParameterLibrary with(LibraryParameter extra) {
        List<LibraryParameter> all = new ArrayList<>(entries);
        all.add(extra);
        return new ParameterLibrary(all, version + "+local");
    }

    /**
     * The entry for {@code key} valid on {@code date} (the latest valid-from wins when several are).
     * When none is valid, the latest earlier entry (or else the earliest later one) is used and the
     * lookup's note says so.
     */
    public Optional<Lookup> find(String key, LocalDate date) {
        List<LibraryParameter> candidates = entries.stream().filter(entry -> entry.key().equals(key)).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Comparator<LibraryParameter> byValidFrom = Comparator.comparing(
                entry -> Optional.ofNullable(entry.provenance().validFrom()).orElse(LocalDate.MIN));
        Optional<LibraryParameter> valid = candidates.stream()
                .filter(entry -> entry.provenance().isValidOn(date)).max(byValidFrom);
        if (valid.isPresent()) {
            return Optional.of(new Lookup(valid.get(), null));
        }
        Optional<LibraryParameter> earlier = candidates.stream()
                .filter(entry -> entry.provenance().validTo() != null && entry.provenance().validTo().isBefore(date))
                .max(byValidFrom);
        LibraryParameter chosen = earlier.orElseGet(() -> candidates.stream().min(byValidFrom).orElseThrow());
        return Optional.of(new Lookup(chosen, "no library value of " + key + " is valid on " + date
                + "; used the nearest one (" + chosen.provenance().describe() + ")"));
    }
}
