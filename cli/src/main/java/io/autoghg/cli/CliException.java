package io.autoghg.cli;

/** A command failed for a reason the user can act on; the message is printed without a stack trace. */
final class CliException extends RuntimeException {
    private final int exitCode;

    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
