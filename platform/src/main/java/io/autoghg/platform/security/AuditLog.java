package io.autoghg.platform.security;

import io.autoghg.platform.support.Hashes;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log: logins, refusals, reads of sensitive data, exports and every change, each entry
 * holding the hash of the one before (its own hash chain, checked by {@link #check()}). Entries
 * are written in their own transaction so a refused or failed request still leaves its trace.
 */
@Service
public class AuditLog {
    static final String GENESIS = "0".repeat(64);
    private static final long CHAIN_LOCK = 0x4155444954L; // "AUDIT"
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final JsonMapper CANONICAL = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final JdbcClient jdbc;
    private final TransactionTemplate separate;

    AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public record Event(long seq, String at, String actor, String action, String target, String outcome, String remoteAddr,
                        String details, String prevHash, String hash) {
    }

    /** The result of {@link #check()}: {@code brokenAt} is the sequence number of the first bad entry, null when the chain holds. */
    public record Check(int entries, boolean ok, String problem, Long brokenAt) {
    }

    /** Records an event for the current caller; details are kept as canonical JSON. */
    public void record(String actor, String action, String target, String outcome, Map<String, ?> details) {
        String remote = remoteAddress();
        String text = CANONICAL.writeValueAsString(new TreeMap<>(details));
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        separate.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Object.class).single();
            String prev = jdbc.sql("select hash from audit_event order by seq desc limit 1").query(String.class).optional().orElse(GENESIS);
            String hash = hash(prev, TIME.format(at), actor, action, target, outcome, remote, text);
            jdbc.sql("""
                            insert into audit_event (at, actor, action, target, outcome, remote_addr, details, prev_hash, hash)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Timestamp.from(at), actor, action, target, outcome, remote, text, prev, hash).update();
        });
    }

    void denied(Caller caller, String permission, String scope) {
        record(caller.actorName(), "DENIED", scope, "DENIED", Map.of("permission", permission));
    }

    static String hash(String prev, String at, String actor, String action, String target, String outcome, String remote, String details) {
        return Hashes.sha256(String.join("\n", prev, at, actor, action, target, outcome, remote == null ? "" : remote, details));
    }

    /** Newest first, filtered by actor and action when given. */
    public List<Event> events(String actor, String action, int limit) {
        StringBuilder sql = new StringBuilder("select * from audit_event where true");
        List<Object> params = new ArrayList<>();
        if (actor != null && !actor.isBlank()) {
            sql.append(" and actor = ?");
            params.add(actor);
        }
        if (action != null && !action.isBlank()) {
            sql.append(" and action = ?");
            params.add(action);
        }
        sql.append(" order by seq desc limit ?");
        params.add(Math.max(1, Math.min(limit, 5000)));
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Event(rs.getLong("seq"),
                TIME.format(rs.getTimestamp("at").toInstant()), rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                rs.getString("outcome"), rs.getString("remote_addr"), rs.getString("details"), rs.getString("prev_hash"),
                rs.getString("hash"))).list();
    }

    /** Recomputes the whole chain: an edited, inserted or deleted row breaks it at that entry. */
    public Check check() {
        List<Event> all = jdbc.sql("select * from audit_event order by seq").query((rs, n) -> new Event(rs.getLong("seq"),
                TIME.format(rs.getTimestamp("at").toInstant()), rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                rs.getString("outcome"), rs.getString("remote_addr"), rs.getString("details"), rs.getString("prev_hash"),
                rs.getString("hash"))).list();
        String prev = GENESIS;
        for (Event event : all) {
            if (!event.prevHash().equals(prev)) {
                return new Check(all.size(), false, "audit entry " + event.seq() + " does not follow the entry before it (deleted or reordered)",
                        event.seq());
            }
            String expected = hash(prev, event.at(), event.actor(), event.action(), event.target(), event.outcome(), event.remoteAddr(),
                    event.details());
            if (!expected.equals(event.hash())) {
                return new Check(all.size(), false, "audit entry " + event.seq() + " was changed after it was written", event.seq());
            }
            prev = event.hash();
        }
        return new Check(all.size(), true, null, null);
    }

    static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
