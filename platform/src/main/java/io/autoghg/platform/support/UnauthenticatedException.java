package io.autoghg.platform.support;

/** The request carries no valid credentials (HTTP 401). */
public class UnauthenticatedException extends RuntimeException {
    public UnauthenticatedException(String message) {
        super(message);
    }
}
