package io.autoghg.platform.gateways;

import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.platform.organisation.Meter;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Edge gateways of a plant (docs/edge-gateway.md §6): their central device configuration (versioned,
 * validated), their registration and status heartbeats, and the list the console's live view shows.
 */
@Service
public class Gateways {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final int TEXT_LIMIT = 500;
    static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Access access;
    private final OrganisationService organisation;
    private final GatewayStore store;
    private final Clock clock = Clock.systemUTC();

    Gateways(Access access, OrganisationService organisation, GatewayStore store) {
        this.access = access;
        this.organisation = organisation;
        this.store = store;
    }

    /** A gateway not heard from for this long is shown as silent (it sends its status every configRefresh, 60 s by default). */
    public static final java.time.Duration SILENT_AFTER = java.time.Duration.ofMinutes(5);

    public static Instant silentBefore() {
        return Instant.now().minus(SILENT_AFTER);
    }

    /** The plant's gateways with their status, by name. */
    public List<GatewayStatus> list(String plantCode) {
        Plant plant = organisation.plant(plantCode);
        return store.all(plant.id()).stream().map(Gateways::status).toList();
    }

    /** The current central configuration; 404 when the gateway has none yet. */
    public CentralConfig config(String plantCode, String gateway) {
        return findConfig(plantCode, gateway).orElseThrow(() -> new NotFoundException(
                "gateway '" + gateway + "' of plant " + plantCode + " has no central configuration yet; it runs the devices of its file"));
    }

    public Optional<CentralConfig> findConfig(String plantCode, String gateway) {
        Plant plant = organisation.plant(plantCode);
        return store.find(plant.id(), gateway).flatMap(row -> store.current(row.id()))
                .map(saved -> centralConfig(plantCode, gateway, saved));
    }

    /**
     * Validates and saves a configuration as the next version; the same document again keeps the current
     * version (nothing changes). Every problem is reported at once, each naming its field.
     */
    @Transactional
    public CentralConfig saveConfig(String plantCode, String gateway, byte[] body) {
        access.require(Permission.MANAGE_SETUP, plantCode);
        Plant plant = organisation.plant(plantCode);
        checkName(gateway);
        JsonNode document = parse(body);
        long gatewayId = store.idOf(plant.id(), gateway);
        store.lock(gatewayId);
        Map<String, String> units = organisation.meters(plantCode).stream().collect(Collectors.toMap(Meter::code, Meter::unit));
        List<InputProblem> problems = new ConfigRules(units, metersOfOtherGateways(plant.id(), gatewayId)).check(document);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String text = JSON.writeValueAsString(document);
        Optional<GatewayStore.Saved> current = store.current(gatewayId);
        if (current.isPresent() && current.get().document().equals(text)) {
            return centralConfig(plantCode, gateway, current.get());
        }
        int version = current.map(saved -> saved.version() + 1).orElse(1);
        store.insertConfig(gatewayId, version, text, Actor.current().name());
        return centralConfig(plantCode, gateway, store.current(gatewayId).orElseThrow());
    }

    /** The answer to a registration: the current central configuration, or none (the gateway then runs its file). */
    public record Registered(String plant, String gateway, Instant registeredAt, CentralConfig config) {
    }

    @Transactional
    public Registered register(String plantCode, String gateway, Registration registration) {
        access.require(Permission.INGEST_READINGS, plantCode);
        Plant plant = organisation.plant(plantCode);
        checkName(gateway);
        Registration request = registration == null ? new Registration(null, null, null, null) : registration;
        text("version", request.version(), 100);
        text("hostName", request.hostName(), 255);
        if (request.transport() != null && !List.of("http", "mqtt").contains(request.transport())) {
            throw new BadRequestException("transport", "transport must be http or mqtt, not '" + request.transport() + "'");
        }
        if (request.localDevices() != null && request.localDevices() < 0) {
            throw new BadRequestException("localDevices", "localDevices must not be negative");
        }
        long id = store.idOf(plant.id(), gateway);
        Instant now = clock.instant();
        store.registered(id, request, now);
        return new Registered(plantCode, gateway, now, store.current(id).map(saved -> centralConfig(plantCode, gateway, saved)).orElse(null));
    }

    /** What a heartbeat answers: the current central version, so the gateway knows whether to pull. */
    public record Acknowledged(Integer configVersion) {
    }

    @Transactional
    public Acknowledged heartbeat(String plantCode, String gateway, Heartbeat heartbeat) {
        access.require(Permission.INGEST_READINGS, plantCode);
        Plant plant = organisation.plant(plantCode);
        checkName(gateway);
        if (heartbeat == null) {
            throw new BadRequestException("body", "a status needs a JSON body (polled, bad, sent, sendFailures, pendingBytes, …)");
        }
        notNegative("polled", heartbeat.polled());
        notNegative("bad", heartbeat.bad());
        notNegative("sent", heartbeat.sent());
        notNegative("sendFailures", heartbeat.sendFailures());
        notNegative("pendingBytes", heartbeat.pendingBytes());
        List<DeviceStatus> devices = heartbeat.devices() == null ? List.of() : heartbeat.devices();
        for (int i = 0; i < devices.size(); i++) {
            if (devices.get(i) == null || devices.get(i).name() == null || devices.get(i).name().isBlank()) {
                throw new BadRequestException("devices[" + i + "].name", "devices[" + i + "].name is required");
            }
        }
        List<DeviceStatus> kept = devices.stream().map(d -> new DeviceStatus(d.name(), d.lastGoodPoll(), abbreviate(d.lastError()),
                d.lastErrorAt())).toList();
        Heartbeat stored = new Heartbeat(heartbeat.configVersion(), heartbeat.polled(), heartbeat.bad(), heartbeat.sent(),
                heartbeat.sendFailures(), heartbeat.pendingBytes(), abbreviate(heartbeat.lastError()), kept);
        long id = store.idOf(plant.id(), gateway);
        store.heartbeat(id, stored, devicesJson(kept), clock.instant());
        return new Acknowledged(store.current(id).map(GatewayStore.Saved::version).orElse(null));
    }

    /** The document indented, for people (the console's editor). */
    public static String pretty(JsonNode document) {
        return PRETTY.writeValueAsString(document);
    }

    private static String devicesJson(List<DeviceStatus> devices) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (DeviceStatus d : devices) {
            Map<String, Object> device = new java.util.LinkedHashMap<>();
            device.put("name", d.name());
            device.put("lastGoodPoll", d.lastGoodPoll() == null ? null : d.lastGoodPoll().toString());
            device.put("lastError", d.lastError());
            device.put("lastErrorAt", d.lastErrorAt() == null ? null : d.lastErrorAt().toString());
            list.add(device);
        }
        return JSON.writeValueAsString(list);
    }

    private Map<String, String> metersOfOtherGateways(long plantId, long gatewayId) {
        Map<String, String> owners = new HashMap<>();
        for (String[] other : store.otherDocuments(plantId, gatewayId)) {
            for (JsonNode device : JSON.readTree(other[1]).path("devices")) {
                for (JsonNode meter : device.path("meters")) {
                    owners.putIfAbsent(meter.path("code").asString(), other[0]);
                }
            }
        }
        return owners;
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new BadRequestException("body", "the configuration is missing: send a JSON object with pollInterval, batchSize and devices");
        }
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw new BadRequestException("body", "the configuration is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void checkName(String gateway) {
        if (gateway == null || !NAME.matcher(gateway).matches()) {
            throw new BadRequestException("gateway", "a gateway name has 1 to 64 letters, digits, '.', '_' or '-' and starts with a "
                    + "letter or digit, not '" + gateway + "'");
        }
    }

    private static void text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new BadRequestException(field, field + " is longer than " + max + " characters");
        }
    }

    private static void notNegative(String field, Long value) {
        if (value != null && value < 0) {
            throw new BadRequestException(field, field + " must not be negative, not " + value);
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT) + "…";
    }

    private static CentralConfig centralConfig(String plant, String gateway, GatewayStore.Saved saved) {
        return new CentralConfig(plant, gateway, saved.version(), saved.changedAt(), saved.changedBy(), JSON.readTree(saved.document()));
    }

    private static GatewayStatus status(GatewayStore.Row row) {
        List<DeviceStatus> devices = new ArrayList<>();
        if (row.devices() != null) {
            for (JsonNode d : JSON.readTree(row.devices())) {
                devices.add(new DeviceStatus(d.path("name").asString(), instant(d.path("lastGoodPoll")), d.path("lastError").asString(null),
                        instant(d.path("lastErrorAt"))));
            }
        }
        return new GatewayStatus(row.name(), seconds(row.registeredAt()), row.softwareVersion(), row.hostName(), row.transport(),
                row.localDevices(), seconds(row.lastSeen()), row.configVersion(), row.configChangedAt(), row.configChangedBy(), row.runningVersion(), row.polled(),
                row.bad(), row.sent(), row.sendFailures(), row.pendingBytes(), row.lastError(), devices);
    }

    private static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static Instant instant(JsonNode node) {
        return node.isString() ? Instant.parse(node.asString()) : null;
    }
}
