package io.autoghg.platform.support;

/** The request contradicts stored data, e.g. a duplicate code or an overlapping period (HTTP 409). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
