package io.autoghg.platform.gateways;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6, online registration: a gateway's central configuration (versioned, validated field by field), its
 * registration, the ETag pull and the status heartbeat, and the plant scope of a GATEWAY token.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewaysApiTests {
    static final String PLANT = "GWY1";
    static final String OTHER = "GWY2";

    final Environment environment;
    Api admin;
    Api gateway;
    Api gatewayOfOtherPlant;

    GatewaysApiTests(@Autowired Environment environment) {
        this.environment = environment;
    }

    @BeforeAll
    void plantsMetersAndTokens() {
        admin = Api.of(environment);
        for (String plant : List.of(PLANT, OTHER)) {
            Api.Response created = admin.post("/api/v1/plants", Map.of("code", plant, "name", "Gateway plant " + plant));
            assertThat(created.status()).as(created.body()).isIn(201, 409);
        }
        // each test its own meters, as a meter may be read by one gateway only
        for (List<String> meter : List.of(List.of("V-E1", "kWh"), List.of("V-E2", "MWh"), List.of("V-G", "Nm3"), List.of("I-E", "kWh"),
                List.of("I-G", "Nm3"), List.of("O-E", "kWh"), List.of("L-E", "MWh"))) {
            Api.Response created = admin.post(plant("/meters"), Map.of("code", meter.get(0), "measures", "gateway test", "unit", meter.get(1)));
            assertThat(created.status()).as(created.body()).isIn(201, 409);
        }
        gateway = admin.withToken(token(PLANT));
        gatewayOfOtherPlant = admin.withToken(token(OTHER));
    }

    private String token(String plant) {
        Api.Response token = admin.post("/api/v1/tokens", Map.of("name", "gw-" + plant + "-" + UUID.randomUUID().toString().substring(0, 8),
                "role", "GATEWAY", "plantCode", plant));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return token.json().path("token").asString();
    }

    static String plant(String rest) {
        return "/api/v1/plants/" + PLANT + rest;
    }

    static Map<String, Object> modbusMeter(String code, String unit, int register) {
        Map<String, Object> meter = new LinkedHashMap<>();
        meter.put("code", code);
        meter.put("unit", unit);
        meter.put("register", register);
        return meter;
    }

    static Map<String, Object> config(List<Map<String, Object>> modbusMeters, String gasMeter) {
        return Map.of("pollInterval", "5s", "batchSize", 200, "devices", List.of(
                Map.of("name", "feeders", "type", "modbus-tcp", "host", "127.0.0.1", "port", 5020, "meters", modbusMeters),
                Map.of("name", "utilities", "type", "opcua", "endpoint", "opc.tcp://127.0.0.1:4840/autoghg",
                        "meters", List.of(Map.of("code", gasMeter, "unit", "Nm3", "scale", 0.5)))));
    }

    @Test
    void aSavedConfigurationGetsVersionsAndIsPulledWithItsEtag() throws Exception {
        String path = plant("/gateways/gw-versions/config");
        Api.Response first = admin.put(path, config(List.of(modbusMeter("V-E1", "MWh", 100)), "V-G"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("version").asInt()).isEqualTo(1);
        assertThat(first.json().path("changedBy").asString()).isEqualTo("token:bootstrap"); // the test profile's administrator token
        assertThat(first.json().path("config").path("devices").get(1).path("meters").get(0).path("scale").asDouble()).isEqualTo(0.5);

        Api.Response same = admin.put(path, config(List.of(modbusMeter("V-E1", "MWh", 100)), "V-G"));
        assertThat(same.json().path("version").asInt()).as("the same document again changes nothing").isEqualTo(1);

        HttpResponse<String> unchanged = conditionalGet(path, "\"1\"");
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.headers().firstValue("ETag")).hasValue("\"1\"");

        Api.Response second = admin.put(path, config(List.of(modbusMeter("V-E1", "MWh", 100), modbusMeter("V-E2", "kWh", 104)), "V-G"));
        assertThat(second.json().path("version").asInt()).isEqualTo(2);
        HttpResponse<String> changed = conditionalGet(path, "\"1\"");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(admin.withToken(null).get(path).status()).isEqualTo(401);
        JsonNode pulled = gateway.get(path).json();
        assertThat(pulled.path("version").asInt()).isEqualTo(2);
        assertThat(pulled.path("config").path("devices").get(0).path("meters").get(1).path("code").asString()).isEqualTo("V-E2");
    }

    @Test
    void anInvalidConfigurationIsRefusedWithEveryProblemNamingItsFieldAndNothingIsSaved() throws Exception {
        Map<String, Object> noRegister = new LinkedHashMap<>(Map.of("code", "I-E", "unit", "kWh"));
        Map<String, Object> badScale = new LinkedHashMap<>(modbusMeter("I-E", "kWh", 108));
        badScale.put("scale", "0.001");
        Map<String, Object> config = Map.of("pollInterval", "soon", "batchSize", 0, "devices", List.of(
                Map.of("name", "a", "type", "profibus", "meters", List.of()),
                Map.of("name", "b", "type", "modbus-tcp", "host", "127.0.0.1", "clock", Map.of("register", 90, "dataType", "float32"),
                        "meters", List.of(noRegister, badScale,
                        modbusMeter("NO-SUCH-METER", "kWh", 112), modbusMeter("I-G", "kWh", 116))),
                Map.of("name", "b", "type", "opcua", "endpoint", "http://x", "colour", "red",
                        "meters", List.of(Map.of("code", "I-G", "unit", "Nm3", "nodeId", "I-G")))));

        Api.Response refused = admin.put(plant("/gateways/gw-invalid/config"), config);

        assertThat(refused.status()).isEqualTo(400);
        List<String> problems = new ArrayList<>();
        refused.json().path("errors").forEach(e -> problems.add(e.path("field").asString() + ": " + e.path("message").asString()));
        assertThat(problems).anyMatch(p -> p.startsWith("pollInterval: must be a positive duration"))
                .anyMatch(p -> p.startsWith("batchSize: must be a whole number from 1 to 100000"))
                .anyMatch(p -> p.startsWith("devices[0].type: must be modbus-tcp or opcua, not 'profibus'"))
                .anyMatch(p -> p.startsWith("devices[1].clock.dataType: must be one of float64, int32, uint32, not \"float32\""))
                .anyMatch(p -> p.startsWith("devices[1].meters[0].register: is required"))
                .anyMatch(p -> p.startsWith("devices[1].meters[1].code: meter I-E is already read by devices[1].meters[0]"))
                .anyMatch(p -> p.startsWith("devices[1].meters[1].scale: must be a number"))
                .anyMatch(p -> p.startsWith("devices[1].meters[2].code: unknown meter 'NO-SUCH-METER'"))
                .anyMatch(p -> p.startsWith("devices[1].meters[3].unit: unit kWh does not convert to meter I-G's unit Nm3"))
                .anyMatch(p -> p.startsWith("devices[2].name: device 'b' appears twice"))
                .anyMatch(p -> p.startsWith("devices[2].endpoint: must be an opc.tcp:// URL"))
                .anyMatch(p -> p.startsWith("devices[2].colour: is not a known setting here"))
                .anyMatch(p -> p.startsWith("devices[2].meters[0].code: meter I-G is already read by devices[1].meters[3]"))
                .anyMatch(p -> p.startsWith("devices[2].meters[0].nodeId: must be a node id"));
        assertThat(problems).as("and nothing else: " + problems).hasSize(14);
        assertThat(admin.get(plant("/gateways/gw-invalid/config")).status()).as("nothing saved").isEqualTo(404);

        HttpResponse<String> malformed = rawPut(plant("/gateways/gw-invalid/config"), "{\"devices\": [");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"field\":\"body\"", "not valid JSON");
        assertThat(admin.put(plant("/gateways/bad name!/config".replace(" ", "%20")), config).json().path("errors").get(0)
                .path("field").asString()).isEqualTo("gateway");
    }

    @Test
    void aMeterReadByOneGatewayCannotBeGivenToAnother() {
        Api.Response owner = admin.put(plant("/gateways/gw-owner/config"), Map.of("devices", List.of(Map.of("name", "d",
                "type", "modbus-tcp", "host", "10.0.0.5", "meters", List.of(modbusMeter("O-E", "kWh", 100))))));
        assertThat(owner.status()).as(owner.body()).isEqualTo(200);

        Api.Response other = admin.put(plant("/gateways/gw-thief/config"), Map.of("devices", List.of(Map.of("name", "d",
                "type", "modbus-tcp", "host", "10.0.0.6", "meters", List.of(modbusMeter("O-E", "kWh", 100))))));

        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().path("errors").get(0).path("field").asString()).isEqualTo("devices[0].meters[0].code");
        assertThat(other.json().path("errors").get(0).path("message").asString()).contains("already read by gateway gw-owner");
    }

    @Test
    void aGatewayRegistersPullsItsConfigurationAndItsHeartbeatShowsInTheList() {
        String base = plant("/gateways/gw-live");
        Api.Response unknown = gateway.post(base + "/registration", Map.of("version", "0.1.0", "hostName", "ipc-7",
                "transport", "mqtt", "localDevices", 2));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(200);
        assertThat(unknown.json().path("config").isNull()).as("no central configuration yet: run the file").isTrue();

        assertThat(admin.put(base + "/config", Map.of("devices", List.of(Map.of("name", "d", "type", "opcua",
                "endpoint", "opc.tcp://10.0.0.7:4840", "meters", List.of(Map.of("code", "L-E", "unit", "MWh"))))))
                .status()).isEqualTo(200);
        JsonNode registered = gateway.post(base + "/registration", Map.of("version", "0.1.0", "hostName", "ipc-7",
                "transport", "mqtt", "localDevices", 2)).json();
        assertThat(registered.path("config").path("version").asInt()).isEqualTo(1);
        assertThat(registered.path("config").path("config").path("devices").get(0).path("endpoint").asString())
                .isEqualTo("opc.tcp://10.0.0.7:4840");

        Map<String, Object> device = new LinkedHashMap<>();
        device.put("name", "d");
        device.put("lastGoodPoll", "2026-11-25T10:00:00Z");
        device.put("lastError", "L-E: connection refused");
        device.put("lastErrorAt", "2026-11-25T10:00:15Z");
        Map<String, Object> beat = new LinkedHashMap<>();
        beat.put("configVersion", 1);
        beat.put("polled", 120);
        beat.put("bad", 3);
        beat.put("sent", 100);
        beat.put("sendFailures", 4);
        beat.put("pendingBytes", 1_234);
        beat.put("lastError", "platform unreachable: connection refused");
        beat.put("devices", List.of(device));
        int auditBefore = admin.get("/api/v1/audit?action=CHANGE&limit=1000").json().size();
        Api.Response acknowledged = gateway.post(base + "/status", beat);
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().path("configVersion").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/v1/audit?action=CHANGE&limit=1000").json().size()).as("a heartbeat is not a CHANGE entry")
                .isEqualTo(auditBefore);

        JsonNode live = null;
        for (JsonNode g : gateway.get(plant("/gateways")).json()) {
            if (g.path("name").asString().equals("gw-live")) {
                live = g;
            }
        }
        assertThat(live).isNotNull();
        assertThat(live.path("hostName").asString()).isEqualTo("ipc-7");
        assertThat(live.path("transport").asString()).isEqualTo("mqtt");
        assertThat(live.path("softwareVersion").asString()).isEqualTo("0.1.0");
        assertThat(live.path("lastSeen").isString()).isTrue();
        assertThat(live.path("configVersion").asInt()).isEqualTo(1);
        assertThat(live.path("runningVersion").asInt()).isEqualTo(1);
        assertThat(live.path("polled").asLong()).isEqualTo(120);
        assertThat(live.path("sendFailures").asLong()).isEqualTo(4);
        assertThat(live.path("pendingBytes").asLong()).isEqualTo(1_234);
        assertThat(live.path("lastError").asString()).isEqualTo("platform unreachable: connection refused");
        assertThat(live.path("devices").get(0).path("lastGoodPoll").asString()).isEqualTo("2026-11-25T10:00:00Z");
        assertThat(live.path("devices").get(0).path("lastError").asString()).isEqualTo("L-E: connection refused");

        beat.put("pendingBytes", -1);
        Api.Response negative = gateway.post(base + "/status", beat);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().path("errors").get(0).path("field").asString()).isEqualTo("pendingBytes");
    }

    @Test
    void aGatewayTokenOfAnotherPlantIsRefused() {
        String base = plant("/gateways/gw-elsewhere");
        assertThat(gatewayOfOtherPlant.post(base + "/registration", Map.of("version", "0.1.0")).status()).isEqualTo(403);
        assertThat(gatewayOfOtherPlant.post(base + "/status", Map.of("polled", 1)).status()).isEqualTo(403);
        assertThat(gatewayOfOtherPlant.get(base + "/config").status()).isEqualTo(403);
        assertThat(gatewayOfOtherPlant.get(plant("/gateways")).status()).isEqualTo(403);
        assertThat(gateway.put(base + "/config", Map.of("devices", List.of())).status())
                .as("a gateway does not configure itself").isEqualTo(403);
        assertThat(admin.get(plant("/gateways")).json().findValues("name").stream().map(JsonNode::asString))
                .doesNotContain("gw-elsewhere");
    }

    private HttpResponse<String> rawPut(String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + environment.getProperty("local.server.port") + path)).header("Authorization", "Bearer " + Api.TOKEN)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> conditionalGet(String path, String etag) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                        + environment.getProperty("local.server.port") + path)).header("Authorization", "Bearer " + Api.TOKEN)
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
