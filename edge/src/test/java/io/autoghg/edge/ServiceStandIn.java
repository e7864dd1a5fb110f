package io.autoghg.edge;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * Stands in for the AutoGHG service on a real broker: takes what gateways publish on autoghg/v1/P1/readings
 * and, message by message as its {@link Reply} policy says, "stores" the readings (a map keyed by (meter, ts), as
 * idempotent as the real store) and only then publishes the commit answer on
 * autoghg/v1/P1/readings/committed/{gateway} — or stays silent (as a service that stopped before storing), or
 * answers late, or refuses the message as a whole.
 */
final class ServiceStandIn implements AutoCloseable {

    /** What to do with the n-th message (1-based). */
    enum Reply { COMMIT, SILENT, LATE, REFUSE }

    private static final Pattern KEY = Pattern.compile("\"meter\":\"([^\"]+)\",\"ts\":\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("\"(gateway|batch)\":\"([^\"]+)\"");

    private final MqttAsyncClient client;
    private final IntFunction<Reply> policy;
    private final IntToLongFunction lateMillis;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, Integer> stored = new LinkedHashMap<>();
    private final List<String> batches = new ArrayList<>();
    private final List<String> answered = new ArrayList<>();
    private int messages;

    /** @param lateMillis how late a LATE answer to the n-th message comes */
    ServiceStandIn(String brokerUrl, IntFunction<Reply> policy, IntToLongFunction lateMillis) throws MqttException {
        this.policy = policy;
        this.lateMillis = lateMillis;
        client = new MqttAsyncClient(brokerUrl, "service-stand-in", new MemoryPersistence());
        client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                handle(new String(message.getPayload(), StandardCharsets.UTF_8));
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        client.connect(options).waitForCompletion(10_000);
        client.subscribe("autoghg/v1/P1/readings", 1).waitForCompletion(10_000);
    }

    private void handle(String payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher f = FIELD.matcher(payload);
        while (f.find()) {
            fields.putIfAbsent(f.group(1), f.group(2));
        }
        Reply reply;
        int n;
        synchronized (this) {
            n = ++messages;
            batches.add(fields.get("batch"));
            reply = policy.apply(n);
            if (reply == Reply.COMMIT || reply == Reply.LATE) {
                Matcher m = KEY.matcher(payload);
                while (m.find()) {
                    stored.merge(m.group(1) + "@" + Instant.parse(m.group(2)), 1, Integer::sum);
                }
            }
        }
        String answer = "{\"plant\":\"P1\",\"gateway\":\"" + fields.get("gateway") + "\",\"batch\":\"" + fields.get("batch") + "\","
                + switch (reply) {
                    case REFUSE -> "\"accepted\":0,\"rejected\":2,\"error\":\"2 readings in one batch; at most 1\"}";
                    default -> "\"accepted\":" + count(payload) + ",\"rejected\":0,\"activityRefused\":0,\"committedAt\":\"" + Instant.now() + "\"}";
                };
        switch (reply) {
            case COMMIT, REFUSE -> publish(fields.get("gateway"), fields.get("batch"), answer);
            case LATE -> later.schedule(() -> publish(fields.get("gateway"), fields.get("batch"), answer), lateMillis.applyAsLong(n),
                    TimeUnit.MILLISECONDS);
            case SILENT -> {
            }
        }
    }

    private static int count(String payload) {
        int n = 0;
        Matcher m = KEY.matcher(payload);
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Publishes without waiting: this runs on Paho's callback thread. */
    private void publish(String gateway, String batch, String answer) {
        try {
            client.publish("autoghg/v1/P1/readings/committed/" + gateway, answer.getBytes(StandardCharsets.UTF_8), 1, false);
            synchronized (this) {
                answered.add(batch);
            }
        } catch (MqttException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How often each (meter, ts) was stored (the real store keeps it once; here we count, to see resends). */
    synchronized Map<String, Integer> stored() {
        return Map.copyOf(stored);
    }

    /** The batch ids of the messages received, in order. */
    synchronized List<String> batches() {
        return List.copyOf(batches);
    }

    /** The batch ids answered, in the order the answers were sent. */
    synchronized List<String> answered() {
        return List.copyOf(answered);
    }

    @Override
    public void close() throws MqttException {
        later.shutdownNow();
        if (client.isConnected()) {
            client.disconnect().waitForCompletion(5_000);
        }
        client.close();
    }
}
