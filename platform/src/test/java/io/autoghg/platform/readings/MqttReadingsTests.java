package io.autoghg.platform.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import io.moquette.broker.subscriptions.Topic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
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
    final ApplicationContext context;

    Api api;
    String gatewayToken;
    String otherToken;

    MqttReadingsTests(@Autowired Environment environment, @Autowired MqttBroker broker, @Autowired MqttAccess mqttAccess,
                      @Autowired ReadingsService readings, @Autowired ApplicationContext context) {
        this.context = context;
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
        assertThat(mqttAccess.canRead(new Topic("autoghg/v1/" + OTHER + "/readings/committed/gw-a"), "gw", "acl-test")).isTrue();
        assertThat(mqttAccess.canRead(new Topic("autoghg/v1/" + PLANT + "/readings/committed/gw-a"), "gw", "acl-test"))
                .as("another plant's commit answers").isFalse();
        for (String wildcard : List.of("autoghg/v1/" + OTHER + "/readings/committed/+", "autoghg/v1/" + OTHER + "/readings/committed/#",
                "autoghg/v1/+/readings/committed/gw-a", "autoghg/v1/" + OTHER + "/readings/committed")) {
            assertThat(mqttAccess.canRead(new Topic(wildcard), "gw", "acl-test")).as(wildcard).isFalse();
        }
        assertThat(mqttAccess.canWrite(new Topic("autoghg/v1/" + OTHER + "/readings/committed/gw-a"), "gw", "acl-test"))
                .as("only the service answers").isFalse();
        assertThat(mqttAccess.checkValid("acl-bad", "gw", "agt_nope".getBytes(StandardCharsets.UTF_8))).isFalse();
        String accountant = api.post("/api/v1/tokens", Map.of("name", "acc-" + System.nanoTime(), "role", "ACCOUNTANT", "plantCode", PLANT))
                .json().path("token").asString();
        assertThat(mqttAccess.checkValid("acl-acc", "acc", accountant.getBytes(StandardCharsets.UTF_8)))
                .as("a token without INGEST_READINGS").isFalse();
    }

    /**
     * The commit answer comes only after the rows are stored: while a lock held here keeps the service from
     * writing readings, a gateway hears nothing; the messages that queued up meanwhile are stored together,
     * and each is answered on its own (its batch id, its own counts) once the lock is gone — by then its rows
     * can be read back.
     */
    @Test
    void theCommitAnswerComesOnlyAfterTheRowsAreStoredAndEachMessageIsAnsweredOnItsOwn() throws Exception {
        MqttClient gateway = connect("paho-commit-test", gatewayToken);
        try {
            BlockingQueue<String> answers = new LinkedBlockingQueue<>();
            gateway.subscribe(MqttAnswers.committedTopic(PLANT, "gw-commit"), 1,
                    (topic, message) -> answers.add(new String(message.getPayload(), StandardCharsets.UTF_8)));
            String day = "2025-04-0";
            try (Connection lock = context.getBean(javax.sql.DataSource.class).getConnection()) {
                lock.setAutoCommit(false);
                try (Statement statement = lock.createStatement()) {
                    statement.execute("lock table reading in exclusive mode");
                }
                // batch 0-120: two readings on day 1; 120-240: one on day 2 and an unknown meter; 240-300: one on day 3
                publish(gateway, "{\"gateway\":\"gw-commit\",\"batch\":\"0-120\",\"readings\":[" + reading(day + "1T08:00:00Z", 1)
                        + "," + reading(day + "1T08:15:00Z", 2) + "]}");
                assertThat(answers.poll(1500, TimeUnit.MILLISECONDS)).as("no commit answer while the rows cannot be written").isNull();
                publish(gateway, "{\"gateway\":\"gw-commit\",\"batch\":\"120-240\",\"readings\":[" + reading(day + "2T08:00:00Z", 3)
                        + ",{\"meter\":\"NO-SUCH\",\"ts\":\"" + day + "2T08:00:00Z\",\"value\":1,\"unit\":\"kWh\"}]}");
                publish(gateway, "{\"gateway\":\"gw-commit\",\"batch\":\"240-300\",\"readings\":[" + reading(day + "3T08:00:00Z", 4) + "]}");
                // (no read of the table here: it would queue behind the service's waiting write and never return)
                assertThat(answers.poll(500, TimeUnit.MILLISECONDS)).isNull();
                lock.commit();
            }
            List<JsonNode> received = new ArrayList<>();
            int[] storedWhenAnswered = new int[3];
            for (int i = 0; i < 3; i++) {
                String answer = answers.poll(15, TimeUnit.SECONDS);
                assertThat(answer).as("commit answer " + (i + 1)).isNotNull();
                storedWhenAnswered[i] = rawReadings(day + "1", day + "4");
                received.add(JSON.readTree(answer));
            }
            assertThat(received).extracting(a -> a.path("batch").asString()).containsExactly("0-120", "120-240", "240-300");
            assertThat(received).extracting(a -> a.path("gateway").asString()).containsOnly("gw-commit");
            assertThat(received).extracting(a -> a.path("accepted").asInt()).containsExactly(2, 1, 1);
            assertThat(received).extracting(a -> a.path("rejected").asInt()).containsExactly(0, 1, 0);
            assertThat(received).allSatisfy(a -> assertThat(Instant.parse(a.path("committedAt").asString())).isBefore(Instant.now().plusSeconds(1)));
            // the three messages queued behind the lock and were stored in at most two transactions; the 4 good rows are readable by then
            assertThat(storedWhenAnswered[0]).as("rows readable when the first answer arrived").isGreaterThanOrEqualTo(2);
            assertThat(storedWhenAnswered[2]).as("rows readable when the last answer arrived").isEqualTo(4);
        } finally {
            gateway.disconnect();
            gateway.close();
        }
    }

    /** A message that is no batch is refused as a whole, and the gateway hears it on its commit topic (with the error). */
    @Test
    void aMessageRefusedAsAWholeIsAnsweredWithTheErrorOnTheCommitTopic() throws Exception {
        MqttClient gateway = connect("paho-refused-test", gatewayToken);
        try {
            BlockingQueue<String> answers = new LinkedBlockingQueue<>();
            gateway.subscribe(MqttAnswers.committedTopic(PLANT, "gw-refused"), 1,
                    (topic, message) -> answers.add(new String(message.getPayload(), StandardCharsets.UTF_8)));
            publish(gateway, "{\"gateway\":\"gw-refused\",\"batch\":\"0-77\",\"readings\":\"not a list\"}");
            JsonNode answer = JSON.readTree(answers.poll(10, TimeUnit.SECONDS));
            assertThat(answer.path("batch").asString()).isEqualTo("0-77");
            assertThat(answer.path("accepted").asInt()).isZero();
            assertThat(answer.path("error").asString()).contains("\"readings\" array");
            assertThat(answer.has("committedAt")).isFalse();
        } finally {
            gateway.disconnect();
            gateway.close();
        }
    }

    /** Over the socket: another plant's gateway cannot subscribe to this plant's commit answers (nor to all of them). */
    @Test
    void aGatewayCannotListenToAnotherPlantsCommitAnswers() throws Exception {
        MqttClient other = connect("paho-other-plant", otherToken);
        try {
            for (String topic : List.of(MqttAnswers.committedTopic(PLANT, "gw-commit"), "autoghg/v1/+/readings/committed/+", "#")) {
                assertThatThrownBy(() -> other.subscribe(topic, 1)).as(topic).isInstanceOf(MqttException.class);
            }
            other.subscribe(MqttAnswers.committedTopic(OTHER, "gw-commit"), 1); // its own plant's: allowed
        } finally {
            other.disconnect();
            other.close();
        }
    }

    /**
     * Stopping the subscriber (as at shutdown, before the broker stops) shuts gateways out, so nothing they
     * publish is acknowledged by the broker and then lost; started again, it lets them in and stores again.
     */
    @Test
    void whileTheSubscriberIsStoppedGatewaysCannotConnect() throws Exception {
        MqttReadings subscriber = context.getBean(MqttReadings.class);
        subscriber.stop();
        try {
            assertThatThrownBy(() -> connect("paho-while-stopped", gatewayToken)).isInstanceOf(MqttException.class);
        } finally {
            subscriber.start();
        }
        MqttClient gateway = connect("paho-after-restart", gatewayToken);
        try {
            BlockingQueue<String> answers = new LinkedBlockingQueue<>();
            gateway.subscribe(MqttAnswers.committedTopic(PLANT, "gw-restart"), 1,
                    (topic, message) -> answers.add(new String(message.getPayload(), StandardCharsets.UTF_8)));
            publish(gateway, "{\"gateway\":\"gw-restart\",\"batch\":\"0-60\",\"readings\":[" + reading("2025-05-01T08:00:00Z", 5) + "]}");
            assertThat(answers.poll(10, TimeUnit.SECONDS)).as("answered after the restart").contains("\"accepted\":1");
        } finally {
            gateway.disconnect();
            gateway.close();
        }
    }

    private MqttClient connect(String clientId, String token) throws MqttException {
        MqttClient client = new MqttClient("tcp://127.0.0.1:" + broker.port(), clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName("gateway");
        options.setPassword(token.toCharArray());
        options.setCleanSession(true);
        client.connect(options);
        return client;
    }

    private static void publish(MqttClient client, String payload) throws MqttException {
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        client.publish("autoghg/v1/" + PLANT + "/readings", message);
    }

    private static String reading(String ts, double value) {
        return "{\"meter\":\"E-MQ-01\",\"ts\":\"" + ts + "\",\"value\":" + value + ",\"unit\":\"kWh\"}";
    }

    /** Raw readings of E-MQ-01 stored from the first day to (excluding) the second, read through the API. */
    private int rawReadings(String fromDay, String toDay) {
        return api.get("/api/v1/plants/" + PLANT + "/meters/E-MQ-01/readings?from=" + fromDay + "T00:00:00Z&to=" + toDay + "T00:00:00Z")
                .json().path("readings").size();
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
