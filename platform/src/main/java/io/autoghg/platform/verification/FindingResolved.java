package io.autoghg.platform.verification;

/** A finding was closed (ACCEPTED or REJECTED); published in the closing transaction. */
public record FindingResolved(String plant, int year, Finding finding) {
}
