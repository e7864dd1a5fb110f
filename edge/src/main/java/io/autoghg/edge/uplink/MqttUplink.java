package io.autoghg.edge.uplink;

import io.autoghg.edge.buffer.Journal.Batch;
import io.autoghg.edge.config.GatewayConfig;
import java.nio.charset.StandardCharsets;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Publishes each batch to autoghg/v1/{plant}/readings with QoS 1 (Paho, MQTT 3.1.1) and waits for the PUBACK;
 * the platform acknowledges only after the readings are committed (docs/readings.md §6). User name: the
 * gateway's name; password: its token. The journal, not Paho's persistence, keeps unacknowledged batches.
 */
final class MqttUplink implements Uplink {

    private final GatewayConfig config;
    private final String topic;
    private MqttClient client;

    MqttUplink(GatewayConfig config) {
        this.config = config;
        this.topic = "autoghg/v1/" + config.plant() + "/readings";
    }

    @Override
    public void send(Batch batch) throws UplinkException {
        try {
            connect();
            byte[] payload = ReadingsPayload.json(config.plant(), config.gateway(), batch).getBytes(StandardCharsets.UTF_8);
            client.publish(topic, payload, 1, false);
        } catch (MqttException e) {
            close();
            throw new UplinkException("MQTT " + config.mqttUrl() + ": " + e.getMessage(), e);
        }
    }

    private void connect() throws MqttException {
        if (client != null && client.isConnected()) {
            return;
        }
        close();
        MqttClient created = new MqttClient(config.mqttUrl(), config.gateway(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName(config.gateway());
        options.setPassword(config.token().toCharArray());
        options.setCleanSession(true);
        options.setAutomaticReconnect(false);
        options.setConnectionTimeout(10);
        options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        created.setTimeToWait(60_000);
        created.connect(options);
        client = created;
    }

    @Override
    public void close() {
        if (client == null) {
            return;
        }
        try {
            if (client.isConnected()) {
                client.disconnect(1000);
            }
            client.close();
        } catch (MqttException ignored) {
            // gone either way
        }
        client = null;
    }
}
