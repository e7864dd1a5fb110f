package io.autoghg.platform.readings;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.ApiTokenService;
import io.autoghg.platform.security.Caller;
import io.autoghg.platform.security.Permission;
import io.moquette.broker.security.IAuthenticator;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may connect to the embedded broker and what they may publish and subscribe to (docs/readings.md §6.3).
 * A client connects with an API token as its password (any user name); the token must hold
 * INGEST_READINGS somewhere. It may publish to {@code autoghg/v1/{plant}/readings} and to the Sparkplug B topics
 * {@code spBv1.0/{plant}/{NBIRTH|NDATA|NDEATH}/{node}} and {@code spBv1.0/{plant}/{DBIRTH|DDATA|DDEATH}/{node}/{device}},
 * and subscribe to
 * {@code autoghg/v1/{plant}/readings/rejected} and {@code autoghg/v1/{plant}/readings/committed/{gateway}}
 * (one gateway, no wildcard) for the plants where it holds INGEST_READINGS — nothing else. The service's own
 * subscriber connects with a secret made at start-up; other clients are let in only while it is subscribed
 * (what they publish otherwise would be acknowledged by the broker and never stored). A token is checked
 * again at most a minute after it was last checked, so a revoked token stops working within a minute.
 */
final class MqttAccess implements IAuthenticator, IAuthorizatorPolicy {
    static final String SERVICE_USER = "autoghg-service";
    private static final Logger log = LoggerFactory.getLogger(MqttAccess.class);
    private static final Pattern READINGS = Pattern.compile("autoghg/v1/([^/+#]+)/readings");
    private static final Pattern REJECTED = Pattern.compile("autoghg/v1/([^/+#]+)/readings/rejected");
    /** Sparkplug B messages of an edge node (group id = plant): births, data and deaths, no commands or STATE. */
    private static final Pattern SPARKPLUG = Pattern.compile(
            "spBv1\\.0/([^/+#]+)/(?:NBIRTH|NDATA|NDEATH)/[^/+#]+|spBv1\\.0/([^/+#]+)/(?:DBIRTH|DDATA|DDEATH)/[^/+#]+/[^/+#]+");
    private static final Pattern COMMITTED = Pattern.compile("autoghg/v1/([^/+#]+)/readings/committed/[^/+#]+");
    private static final Duration RECHECK = Duration.ofMinutes(1);

    private final ApiTokenService tokens;
    private final Access access;
    private final Clock clock;
    private final String servicePassword;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private volatile boolean serviceReady;

    /** A connected client: its caller, or null for the service itself. */
    private record Client(Caller caller, String token, Instant checkedAt) {
    }

    MqttAccess(ApiTokenService tokens, Access access, Clock clock) {
        this.tokens = tokens;
        this.access = access;
        this.clock = clock;
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        this.servicePassword = HexFormat.of().formatHex(secret);
    }

    String servicePassword() {
        return servicePassword;
    }

    /** Whether the service's subscriber is subscribed, so that what a gateway publishes is stored and answered. */
    void serviceReady(boolean ready) {
        this.serviceReady = ready;
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        if (password == null || clientId == null) {
            return false;
        }
        String secret = new String(password, StandardCharsets.UTF_8);
        if (SERVICE_USER.equals(username)) {
            boolean ok = MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), servicePassword.getBytes(StandardCharsets.UTF_8));
            if (ok) {
                clients.put(clientId, new Client(null, null, clock.instant()));
            }
            return ok;
        }
        if (!serviceReady) {
            log.info("event=mqtt-connect-refused clientId={} username={} reason=service-not-subscribed", clientId, username);
            return false;
        }
        Optional<Caller> caller = tokens.authenticate(secret);
        if (caller.isEmpty() || caller.get().grants().stream().noneMatch(grant -> grant.role().grants(Permission.INGEST_READINGS))) {
            log.info("event=mqtt-connect-refused clientId={} username={} reason={}", clientId, username,
                    caller.isEmpty() ? "token-not-valid" : "no-ingest-permission");
            return false;
        }
        clients.put(clientId, new Client(caller.get(), secret, clock.instant()));
        log.info("event=mqtt-connected clientId={} actor={}", clientId, caller.get().actorName());
        return true;
    }

    @Override
    public boolean canWrite(Topic topic, String user, String clientId) {
        Client client = current(clientId);
        if (client == null) {
            return false;
        }
        String name = topic.toString();
        if (client.caller() == null) {
            return REJECTED.matcher(name).matches() || COMMITTED.matcher(name).matches();
        }
        String plant = plantOfPublish(name);
        boolean allowed = plant != null && access.allows(client.caller(), Permission.INGEST_READINGS, plant);
        if (!allowed) {
            log.info("event=mqtt-publish-refused clientId={} actor={} topic={}", clientId, client.caller().actorName(), name);
        }
        return allowed;
    }

    @Override
    public boolean canRead(Topic topic, String user, String clientId) {
        Client client = current(clientId);
        if (client == null) {
            return false;
        }
        String name = topic.toString();
        if (client.caller() == null) {
            return Arrays.asList(MqttReadings.SUBSCRIPTIONS).contains(name);
        }
        Matcher matcher = REJECTED.matcher(name);
        if (!matcher.matches()) {
            matcher = COMMITTED.matcher(name);
        }
        boolean allowed = matcher.matches() && access.allows(client.caller(), Permission.INGEST_READINGS, matcher.group(1));
        if (!allowed) {
            log.info("event=mqtt-subscribe-refused clientId={} actor={} topic={}", clientId, client.caller().actorName(), name);
        }
        return allowed;
    }

    /** The plant a client's message on this topic is for: a readings topic's plant, or a Sparkplug topic's group id. */
    private static String plantOfPublish(String topic) {
        Matcher matcher = READINGS.matcher(topic);
        if (matcher.matches()) {
            return matcher.group(1);
        }
        matcher = SPARKPLUG.matcher(topic);
        if (matcher.matches()) {
            return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        }
        return null;
    }

    /** The client as last authenticated; its token checked again when the last check is over a minute old. */
    private Client current(String clientId) {
        Client client = clientId == null ? null : clients.get(clientId);
        if (client == null || client.caller() == null) {
            return client;
        }
        if (client.checkedAt().plus(RECHECK).isBefore(clock.instant())) {
            Optional<Caller> caller = tokens.authenticate(client.token());
            if (caller.isEmpty()) {
                clients.remove(clientId);
                log.info("event=mqtt-token-revoked clientId={}", clientId);
                return null;
            }
            client = new Client(caller.get(), client.token(), clock.instant());
            clients.put(clientId, client);
        }
        return client;
    }
}
