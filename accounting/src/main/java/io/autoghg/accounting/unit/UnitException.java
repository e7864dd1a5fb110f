package io.autoghg.accounting.unit;

/** A unit could not be parsed or a conversion is not possible. */
public class UnitException extends RuntimeException {
    public UnitException(String message) {
        super(message);
    }
}
