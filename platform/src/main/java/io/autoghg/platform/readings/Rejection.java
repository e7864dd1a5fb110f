package io.autoghg.platform.readings;

/** A reading that was not stored: its row, meter code, the field at fault and why. */
public record Rejection(int row, String meter, String field, String reason) {
}
