package io.autoghg.edge.uplink;

/** A batch the platform did not acknowledge: unreachable, an error answer, a timeout. */
public final class UplinkException extends Exception {

    public UplinkException(String message) {
        super(message);
    }

    public UplinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
