package io.autoghg.platform.support;

/**
 * Who made a request: a user or a machine (API token name). Recorded as provenance on every datum.
 * Until authentication lands every request without a token is "anonymous".
 */
public record Actor(String name) {
    public static final Actor SYSTEM = new Actor("system");

    public static Actor current() {
        return CurrentActor.get();
    }
}
