package io.autoghg.platform.support;

/**
 * Who made a request: a user or a machine (API token name). Recorded as provenance on every datum.
 * "user:<name>" for a signed-in account, "token:<name>" for an API token.
 */
public record Actor(String name) {
    public static final Actor SYSTEM = new Actor("system");

    public static Actor current() {
        return CurrentActor.get();
    }
}
