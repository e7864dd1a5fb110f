package io.autoghg.platform.security;

import java.time.Instant;

/** An API token for machines and automation, with its role and scope; only its hash is stored. */
public record ApiToken(long id, String name, String role, String groupCode, String plantCode, Integer year, Instant createdAt,
                       Instant lastUsedAt, Instant revokedAt) {
}
