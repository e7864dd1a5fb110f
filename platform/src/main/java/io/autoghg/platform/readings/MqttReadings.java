package io.autoghg.platform.readings;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The service's MQTT subscriber (Eclipse Paho): subscribes to {@code autoghg/v1/+/readings} and to the Sparkplug B
 * data and birth topics ({@link SparkplugPayloads}) with QoS 1
 * on the embedded broker or on the external one named by AUTOGHG_MQTT_URL, and hands each message to the
 * {@link MqttIngest} worker, which stores it like an HTTP batch for the topic's plant and answers it
 * ({@link MqttAnswers}: the commit answer gateways wait for, and rejections). A message is acknowledged
 * (manual acks) only after its readings are committed.
 * <p>With the embedded broker, gateways may connect only while this subscriber is subscribed
 * ({@link MqttAccess#serviceReady}). It stops before the broker: it stops taking messages, finishes the batch
 * under way, and disconnects; what it has not answered, the gateways send again.
 * The broker has already checked that the publisher may send readings for the plant; the service
 * ingests as the system.
 */
final class MqttReadings implements SmartLifecycle, MqttCallbackExtended {
    static final String SUBSCRIPTION = "autoghg/v1/+/readings";
    /** Sparkplug B messages that carry metrics (docs/readings.md §6.4); the group id is the plant. */
    static final String[] SPARKPLUG_SUBSCRIPTIONS = {"spBv1.0/+/NBIRTH/+", "spBv1.0/+/NDATA/+", "spBv1.0/+/DBIRTH/+/+", "spBv1.0/+/DDATA/+/+"};
    static final String[] SUBSCRIPTIONS = subscriptions();
    private static final Pattern TOPIC = Pattern.compile("autoghg/v1/([^/]+)/readings");
    private static final Logger log = LoggerFactory.getLogger(MqttReadings.class);
    /** How long stopping waits for the batch being stored (the database stays up until the subscriber stopped). */
    private static final Duration FINISH_ON_STOP = Duration.ofSeconds(15);

    private final MqttProperties properties;
    private final MqttBroker broker;
    private final MqttAccess mqttAccess;
    private final MqttIngest ingest;
    private final SparkplugPayloads sparkplug = new SparkplugPayloads();

    private volatile MqttAsyncClient client;
    private volatile CountDownLatch subscribed = new CountDownLatch(1);

    MqttReadings(ReadingsService readings, MqttProperties properties, MqttBroker broker, MqttAccess mqttAccess) {
        this.properties = properties;
        this.broker = broker;
        this.mqttAccess = mqttAccess;
        this.ingest = new MqttIngest(readings, new MqttAnswers(() -> client), this::acknowledge);
    }

    @Override
    public void start() {
        String url = properties.external() ? properties.url() : broker != null && broker.port() > 0 ? "tcp://127.0.0.1:" + broker.port() : null;
        if (url == null) {
            log.warn("event=mqtt-subscriber-not-started reason=no-broker");
            return;
        }
        ingest.start();
        try {
            MqttAsyncClient created = new MqttAsyncClient(url, properties.clientId(), new MemoryPersistence());
            created.setCallback(this);
            created.setManualAcks(true);
            client = created; // before connecting: connectComplete subscribes through it
            created.connect(options()).waitForCompletion(15_000);
            log.info("event=mqtt-subscriber-connected url={} clientId={}", url, properties.clientId());
            if (!subscribed.await(10, TimeUnit.SECONDS)) {
                log.warn("event=mqtt-subscribe-slow topic={} (gateways are let in once it is made)", SUBSCRIPTION);
            }
        } catch (MqttException e) {
            client = null;
            ingest.stop(Duration.ZERO);
            log.error("event=mqtt-subscriber-failed url={} error=\"{}\"", url, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private MqttConnectOptions options() {
        MqttConnectOptions options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setCleanSession(!properties.external()); // an external broker keeps our QoS 1 messages while we are down
        options.setMaxInflight(1000);
        options.setConnectionTimeout(10);
        options.setKeepAliveInterval(30);
        if (properties.external()) {
            if (properties.username() != null && !properties.username().isBlank()) {
                options.setUserName(properties.username());
            }
            if (properties.password() != null && !properties.password().isEmpty()) {
                options.setPassword(properties.password().toCharArray());
            }
        } else {
            options.setUserName(MqttAccess.SERVICE_USER);
            options.setPassword(mqttAccess.servicePassword().toCharArray());
        }
        return options;
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        try {
            // asynchronously: Paho's callback thread must not wait for the SUBACK
            int[] qos = new int[SUBSCRIPTIONS.length];
            Arrays.fill(qos, 1);
            client.subscribe(SUBSCRIPTIONS, qos, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    log.info("event=mqtt-subscribed topics={} reconnect={}", String.join(",", SUBSCRIPTIONS), reconnect);
                    readyForGateways(true);
                    subscribed.countDown();
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    log.error("event=mqtt-subscribe-failed topic={} error=\"{}\"", SUBSCRIPTION, e.getMessage());
                }
            });
        } catch (MqttException | RuntimeException e) {
            log.error("event=mqtt-subscribe-failed topic={} error=\"{}\"", SUBSCRIPTION, e.getMessage());
        }
    }

    /** The embedded broker lets gateways in only while someone will store and answer what they publish. */
    private void readyForGateways(boolean ready) {
        if (!properties.external()) {
            mqttAccess.serviceReady(ready);
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        Matcher matcher = TOPIC.matcher(topic);
        if (matcher.matches()) {
            ingest.offer(matcher.group(1), message, MqttIngest.Format.JSON);
            return;
        }
        SparkplugPayloads.Topic sparkplugTopic = SparkplugPayloads.topic(topic);
        if (sparkplugTopic != null) {
            ingest.offer(sparkplugTopic.group(), message, MqttIngest.Format.sparkplug(sparkplug, sparkplugTopic));
            return;
        }
        acknowledge(message);
    }

    private static String[] subscriptions() {
        String[] all = new String[1 + SPARKPLUG_SUBSCRIPTIONS.length];
        all[0] = SUBSCRIPTION;
        System.arraycopy(SPARKPLUG_SUBSCRIPTIONS, 0, all, 1, SPARKPLUG_SUBSCRIPTIONS.length);
        return all;
    }

    private void acknowledge(MqttMessage message) {
        MqttAsyncClient current = client;
        if (current == null) {
            return;
        }
        try {
            current.messageArrivedComplete(message.getId(), message.getQos());
        } catch (MqttException | RuntimeException e) {
            log.debug("event=mqtt-ack-failed id={} error=\"{}\"", message.getId(), e.getMessage());
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        readyForGateways(false);
        log.warn("event=mqtt-connection-lost error=\"{}\" (reconnecting)", cause == null ? "" : cause.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
    }

    /**
     * In this order: no new gateway connections; no new messages; the batch under way is stored and answered;
     * then disconnect, after the answers in flight reached the broker. The database is still up meanwhile
     * (the data source closes after every lifecycle bean stopped).
     */
    @Override
    public void stop() {
        readyForGateways(false);
        ingest.stop(FINISH_ON_STOP);
        MqttAsyncClient running = client;
        client = null;
        subscribed = new CountDownLatch(1);
        if (running != null) {
            try {
                running.disconnect(2_000).waitForCompletion(5_000);
            } catch (MqttException e) {
                log.debug("event=mqtt-disconnect-failed error=\"{}\"", e.getMessage());
            }
            try {
                running.close();
            } catch (MqttException e) {
                log.debug("event=mqtt-close-failed error=\"{}\"", e.getMessage());
            }
            log.info("event=mqtt-subscriber-stopped");
        }
    }

    @Override
    public boolean isRunning() {
        return client != null;
    }

    @Override
    public int getPhase() {
        return MqttBroker.PHASE + 1;
    }
}
