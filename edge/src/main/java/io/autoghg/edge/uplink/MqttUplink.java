package io.autoghg.edge.uplink;

import io.autoghg.edge.buffer.Journal.Batch;
import io.autoghg.edge.config.GatewayConfig;
import io.autoghg.edge.config.GatewayConfig.MqttAck;
import io.autoghg.edge.uplink.CommitAnswers.Answer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes each batch to autoghg/v1/{plant}/readings with QoS 1 (Paho, MQTT 3.1.1). With
 * {@code platform.mqttAck: commit} (the default) a batch counts as delivered only when the service's answer
 * for its id arrives on autoghg/v1/{plant}/readings/committed/{gateway}, which the service sends after the
 * readings are committed (docs/edge-gateway.md §3.2); with {@code broker} the broker's PUBACK is enough (a broker
 * with no AutoGHG service behind it). User name: the gateway's name; password: its token. The journal, not
 * Paho's persistence, keeps unacknowledged batches.
 */
final class MqttUplink implements Uplink, MqttCallback {

    private static final Logger log = LoggerFactory.getLogger(MqttUplink.class);

    private final GatewayConfig config;
    private final String topic;
    private final String answerTopic;
    private final CommitAnswers answers;
    private MqttClient client;

    MqttUplink(GatewayConfig config) {
        this.config = config;
        this.topic = "autoghg/v1/" + config.plant() + "/readings";
        this.answerTopic = topic + "/committed/" + config.gateway();
        this.answers = new CommitAnswers(config.gateway());
    }

    private boolean waitsForCommit() {
        return config.mqttAck().mode() == MqttAck.Mode.COMMIT;
    }

    @Override
    public void send(Batch batch) throws UplinkException {
        String id = ReadingsPayload.batchId(batch);
        try {
            connect();
            byte[] payload = ReadingsPayload.json(config.plant(), config.gateway(), batch).getBytes(StandardCharsets.UTF_8);
            if (!waitsForCommit()) {
                client.publish(topic, payload, 1, false);
                return;
            }
            CompletableFuture<Answer> answer = answers.expect(id); // before publishing: the answer can beat the PUBACK
            client.publish(topic, payload, 1, false);
            checked(id, answer.get(config.mqttAck().timeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (MqttException e) {
            close();
            throw new UplinkException("MQTT " + config.mqttUrl() + ": " + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw new UplinkException("no commit answer for batch " + id + " within " + config.mqttAck().timeout().toSeconds()
                    + " s (platform.mqttAckTimeout); it is sent again");
        } catch (ExecutionException e) {
            close();
            throw new UplinkException("MQTT connection lost while waiting for the commit answer of batch " + id + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UplinkException("interrupted", e);
        }
    }

    /**
     * A batch refused as a whole stays in the buffer and is sent again (like an HTTP 4xx): its causes — a batch
     * over the service's max-rows, a plant the service does not know — are set-up errors, fixed by correcting the
     * set-up, after which the same readings go through; skipping would lose them.
     */
    private void checked(String id, Answer answer) throws UplinkException {
        if (answer.refused()) {
            throw new UplinkException("the platform refused batch " + id + " as a whole: " + answer.error()
                    + " (the batch stays in the buffer)");
        }
        if (answer.rejected() > 0) {
            log.warn("event=readings-rejected gateway={} batch={} accepted={} rejected={} (details on {}/rejected and in the service log)",
                    config.gateway(), id, answer.accepted(), answer.rejected(), topic);
        }
    }

    private void connect() throws MqttException, UplinkException {
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
        created.setCallback(this);
        created.connect(options);
        client = created;
        if (waitsForCommit()) {
            try {
                created.subscribe(answerTopic, 1); // clean session: subscribed again on every connect
            } catch (MqttException e) {
                close();
                throw new UplinkException("MQTT " + config.mqttUrl() + ": cannot subscribe to " + answerTopic
                        + " for the service's commit answers (" + e.getMessage() + "); with a broker that has no AutoGHG service"
                        + " behind it set platform.mqttAck: broker", e);
            }
        }
    }

    @Override
    public void messageArrived(String arrivedOn, MqttMessage message) {
        if (answerTopic.equals(arrivedOn)) {
            answers.arrived(message.getPayload());
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        answers.lost(cause);
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
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
