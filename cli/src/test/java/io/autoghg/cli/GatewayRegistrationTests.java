package io.autoghg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.edge.Gateway;
import io.autoghg.edge.config.GatewayConfigReader;
import io.autoghg.platform.PlatformApplication;
import io.autoghg.simulator.PlantSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Issue 6, online registration with real parts: the service (embedded PostgreSQL) holds the gateway's central
 * configuration; the gateway's file lists no device at all. It registers, polls the simulator's Modbus meter of
 * version 1; an engineer adds a second meter (version 2) and its readings arrive without a gateway restart; the
 * service's gateway list shows the heartbeat.
 */
class GatewayRegistrationTests {
    private static final String TOKEN = "registration-bootstrap-token";
    private static final String PLANT = "REG-P";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private String url;

    @Test
    void aMeterAddedCentrallyReachesTheServiceWithoutRestartingTheGateway(@TempDir Path dir) throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "registration-service-");
        ConfigurableApplicationContext service = PlatformApplication.start("--server.port=0", "--autoghg.data=" + data,
                "--logging.level.root=warn", "--autoghg.bootstrap-token=" + TOKEN, "--autoghg.mqtt.enabled=false");
        PlantSimulator simulator = null;
        try {
            url = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
            expect(201, send("POST", "/api/v1/plants", "{\"code\":\"" + PLANT + "\",\"name\":\"Registration plant\",\"timezone\":\"UTC\"}"));
            for (String meter : List.of("EM-PAINT", "EM-BODY")) {
                expect(201, send("POST", plant("/meters"), "{\"code\":\"" + meter + "\",\"measures\":\"electricity\",\"unit\":\"MWh\"}"));
            }
            String secret = JSON.readTree(expect(201, send("POST", "/api/v1/tokens",
                    "{\"name\":\"gw-reg\",\"role\":\"GATEWAY\",\"plantCode\":\"" + PLANT + "\"}"))).path("token").asString();

            Clock seconds = Clock.tickSeconds(ZoneOffset.UTC);
            simulator = PlantSimulator.start(new PlantSimulator.Settings(PlantSimulator.Settings.meters(List.of("EM-PAINT", "EM-BODY"), 0),
                    seconds.instant(), 1, 0, 0), seconds);
            int modbus = simulator.modbus().port();
            // the simulator's contract: meter i at holding registers 100 + 4i, float64, high word first
            expect(200, send("PUT", plant("/gateways/gw-reg/config"), centralConfig(modbus, "EM-PAINT")));

            Path config = dir.resolve("gateway.yaml");
            Files.writeString(config, """
                    platform: {url: "%s", token: %s, registration: true, configRefresh: 300ms}
                    plant: %s
                    gateway: gw-reg
                    bufferDir: buffer
                    retry: {initial: 100ms, max: 500ms}
                    """.formatted(url, secret, PLANT));
            try (Gateway gateway = new Gateway(new GatewayConfigReader(name -> null).read(config))) {
                gateway.start();
                await(() -> stored("EM-PAINT") > 0, "readings of version 1's meter");
                assertThat(stored("EM-BODY")).isZero();

                JsonNode saved = JSON.readTree(expect(200, send("PUT", plant("/gateways/gw-reg/config"),
                        centralConfig(modbus, "EM-PAINT", "EM-BODY"))));
                assertThat(saved.path("version").asInt()).isEqualTo(2);
                await(() -> stored("EM-BODY") > 0, "readings of the meter added in version 2, without a restart");
                await(() -> gatewayStatus().path("runningVersion").asInt() == 2, "the heartbeat reports version 2");
            }
            JsonNode status = gatewayStatus();
            assertThat(status.path("configVersion").asInt()).isEqualTo(2);
            assertThat(status.path("transport").asString()).isEqualTo("http");
            assertThat(status.path("localDevices").asInt()).as("the file lists no device").isZero();
            assertThat(status.path("lastSeen").isString()).isTrue();
            assertThat(status.path("sent").asLong()).isPositive();
            assertThat(status.path("devices").get(0).path("name").asString()).isEqualTo("feeders");
            assertThat(status.path("devices").get(0).path("lastGoodPoll").isString()).isTrue();
            JsonNode body = JSON.readTree(get(plant("/meters/EM-BODY/readings")));
            assertThat(body.path("readings").get(0).path("origin").asString()).isEqualTo("gateway:gw-reg");
        } finally {
            if (simulator != null) {
                simulator.close();
            }
            service.close();
        }
    }

    private static String centralConfig(int modbusPort, String... meters) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < meters.length; i++) {
            // EM-PAINT and EM-BODY are the simulator's meters 0 and 1 (the order given to it)
            int index = meters[i].equals("EM-PAINT") ? 0 : 1;
            list.append(i == 0 ? "" : ",").append("{\"code\":\"").append(meters[i]).append("\",\"unit\":\"MWh\",\"register\":")
                    .append(100 + 4 * index).append('}');
        }
        return "{\"pollInterval\":\"500ms\",\"devices\":[{\"name\":\"feeders\",\"type\":\"modbus-tcp\",\"host\":\"127.0.0.1\",\"port\":"
                + modbusPort + ",\"timeout\":\"2s\",\"meters\":[" + list + "]}]}";
    }

    private JsonNode gatewayStatus() throws Exception {
        for (JsonNode gateway : JSON.readTree(get(plant("/gateways")))) {
            if (gateway.path("name").asString().equals("gw-reg")) {
                return gateway;
            }
        }
        throw new AssertionError("gw-reg is not in the plant's gateway list");
    }

    private int stored(String meter) throws Exception {
        return JSON.readTree(get(plant("/meters/" + meter + "/readings"))).path("readings").size();
    }

    private static String plant(String rest) {
        return "/api/v1/plants/" + PLANT + rest;
    }

    private static void await(Callable<Boolean> condition, String what) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static String expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body();
    }

    private String get(String path) throws Exception {
        return expect(200, http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
