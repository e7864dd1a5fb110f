package io.autoghg.platform.security;

/** A grant as stored for an account: its id (to remove it alone), who gave it and when (UTC instant). */
public record AssignedGrant(long id, Grant grant, String grantedBy, String grantedAt) {
}
