package io.autoghg.platform.readings;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import io.moquette.broker.subscriptions.Topic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6: readings over MQTT through the embedded broker on a free port — published by Debian's
 * mosquitto_pub (a client we did not write; skipped without it) and by Paho in this JVM — with gateway
 * tokens as passwords and the topic ACL.
 */
@PlatformTest
@TestPropertySource(properties = {"autoghg.mqtt.enabled=true", "autoghg.mqtt.port=0", "autoghg.mqtt.host=127.0.0.1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MqttReadingsTests {
    static final Path MOSQUITTO_PUB = Path.of("/usr/bin/mosquitto_pub");
    static final String PLANT = "MQ1";
    static final String OTHER = "MQ2";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final Path MOSQUITTO = Path.of("/usr/sbin/mosquitto");

    final Environment environment;
    final MqttBroker broker;
    final MqttAccess mqttAccess;
    final ReadingsService readings;

    Api api;
    String gatewayToken;
    String otherToken;

    MqttReadingsTests(@Autowired Environment environment, @Autowired MqttBroker broker, @Autowired MqttAccess mqttAccess,
                      @Autowired ReadingsService readings) {
        this.environment = environment;
        this.broker = broker;
        this.mqttAccess = mqttAccess;
        this.readings = readings;
    }

    @BeforeAll
    void plantMeterAndGatewayTokens() {
        api = Api.of(environment);
        for (String plant : new String[] {PLANT, OTHER}) {
            assertThat(api.post("/api/v1/plants", Map.of("code", plant, "name", "MQTT plant " + plant)).status()).isIn(201, 409);
            assertThat(api.post("/api/v1/plants/" + plant + "/meters", Map.of("code", "E-MQ-01", "measures", "electricity", "unit", "kWh"))
                    .status()).isIn(201, 409);
        }
        gatewayToken = token("gw-mq1", PLANT);
        otherToken = token("gw-mq2", OTHER);
        assertThat(broker.port()).isPositive();
    }

    private String token(String name, String plant) {
        Api.Response created = api.post("/api/v1/tokens", Map.of("name", name + "-" + System.nanoTime(), "role", "GATEWAY", "plantCode", plant));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("token").asString();
    }

    private JsonNode day(String date) {
        return api.get("/api/v1/plants/" + PLANT + "/meters/E-MQ-01/rollups?grain=day&from=" + date + "&to=" + date.substring(0, 8)
                + String.format("%02d", Integer.parseInt(date.substring(8)) + 1)).json().path("buckets");
    }

    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as(what + " within 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @Test
    void mosquittoPubPublishesAndTheRollupFollows() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(MOSQUITTO_PUB),
                "no /usr/bin/mosquitto_pub on this machine (Debian package mosquitto-clients); the mosquitto_pub test is skipped");
        String payload = "{\"gateway\":\"gw-shop-3\",\"readings\":[{\"meter\":\"E-MQ-01\",\"ts\":\"2025-03-01T08:00:00+08:00\",\"value\":12.5,\"unit\":\"kWh\"},"
                + "{\"meter\":\"E-MQ-01\",\"ts\":\"2025-03-01T08:15:00+08:00\",\"value\":0.0075,\"unit\":\"MWh\"}]}";
        Process publish = new ProcessBuilder(MOSQUITTO_PUB.toString(), "-h", "127.0.0.1", "-p", Integer.toString(broker.port()), "-q", "1",
                "-i", "mosquitto-pub-test", "-u", "gw-shop-3", "-P", gatewayToken, "-t", "autoghg/v1/" + PLANT + "/readings", "-m", payload)
                .redirectErrorStream(true).start();
        assertThat(publish.waitFor(10, TimeUnit.SECONDS)).isTrue();
        String output = new String(publish.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(publish.exitValue()).as(output).isZero();
        await("the day's rollup of 12.5 + 7.5 kWh", () -> day("2025-03-01").size() == 1
                && day("2025-03-01").get(0).path("consumption").asDouble() == 20.0);
        JsonNode raw = api.get("/api/v1/plants/" + PLANT + "/meters/E-MQ-01/readings?from=2025-03-01T00:00:00Z&to=2025-03-02T00:00:00Z").json();
        assertThat(raw.path("readings").get(0).path("origin").asString()).isEqualTo("gateway:gw-shop-3");

        // a wrong token cannot even connect
        Process refused = new ProcessBuilder(MOSQUITTO_PUB.toString(), "-h", "127.0.0.1", "-p", Integer.toString(broker.port()), "-q", "1",
                "-u", "intruder", "-P", "agt_not-a-token", "-t", "autoghg/v1/" + PLANT + "/readings", "-m", payload)
                .redirectErrorStream(true).start();
        assertThat(refused.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).isNotZero();
    }

    @Test
    void pahoPublishesAndRejectionsAreAnsweredOnTheRejectedTopic() throws Exception {
        MqttClient gateway = new MqttClient("tcp://127.0.0.1:" + broker.port(), "paho-gateway-test", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName("gateway");
        options.setPassword(gatewayToken.toCharArray());
        options.setCleanSession(true);
        gateway.connect(options);
        try {
            BlockingQueue<String> answers = new LinkedBlockingQueue<>();
            gateway.subscribe("autoghg/v1/" + PLANT + "/readings/rejected", 1,
                    (topic, message) -> answers.add(new String(message.getPayload(), StandardCharsets.UTF_8)));
            String payload = "{\"batch\":\"b-42\",\"readings\":[{\"meter\":\"E-MQ-01\",\"ts\":\"2025-03-02T08:00:00+08:00\",\"value\":4},"
                    + "{\"meter\":\"NO-SUCH\",\"ts\":\"2025-03-02T08:00:00+08:00\",\"value\":4}]}";
            MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
            message.setQos(1);
            gateway.publish("autoghg/v1/" + PLANT + "/readings", message);
            String answer = answers.poll(10, TimeUnit.SECONDS);
            assertThat(answer).as("an answer on the rejected topic").isNotNull();
            JsonNode json = JSON.readTree(answer);
            assertThat(json.path("batch").asString()).isEqualTo("b-42");
            assertThat(json.path("accepted").asInt()).isEqualTo(1);
            assertThat(json.path("rejected").get(0).path("row").asInt()).isEqualTo(1);
            assertThat(json.path("rejected").get(0).path("reason").asString()).contains("unknown meter 'NO-SUCH'");
            await("the good reading's rollup", () -> day("2025-03-02").size() == 1);

            gateway.publish("autoghg/v1/" + PLANT + "/readings", new MqttMessage("{not json".getBytes(StandardCharsets.UTF_8)));
            String malformed = answers.poll(10, TimeUnit.SECONDS);
            assertThat(malformed).contains("malformed JSON");
        } finally {
            gateway.disconnect();
            gateway.close();
        }
    }

    @Test
    void aGatewayMayPublishAndListenOnlyForItsOwnPlant() {
        assertThat(mqttAccess.checkValid("acl-test", "gw", otherToken.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(mqttAccess.canWrite(new Topic("autoghg/v1/" + OTHER + "/readings"), "gw", "acl-test")).isTrue();
        assertThat(mqttAccess.canWrite(new Topic("autoghg/v1/" + PLANT + "/readings"), "gw", "acl-test")).as("another plant").isFalse();
        assertThat(mqttAccess.canWrite(new Topic("autoghg/v1/+/readings"), "gw", "acl-test")).isFalse();
        assertThat(mqttAccess.canRead(new Topic("autoghg/v1/" + OTHER + "/readings/rejected"), "gw", "acl-test")).isTrue();
        assertThat(mqttAccess.canRead(new Topic("autoghg/v1/" + PLANT + "/readings/rejected"), "gw", "acl-test")).isFalse();
        assertThat(mqttAccess.canRead(new Topic("autoghg/v1/" + OTHER + "/readings"), "gw", "acl-test")).as("others' readings").isFalse();
        assertThat(mqttAccess.checkValid("acl-bad", "gw", "agt_nope".getBytes(StandardCharsets.UTF_8))).isFalse();
        String accountant = api.post("/api/v1/tokens", Map.of("name", "acc-" + System.nanoTime(), "role", "ACCOUNTANT", "plantCode", PLANT))
                .json().path("token").asString();
        assertThat(mqttAccess.checkValid("acl-acc", "acc", accountant.getBytes(StandardCharsets.UTF_8)))
                .as("a token without INGEST_READINGS").isFalse();
    }

    /** AUTOGHG_MQTT_URL: the service's subscriber on Debian's mosquitto broker instead of the embedded one. */
    @Test
    void anExternalBrokerIsUsedWhenConfigured(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(MOSQUITTO) && Files.isExecutable(MOSQUITTO_PUB),
                "no /usr/sbin/mosquitto or /usr/bin/mosquitto_pub (Debian packages mosquitto, mosquitto-clients); external-broker test skipped");
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path config = dir.resolve("mosquitto.conf");
        Files.writeString(config, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\n");
        Process mosquitto = new ProcessBuilder(MOSQUITTO.toString(), "-c", config.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
        MqttReadings subscriber = new MqttReadings(readings, new MqttProperties(true, null, null, "tcp://127.0.0.1:" + port, null, null,
                "autoghg-external-test"), null, mqttAccess);
        try {
            await("mosquitto listening", () -> {
                try (java.net.Socket ignored = new java.net.Socket("127.0.0.1", port)) {
                    return true;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            subscriber.start();
            assertThat(subscriber.isRunning()).as("subscribed to the external broker").isTrue();
            Thread.sleep(300); // the subscription is made once connected
            Process publish = new ProcessBuilder(MOSQUITTO_PUB.toString(), "-h", "127.0.0.1", "-p", Integer.toString(port), "-q", "1",
                    "-t", "autoghg/v1/" + PLANT + "/readings", "-m",
                    "{\"readings\":[{\"meter\":\"E-MQ-01\",\"ts\":\"2025-03-03T08:00:00+08:00\",\"value\":6,\"unit\":\"kWh\"}]}")
                    .redirectErrorStream(true).start();
            assertThat(publish.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(publish.exitValue()).isZero();
            await("the reading through the external broker", () -> day("2025-03-03").size() == 1);
        } finally {
            subscriber.stop();
            mosquitto.destroy();
            mosquitto.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
