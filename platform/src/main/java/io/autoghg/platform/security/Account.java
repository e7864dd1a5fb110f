package io.autoghg.platform.security;

import java.util.List;

/** A person's account as shown to administrators (no secrets). */
public record Account(long id, String username, String displayName, String email, boolean local, boolean oidc,
                      boolean mustChangePassword, boolean locked, boolean disabled, String lastLoginAt, List<Grant> grants) {
}
