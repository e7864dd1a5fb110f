package io.autoghg.platform.cycle;

/**
 * Asked before a reporting period is closed, with the inventory version the close would lock.
 * {@link ReportingCycleService} obtains every bean of this type and asks each in the closing
 * transaction; a refusal leaves the period as it was. Implemented by modules that depend on the
 * cycle (verification: a period with an invited verifier closes only with a statement that covers
 * that version), so the cycle does not depend on them.
 */
public interface ClosingCheck {
    /** Throws (e.g. ConflictException, a 409) when the period may not be closed with this inventory version. */
    void checkClosable(String plant, int year, int inventoryVersion);
}
