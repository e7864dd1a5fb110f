package io.autoghg.platform.support;

/** The caller is known but may not do this here (HTTP 403). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
