package io.autoghg.platform.readings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the service answers to MQTT messages (docs/readings.md §6.2): the details of rejected readings on
 * {@code autoghg/v1/{plant}/readings/rejected}, and — for every message that names a gateway and a batch — one
 * commit answer on {@code autoghg/v1/{plant}/readings/committed/{gateway}}, published only after the message's
 * readings are committed (or with an {@code error} when the message was refused as a whole). Gateways take
 * the commit answer, not the broker's PUBACK, as their acknowledgement. Publishing never waits: the worker
 * must not block on the broker.
 */
final class MqttAnswers {
    private static final Logger log = LoggerFactory.getLogger(MqttAnswers.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** One topic level: not empty, no level separator, no wildcard, no NUL (MQTT 3.1.1 §4.7). */
    private static final Pattern TOPIC_LEVEL = Pattern.compile("[^/+#\\u0000]+");

    private final Supplier<MqttAsyncClient> client;

    /** Who sent a message, as far as it says: its gateway and batch id (either may be null). */
    record Sender(String gateway, String batch) {
        static final Sender UNKNOWN = new Sender(null, null);

        /** A commit answer can be addressed only to a gateway named as one topic level, for a batch it named. */
        boolean answerable() {
            return gateway != null && batch != null && TOPIC_LEVEL.matcher(gateway).matches();
        }

        /** The sender of a message that could not be read as a batch: what its JSON object says, if it is one. */
        static Sender of(byte[] body) {
            try {
                JsonNode root = JSON.readTree(body);
                if (root != null && root.isObject()) {
                    return new Sender(text(root.get("gateway")), text(root.get("batch")));
                }
            } catch (JacksonException e) {
                // not JSON: nobody to answer
            }
            return UNKNOWN;
        }

        private static String text(JsonNode node) {
            return node != null && node.isString() ? node.asString() : null;
        }
    }

    MqttAnswers(Supplier<MqttAsyncClient> client) {
        this.client = client;
    }

    static String committedTopic(String plant, String gateway) {
        return "autoghg/v1/" + plant + "/readings/committed/" + gateway;
    }

    static String rejectedTopic(String plant) {
        return "autoghg/v1/" + plant + "/readings/rejected";
    }

    /** The message's readings are committed: how many the store holds now, how many were rejected. */
    void committed(String plant, Sender sender, int accepted, int rejected, int activityRefused, Instant committedAt) {
        if (!sender.answerable()) {
            return;
        }
        Map<String, Object> body = head(plant, sender);
        body.put("accepted", accepted);
        body.put("rejected", rejected);
        body.put("activityRefused", activityRefused);
        body.put("committedAt", committedAt.toString());
        publish(committedTopic(plant, sender.gateway()), body);
    }

    /**
     * The message was refused as a whole and nothing of it was stored: {@code readings} (null when unknown)
     * rejected, with why. Answered on the rejected topic as before, and on the commit topic so that the gateway
     * does not wait for an answer that will never come.
     */
    void refused(String plant, Sender sender, Integer readings, String error) {
        Map<String, Object> rejected = new LinkedHashMap<>();
        rejected.put("plant", plant);
        if (sender.batch() != null) {
            rejected.put("batch", sender.batch());
        }
        rejected.put("error", error);
        publish(rejectedTopic(plant), rejected);
        if (sender.answerable()) {
            Map<String, Object> body = head(plant, sender);
            body.put("accepted", 0);
            body.put("rejected", readings);
            body.put("error", error);
            publish(committedTopic(plant, sender.gateway()), body);
        }
    }

    /** The details of a message's rejected readings and refused activity data (rows as in the message). */
    void rejections(String plant, String batch, int accepted, Object rejected, Object activityRefused) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("plant", plant);
        body.put("batch", batch);
        body.put("accepted", accepted);
        body.put("rejected", rejected);
        body.put("activityRefused", activityRefused);
        publish(rejectedTopic(plant), body);
    }

    private static Map<String, Object> head(String plant, Sender sender) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("plant", plant);
        body.put("gateway", sender.gateway());
        body.put("batch", sender.batch());
        return body;
    }

    private void publish(String topic, Map<String, Object> body) {
        MqttAsyncClient current = client.get();
        if (current == null) {
            log.debug("event=mqtt-answer-skipped topic={} reason=not-connected", topic);
            return;
        }
        try {
            MqttMessage message = new MqttMessage(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
            message.setQos(1);
            current.publish(topic, message);
        } catch (MqttException | RuntimeException e) {
            log.warn("event=mqtt-answer-failed topic={} error=\"{}\"", topic, e.getMessage());
        }
    }
}
