package io.autoghg.platform.readings;

import static io.autoghg.platform.readings.SparkplugEncoding.BOOLEAN;
import static io.autoghg.platform.readings.SparkplugEncoding.DOUBLE;
import static io.autoghg.platform.readings.SparkplugEncoding.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import io.moquette.broker.subscriptions.Topic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sparkplug B over the embedded broker (same set-up as MqttReadingsTests, so the same context): payloads
 * built with protobuf's CodedOutputStream, published by Paho (and by Debian's mosquitto_pub from a file),
 * stored through the MQTT worker like JSON batches, with the group id as plant and the broker's ACL.
 */
@PlatformTest
@TestPropertySource(properties = {"autoghg.mqtt.enabled=true", "autoghg.mqtt.port=0", "autoghg.mqtt.host=127.0.0.1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkplugMqttTests {
    static final String PLANT = "SPB1";
    static final String OTHER = "SPB2";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Environment environment;
    final MqttBroker broker;
    final MqttAccess mqttAccess;

    Api api;
    String gatewayToken;
    String otherToken;

    SparkplugMqttTests(@Autowired Environment environment, @Autowired MqttBroker broker, @Autowired MqttAccess mqttAccess) {
        this.environment = environment;
        this.broker = broker;
        this.mqttAccess = mqttAccess;
    }

    @BeforeAll
    void plantsMetersAndTokens() {
        api = Api.of(environment);
        for (String plant : new String[] {PLANT, OTHER}) {
            assertThat(api.post("/api/v1/plants", Map.of("code", plant, "name", "Sparkplug plant " + plant)).status()).isIn(201, 409);
            for (String meter : new String[] {"E-SP-01", "E-SP-02", "E-SP-03"}) {
                assertThat(api.post("/api/v1/plants/" + plant + "/meters", Map.of("code", meter, "measures", "electricity", "unit", "kWh"))
                        .status()).isIn(201, 409);
            }
        }
        gatewayToken = token("spb-node-1", PLANT);
        otherToken = token("spb-node-2", OTHER);
    }

    private String token(String name, String plant) {
        Api.Response created = api.post("/api/v1/tokens", Map.of("name", name + "-" + System.nanoTime(), "role", "GATEWAY", "plantCode", plant));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("token").asString();
    }

    /** The stored readings of a meter on 2025-07-01 (UTC) as "ts=value@origin", values to 6 decimals (unit conversion is in doubles). */
    private List<String> stored(String plant, String meter) {
        JsonNode json = api.get("/api/v1/plants/" + plant + "/meters/" + meter + "/readings?from=2025-07-01T00:00:00Z&to=2025-07-02T00:00:00Z").json();
        List<String> rows = new ArrayList<>();
        json.path("readings").forEach(r -> rows.add(r.path("ts").asString() + "=" + java.math.BigDecimal.valueOf(r.path("value").asDouble())
                .setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "@" + r.path("origin").asString()));
        return rows;
    }

    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime()).as(what + " within 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void aDeviceBirthAndItsDataByAliasAreStoredWithUnitsConvertedAndUnknownAliasesRejected() throws Exception {
        MqttClient node = connect("spb-node-1", gatewayToken);
        try {
            BlockingQueue<String> rejected = new LinkedBlockingQueue<>();
            node.subscribe(MqttAnswers.rejectedTopic(PLANT), 1, (topic, message) -> rejected.add(new String(message.getPayload(), StandardCharsets.UTF_8)));
            long t0 = millis("2025-07-01T08:00:00Z");
            long t1 = millis("2025-07-01T08:15:00Z");
            // the birth: E-SP-01 in the meter's unit, E-SP-02 in MWh (engUnit), a boolean that is no reading
            publish(node, "spBv1.0/" + PLANT + "/DBIRTH/node-1/box-1", 1, payload(t0).seq(1)
                    .metric("E-SP-01", 1L, t0, DOUBLE, 1000.0, "kWh")
                    .metric("E-SP-02", 2L, t0, DOUBLE, 5.0, "MWh")
                    .metric("Running", 3L, t0, BOOLEAN, true, null)
                    .build());
            // data by alias only (as Sparkplug sends it), QoS 0 as is usual; alias 7 was never born
            publish(node, "spBv1.0/" + PLANT + "/DDATA/node-1/box-1", 0, payload(t1).seq(2)
                    .metric(null, 1L, t1, DOUBLE, 1012.5, null)
                    .metric(null, 2L, null, DOUBLE, 5.25, null)
                    .metric(null, 7L, t1, DOUBLE, 3.0, null)
                    .build());

            await("both meters' readings", () -> stored(PLANT, "E-SP-01").size() == 2 && stored(PLANT, "E-SP-02").size() == 2);
            assertThat(stored(PLANT, "E-SP-01")).containsExactly(
                    "2025-07-01T08:00:00Z=1000@sparkplug:node-1", "2025-07-01T08:15:00Z=1012.5@sparkplug:node-1");
            // MWh → kWh: 5 MWh = 5000 kWh, 5.25 MWh = 5250 kWh; the DDATA metric had no timestamp, so the payload's
            assertThat(stored(PLANT, "E-SP-02")).containsExactly(
                    "2025-07-01T08:00:00Z=5000@sparkplug:node-1", "2025-07-01T08:15:00Z=5250@sparkplug:node-1");

            JsonNode birthAnswer = JSON.readTree(rejected.poll(10, TimeUnit.SECONDS));
            assertThat(birthAnswer.path("accepted").asInt()).isEqualTo(2);
            assertThat(birthAnswer.path("rejected").get(0).path("reason").asString()).contains("unknown meter 'Running'");
            JsonNode dataAnswer = JSON.readTree(rejected.poll(10, TimeUnit.SECONDS));
            assertThat(dataAnswer.path("accepted").asInt()).isEqualTo(2);
            assertThat(dataAnswer.path("rejected").get(0).path("row").asInt()).isEqualTo(2);
            assertThat(dataAnswer.path("rejected").get(0).path("reason").asString()).contains("unknown alias 7 of " + PLANT + "/node-1/box-1");
        } finally {
            node.disconnect();
            node.close();
        }
    }

    @Test
    void aTokenMayPublishSparkplugOnlyForItsOwnPlantAsGroup() throws Exception {
        assertThat(mqttAccess.checkValid("spb-acl", "node", otherToken.getBytes(StandardCharsets.UTF_8))).isTrue();
        for (String type : List.of("NBIRTH", "NDATA", "NDEATH")) {
            assertThat(mqttAccess.canWrite(new Topic("spBv1.0/" + OTHER + "/" + type + "/node-2"), "node", "spb-acl")).as(type).isTrue();
            assertThat(mqttAccess.canWrite(new Topic("spBv1.0/" + PLANT + "/" + type + "/node-2"), "node", "spb-acl")).as("another plant").isFalse();
        }
        for (String type : List.of("DBIRTH", "DDATA", "DDEATH")) {
            assertThat(mqttAccess.canWrite(new Topic("spBv1.0/" + OTHER + "/" + type + "/node-2/dev"), "node", "spb-acl")).as(type).isTrue();
            assertThat(mqttAccess.canWrite(new Topic("spBv1.0/" + PLANT + "/" + type + "/node-2/dev"), "node", "spb-acl")).as("another plant").isFalse();
        }
        for (String topic : List.of("spBv1.0/" + OTHER + "/NCMD/node-2", "spBv1.0/" + OTHER + "/DDATA/node-2", "spBv1.0/STATE/host",
                "spBv1.0/+/NDATA/node-2", "spBv1.0/" + OTHER + "/NDATA/node-2/extra/level")) {
            assertThat(mqttAccess.canWrite(new Topic(topic), "node", "spb-acl")).as(topic).isFalse();
        }

        // over the socket: the other plant's node publishes as this plant's group — nothing is stored; its own plant's is.
        // QoS 0: Moquette drops a refused QoS 1 message without a PUBACK; the DISCONNECT after it on the same socket
        // makes sure the broker has handled it before the own plant's message is sent
        long t = millis("2025-07-01T10:00:00Z");
        MqttClient intruder = connect("spb-intruder", otherToken);
        try {
            publish(intruder, "spBv1.0/" + PLANT + "/NDATA/node-2", 0, payload(t).metric("E-SP-03", null, t, DOUBLE, 99.0, null).build());
        } finally {
            intruder.disconnect();
            intruder.close();
        }
        MqttClient own = connect("spb-own", otherToken);
        try {
            publish(own, "spBv1.0/" + OTHER + "/NDATA/node-2", 1, payload(t).metric("E-SP-03", null, t, DOUBLE, 42.0, null).build());
        } finally {
            own.disconnect();
            own.close();
        }
        await("the own plant's reading", () -> stored(OTHER, "E-SP-03").size() == 1);
        assertThat(stored(OTHER, "E-SP-03")).containsExactly("2025-07-01T10:00:00Z=42@sparkplug:node-2");
        assertThat(stored(PLANT, "E-SP-03")).as("nothing from the other plant's token")
                .noneMatch(row -> row.startsWith("2025-07-01T10:00:00Z"));
    }

    @Test
    void mosquittoPubSendsASparkplugPayloadFromAFile() throws Exception {
        Path mosquittoPub = MqttReadingsTests.MOSQUITTO_PUB;
        Assumptions.assumeTrue(Files.isExecutable(mosquittoPub),
                "no /usr/bin/mosquitto_pub on this machine (Debian package mosquitto-clients); the mosquitto_pub test is skipped");
        long t = millis("2025-07-01T12:00:00Z");
        Path file = Files.createTempFile("sparkplug", ".pb");
        try {
            Files.write(file, payload(t).metric("E-SP-03", null, null, DOUBLE, 0.0075, "MWh").build());
            Process publish = new ProcessBuilder(mosquittoPub.toString(), "-h", "127.0.0.1", "-p", Integer.toString(broker.port()), "-q", "1",
                    "-i", "spb-mosquitto", "-u", "node-9", "-P", gatewayToken, "-t", "spBv1.0/" + PLANT + "/NDATA/node-9", "-f", file.toString())
                    .redirectErrorStream(true).start();
            assertThat(publish.waitFor(10, TimeUnit.SECONDS)).isTrue();
            String output = new String(publish.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(publish.exitValue()).as(output).isZero();
        } finally {
            Files.deleteIfExists(file);
        }
        // 0.0075 MWh = 7.5 kWh, at the payload's timestamp
        await("the reading sent by mosquitto_pub", () -> stored(PLANT, "E-SP-03").stream().anyMatch(r -> r.startsWith("2025-07-01T12:00:00Z")));
        assertThat(stored(PLANT, "E-SP-03")).contains("2025-07-01T12:00:00Z=7.5@sparkplug:node-9");
    }

    private MqttClient connect(String clientId, String token) throws MqttException {
        MqttClient client = new MqttClient("tcp://127.0.0.1:" + broker.port(), clientId, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(clientId);
        options.setPassword(token.toCharArray());
        options.setCleanSession(true);
        client.connect(options);
        return client;
    }

    private static void publish(MqttClient client, String topic, int qos, byte[] payload) throws MqttException {
        MqttMessage message = new MqttMessage(payload);
        message.setQos(qos);
        client.publish(topic, message);
    }
}
