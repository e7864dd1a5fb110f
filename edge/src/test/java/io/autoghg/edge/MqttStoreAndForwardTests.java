package io.autoghg.edge;

import static io.autoghg.edge.EdgeTesting.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.autoghg.edge.config.GatewayConfig;
import io.autoghg.edge.config.GatewayConfig.MqttAck;
import io.autoghg.edge.config.GatewayConfig.Transport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MQTT transport against a broker we did not write (Debian's mosquitto): QoS 1 publishes to
 * autoghg/v1/P1/readings; the network between gateway and broker is cut while the gateway runs and restored
 * (a TCP relay that closes its port and connections); a subscriber standing in for the platform receives
 * every polled reading, duplicates counted once. Nothing answers commits here, so the gateway takes the broker's
 * PUBACK ({@code platform.mqttAck: broker}); MqttCommitAcknowledgementTests covers the commit answers.
 */
class MqttStoreAndForwardTests {

    private static final Pattern KEY = Pattern.compile("\"meter\":\"([^\"]+)\",\"ts\":\"([^\"]+)\"");

    @TempDir
    Path buffer;

    @TempDir
    Path brokerDir;

    @Test
    void everyReadingReachesTheBrokerAcrossANetworkOutage() throws Exception {
        assumeTrue(Mosquitto.available(), "Debian's mosquitto is not installed (/usr/sbin/mosquitto): MQTT test skipped");
        List<String> received = new ArrayList<>();
        try (ModbusMeters slave = new ModbusMeters(2); Mosquitto broker = new Mosquitto(brokerDir)) {
            slave.set(0, 1.5);
            slave.set(1, 2.5);
            broker.start();
            TcpRelay network = new TcpRelay(broker.port());
            MqttClient platform = subscriber(broker.url(), received);
            GatewayConfig http = Configs.httpGateway("http://unused", buffer, Duration.ofMillis(50), 5,
                    Configs.modbusDevice(slave.port(), 2, 1.0, 0.0));
            GatewayConfig config = new GatewayConfig(http.platformUrl(), "P1", "gw-mqtt", "agt_test", Transport.MQTT,
                    "tcp://127.0.0.1:" + network.port(), http.pollInterval(), http.batchSize(), buffer, http.retryInitial(), http.retryMax(),
                    http.devices(), new MqttAck(MqttAck.Mode.BROKER, Duration.ofSeconds(30))); // no service here to answer commits
            try (Gateway gateway = new Gateway(config)) {
                gateway.start();
                await(() -> count(received) >= 6, "readings arrive over MQTT");

                network.cut();
                long polled = gateway.stats().polled();
                await(() -> gateway.stats().polled() >= polled + 20, "polling goes on while the broker is down");
                assertThat(gateway.pendingBytes()).isPositive();

                network.restore();
                await(() -> gateway.stats().polled() >= polled + 30, "the gateway polls after the broker is back");
                gateway.stopPolling();
                await(() -> gateway.pendingBytes() == 0, "the backlog is published once the broker is back");
                await(() -> keys(received).containsAll(EdgeTesting.journalKeys(buffer)), "the subscriber has every reading");
            }
            platform.disconnect();
            platform.close();
            network.close();
        }
        Set<String> polled = EdgeTesting.journalKeys(buffer);
        assertThat(keys(received)).isEqualTo(polled);
    }

    private static MqttClient subscriber(String url, List<String> received) throws Exception {
        MqttClient client = new MqttClient(url, "test-platform", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(200);
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
                if (reconnect) {
                    try {
                        client.subscribe("autoghg/v1/P1/readings", 1);
                    } catch (MqttException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }

            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                synchronized (received) {
                    received.add(new String(message.getPayload(), StandardCharsets.UTF_8));
                }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        client.connect(options);
        client.subscribe("autoghg/v1/P1/readings", 1);
        return client;
    }

    private static int count(List<String> received) {
        return keys(received).size();
    }

    private static Set<String> keys(List<String> received) {
        Set<String> keys = new LinkedHashSet<>();
        synchronized (received) {
            for (String payload : received) {
                Matcher m = KEY.matcher(payload);
                while (m.find()) {
                    keys.add(m.group(1) + "@" + Instant.parse(m.group(2)));
                }
            }
        }
        return keys;
    }
}
