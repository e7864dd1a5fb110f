package io.autoghg.platform.security;

import java.time.Instant;

/** An API token for machines and automation; only its hash is stored. */
public record ApiToken(long id, String name, String role, Instant createdAt, Instant revokedAt) {
}
