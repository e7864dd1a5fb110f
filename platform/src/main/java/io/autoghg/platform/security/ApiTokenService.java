package io.autoghg.platform.security;

import io.autoghg.platform.support.AutoghgProperties;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.Hashes;
import io.autoghg.platform.support.NotFoundException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens (Authorization: Bearer …). When AUTOGHG_BOOTSTRAP_TOKEN is set and no token exists yet,
 * its value becomes an administrator token at start-up. While no token exists the API is open
 * (single-user demo); once one exists every API call needs a valid token.
 */
@Service
public class ApiTokenService {
    public static final Set<String> ROLES = Set.of("ADMINISTRATOR", "PLANT_ENGINEER", "DATA_ENTRY", "ACCOUNTANT",
            "PLANT_MANAGER", "VERIFIER", "GROUP_VIEWER", "GATEWAY");
    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private volatile boolean anyActive;

    ApiTokenService(JdbcClient jdbc, AutoghgProperties properties) {
        this.jdbc = jdbc;
        bootstrap(properties.bootstrapToken());
        refresh();
    }

    private void bootstrap(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        boolean none = jdbc.sql("select not exists (select 1 from api_token)").query(Boolean.class).single();
        if (none) {
            jdbc.sql("insert into api_token (name, token_hash, role) values ('bootstrap', ?, 'ADMINISTRATOR')")
                    .param(Hashes.sha256(token)).update();
            log.info("event=bootstrap-token-created role=ADMINISTRATOR");
        }
    }

    private void refresh() {
        anyActive = jdbc.sql("select exists (select 1 from api_token where revoked_at is null)").query(Boolean.class).single();
    }

    boolean required() {
        return anyActive;
    }

    Optional<ApiToken> authenticate(String token) {
        return jdbc.sql("select id, name, role, created_at, revoked_at from api_token where token_hash = ? and revoked_at is null")
                .param(Hashes.sha256(token)).query(ApiToken.class).optional();
    }

    /** Creates a token and returns its secret once; only the hash is kept. */
    @Transactional
    public String create(String name, String role) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("name", "a token needs a name (who or what uses it)");
        }
        if (!ROLES.contains(role)) {
            throw new BadRequestException("role", "unknown role '" + role + "'; roles: " + String.join(", ", ROLES.stream().sorted().toList()));
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "agt_" + HexFormat.of().formatHex(bytes);
        jdbc.sql("insert into api_token (name, token_hash, role) values (?, ?, ?)").params(name, Hashes.sha256(token), role).update();
        refresh();
        return token;
    }

    public List<ApiToken> tokens() {
        return jdbc.sql("select id, name, role, created_at, revoked_at from api_token order by id").query(ApiToken.class).list();
    }

    @Transactional
    public void revoke(long id) {
        int updated = jdbc.sql("update api_token set revoked_at = now() where id = ? and revoked_at is null").param(id).update();
        if (updated == 0) {
            throw new NotFoundException("no active token " + id);
        }
        refresh();
    }
}
