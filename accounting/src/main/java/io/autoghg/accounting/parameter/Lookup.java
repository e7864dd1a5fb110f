package io.autoghg.accounting.parameter;

/** A library value chosen for a date, with a note when no entry was valid on that date. */
public record Lookup(LibraryParameter parameter, String note) {
}
