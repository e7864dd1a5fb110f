package io.autoghg.platform.verification;

/** A verification statement was issued; published in the issuing transaction. */
public record StatementIssued(String plant, int year, Statement statement) {
}
