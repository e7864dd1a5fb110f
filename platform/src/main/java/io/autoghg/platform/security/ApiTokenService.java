package io.autoghg.platform.security;

import io.autoghg.platform.support.AutoghgProperties;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.Hashes;
import io.autoghg.platform.support.NotFoundException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens (Authorization: Bearer …) for machines: each has one role within one scope and can
 * be revoked. When AUTOGHG_BOOTSTRAP_TOKEN is set and no token exists yet, its value becomes an
 * administrator token at start-up (the automation entry point).
 */
@Service
public class ApiTokenService {
    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);
    private static final String COLUMNS = "id, name, role, group_code, plant_code, year, created_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(JdbcClient jdbc, AutoghgProperties properties) {
        this.jdbc = jdbc;
        bootstrap(properties.bootstrapToken());
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

    /** The caller a token stands for, when it is valid and not revoked (bearer requests; MQTT clients use it as their password). */
    public Optional<Caller> authenticate(String token) {
        Optional<ApiToken> found = jdbc.sql("select " + COLUMNS + " from api_token where token_hash = ? and revoked_at is null")
                .param(Hashes.sha256(token)).query(ApiToken.class).optional();
        found.ifPresent(t -> jdbc.sql("update api_token set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')")
                .param(t.id()).update());
        return found.map(t -> new Caller(t.name(), Caller.Kind.TOKEN, t.id(),
                List.of(new Grant(Role.valueOf(t.role()), t.groupCode(), t.plantCode(), t.year()))));
    }

    /** Creates a token and returns its secret once; only the hash is kept. */
    @Transactional
    public String create(String name, String role, String groupCode, String plantCode, Integer year) {
        if (name == null || name.isBlank()) {
            throw new BadRequestException("name", "a token needs a name (who or what uses it)");
        }
        Role parsed = Role.parse("role", role);
        if (year != null && plantCode == null) {
            throw new BadRequestException("year", "a period-scoped token names the plant as well as the year");
        }
        if (groupCode != null && plantCode != null) {
            throw new BadRequestException("groupCode", "a token is scoped to a group or to a plant, not both");
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "agt_" + HexFormat.of().formatHex(bytes);
        jdbc.sql("insert into api_token (name, token_hash, role, group_code, plant_code, year) values (?, ?, ?, ?, ?, ?)")
                .params(name, Hashes.sha256(token), parsed.name(), groupCode, plantCode, year).update();
        return token;
    }

    public List<ApiToken> tokens() {
        return jdbc.sql("select " + COLUMNS + " from api_token order by id").query(ApiToken.class).list();
    }

    @Transactional
    public void revoke(long id) {
        int updated = jdbc.sql("update api_token set revoked_at = now() where id = ? and revoked_at is null").param(id).update();
        if (updated == 0) {
            throw new NotFoundException("no active token " + id);
        }
    }
}
