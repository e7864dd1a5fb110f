package io.autoghg.platform.support;

/** A request field is wrong (HTTP 400); the message names the field and the problem. */
public class BadRequestException extends RuntimeException {
    private final String field;

    public BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
