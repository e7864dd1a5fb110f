package io.autoghg.platform.support;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The actor recorded as provenance, from the signed-in account or API token of the current request. */
public final class CurrentActor {
    private CurrentActor() {
    }

    static Actor get() {
        return new Actor(name(SecurityContextHolder.getContext().getAuthentication()));
    }

    /** "user:alice" or "token:gateway-1"; "anonymous" without authentication. */
    public static String name(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return "anonymous";
        }
        String name = authentication.getName();
        return name.startsWith("user:") || name.startsWith("token:") || name.equals("system") ? name : "user:" + name;
    }
}
