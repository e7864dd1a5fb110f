package io.autoghg.platform.security;

import java.util.List;

/** Who is calling: a person's account or an API token, with the grants that apply. */
public record Caller(String name, Kind kind, long id, List<Grant> grants) {
    public enum Kind { USER, TOKEN, SYSTEM }

    public static final Caller SYSTEM = new Caller("system", Kind.SYSTEM, 0, List.of(Grant.everywhere(Role.ADMINISTRATOR)));

    /** The actor name recorded as provenance: "user:alice", "token:gateway-1" or "system". */
    public String actorName() {
        return switch (kind) {
            case USER -> "user:" + name;
            case TOKEN -> "token:" + name;
            case SYSTEM -> "system";
        };
    }
}
