package io.autoghg.platform.readings;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's MQTT subscriber (Eclipse Paho): subscribes to {@code autoghg/v1/+/readings} with QoS 1
 * on the embedded broker or on the external one named by AUTOGHG_MQTT_URL, and ingests each message
 * like an HTTP batch for the topic's plant. Messages are queued and taken by one worker, in order;
 * consecutive messages for the same plant (and gateway) that are waiting are stored together in one
 * transaction. A message is acknowledged (manual acks) only after its readings are committed; while
 * the database is unreachable the worker retries and acknowledges nothing, so the broker keeps (and
 * re-sends) the messages. Rejections, and activity data a closed period refused, are answered per
 * message on {@code autoghg/v1/{plant}/readings/rejected}.
 * The broker has already checked that the publisher may send readings for the plant; the service
 * ingests as the system.
 */
final class MqttReadings implements SmartLifecycle, MqttCallbackExtended {
    static final String SUBSCRIPTION = "autoghg/v1/+/readings";
    private static final Pattern TOPIC = Pattern.compile("autoghg/v1/([^/]+)/readings");
    private static final Logger log = LoggerFactory.getLogger(MqttReadings.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReadingsService readings;
    private final MqttProperties properties;
    private final MqttBroker broker;
    private final MqttAccess mqttAccess;
    private static final int MAX_MERGED_ROWS = 50_000;

    private volatile MqttAsyncClient client;
    private final java.util.concurrent.BlockingQueue<Incoming> queue = new java.util.concurrent.LinkedBlockingQueue<>();
    private volatile Thread worker;

    /** A message as it arrived: the topic's plant, the message. */
    private record Incoming(String plant, MqttMessage message) {
    }

    /** A parsed message waiting to be stored with its neighbours: its first row in the merged batch. */
    private record Part(Incoming incoming, ReadingPayload payload, int offset) {
    }

    MqttReadings(ReadingsService readings, MqttProperties properties, MqttBroker broker, MqttAccess mqttAccess) {
        this.readings = readings;
        this.properties = properties;
        this.broker = broker;
        this.mqttAccess = mqttAccess;
    }

    @Override
    public void start() {
        String url = properties.external() ? properties.url() : broker != null && broker.port() > 0 ? "tcp://127.0.0.1:" + broker.port() : null;
        if (url == null) {
            log.warn("event=mqtt-subscriber-not-started reason=no-broker");
            return;
        }
        MqttConnectOptions options = new MqttConnectOptions();
        options.setAutomaticReconnect(true);
        options.setCleanSession(!properties.external()); // an external broker keeps our QoS 1 messages while we are down
        options.setMaxInflight(1000);
        options.setConnectionTimeout(10);
        worker = new Thread(this::work, "autoghg-mqtt-ingest");
        worker.setDaemon(true);
        worker.start();
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
        try {
            MqttAsyncClient created = new MqttAsyncClient(url, properties.clientId(), new MemoryPersistence());
            created.setCallback(this);
            created.setManualAcks(true);
            client = created; // before connecting: connectComplete subscribes through it
            created.connect(options).waitForCompletion(15_000);
            log.info("event=mqtt-subscriber-connected url={} clientId={}", url, properties.clientId());
        } catch (MqttException e) {
            client = null;
            log.error("event=mqtt-subscriber-failed url={} error=\"{}\"", url, e.getMessage());
        }
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        try {
            client.subscribe(SUBSCRIPTION, 1);
            log.info("event=mqtt-subscribed topic={} reconnect={}", SUBSCRIPTION, reconnect);
        } catch (MqttException | RuntimeException e) {
            log.error("event=mqtt-subscribe-failed topic={} error=\"{}\"", SUBSCRIPTION, e.getMessage());
        }
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        Matcher matcher = TOPIC.matcher(topic);
        if (!matcher.matches()) {
            acknowledge(message);
            return;
        }
        queue.add(new Incoming(matcher.group(1), message));
    }

    /** The worker: takes what is queued, stores runs of the same plant and gateway together, acknowledges after commit. */
    private void work() {
        List<Incoming> taken = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                taken.add(queue.take());
                queue.drainTo(taken, 999);
            } catch (InterruptedException e) {
                return;
            }
            List<Part> run = new ArrayList<>();
            int rows = 0;
            for (Incoming incoming : taken) {
                ReadingPayload payload;
                try {
                    payload = ReadingPayloads.json(incoming.message().getPayload());
                } catch (BadRequestException e) {
                    answer(incoming.plant(), Map.of("plant", incoming.plant(), "error", e.getMessage()));
                    acknowledge(incoming.message());
                    continue;
                }
                if (!run.isEmpty() && (!run.get(0).incoming().plant().equals(incoming.plant())
                        || !java.util.Objects.equals(run.get(0).payload().gateway(), payload.gateway())
                        || rows + payload.readings().size() > MAX_MERGED_ROWS)) {
                    store(run);
                    run = new ArrayList<>();
                    rows = 0;
                }
                run.add(new Part(incoming, payload, rows));
                rows += payload.readings().size();
            }
            if (!run.isEmpty()) {
                store(run);
            }
            taken.clear();
        }
    }

    /** Stores a run of messages in one batch (retrying while the database fails), answers each, acknowledges each. */
    private void store(List<Part> run) {
        String plant = run.get(0).incoming().plant();
        List<RawReading> all = new ArrayList<>();
        for (Part part : run) {
            for (RawReading r : part.payload().readings()) {
                all.add(new RawReading(part.offset() + r.row(), r.meter(), r.ts(), r.value(), r.valueProblem(), r.unit(), r.quality()));
            }
        }
        ReadingPayload merged = new ReadingPayload(null, run.get(0).payload().gateway(), null, all);
        IngestOutcome outcome = null;
        long wait = 500;
        int failures = 0;
        while (outcome == null) {
            try {
                outcome = Access.asSystem(() -> readings.ingest(plant, () -> merged, "mqtt"));
            } catch (BadRequestException | NotFoundException e) {
                run.forEach(part -> {
                    answer(plant, Map.of("plant", plant, "error", e.getMessage()));
                    acknowledge(part.incoming().message());
                });
                return;
            } catch (RuntimeException e) {
                failures++;
                if (!transient_(e) && failures >= 3) {
                    giveUp(plant, run, e);
                    return;
                }
                log.warn("event=mqtt-ingest-failed plant={} messages={} error=\"{}\" retryMillis={} (not acknowledged)", plant, run.size(),
                        e.getMessage(), wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = Math.min(wait * 2, 30_000);
            }
        }
        for (Part part : run) {
            answer(plant, part, outcome);
            acknowledge(part.incoming().message());
        }
    }

    /** The database is unreachable or busy: wait and try again, however long it takes. */
    private static boolean transient_(RuntimeException e) {
        return e instanceof org.springframework.dao.TransientDataAccessException
                || e instanceof org.springframework.dao.DataAccessResourceFailureException
                || e instanceof org.springframework.dao.RecoverableDataAccessException
                || e instanceof org.springframework.transaction.CannotCreateTransactionException;
    }

    /**
     * A failure that is not the database's: a run of several messages is stored one message at a time,
     * so that only the message that fails is given up — answered with the error on the rejected topic,
     * acknowledged and logged (it would otherwise block every message after it).
     */
    private void giveUp(String plant, List<Part> run, RuntimeException e) {
        if (run.size() > 1) {
            for (Part part : run) {
                store(List.of(new Part(part.incoming(), part.payload(), 0)));
            }
            return;
        }
        log.error("event=mqtt-message-dropped plant={} error=\"{}\"", plant, e.getMessage(), e);
        answer(plant, Map.of("plant", plant, "error", "the service could not store this message: " + e.getMessage()));
        acknowledge(run.get(0).incoming().message());
    }

    /** Answers one message of a run with its own rejections and refusals (rows as in the message), if it has any. */
    private void answer(String plant, Part part, IngestOutcome outcome) {
        int from = part.offset();
        int to = from + part.payload().readings().size();
        List<Rejection> rejected = outcome.rejected().stream().filter(r -> r.row() >= from && r.row() < to)
                .map(r -> new Rejection(r.row() - from, r.meter(), r.field(), r.reason())).toList();
        List<IngestOutcome.Refusal> refused = outcome.activity().refused().stream().filter(r -> r.row() >= from && r.row() < to)
                .map(r -> new IngestOutcome.Refusal(r.row() - from, r.meter(), r.source(), r.period(), r.reason())).toList();
        if (rejected.isEmpty() && refused.isEmpty()) {
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("plant", plant);
        answer.put("batch", part.payload().batch());
        answer.put("accepted", part.payload().readings().size() - rejected.size());
        answer.put("rejected", rejected);
        answer.put("activityRefused", refused);
        answer(plant, answer);
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

    /** Publishes on the plant's rejected topic without waiting (Paho must not block in its callback). */
    private void answer(String plant, Map<String, Object> body) {
        try {
            MqttMessage message = new MqttMessage(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
            message.setQos(1);
            client.publish("autoghg/v1/" + plant + "/readings/rejected", message);
        } catch (MqttException | RuntimeException e) {
            log.warn("event=mqtt-answer-failed plant={} error=\"{}\"", plant, e.getMessage());
        }
    }

    @Override
    public void connectionLost(Throwable cause) {
        log.warn("event=mqtt-connection-lost error=\"{}\" (reconnecting)", cause == null ? "" : cause.getMessage());
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
    }

    @Override
    public void stop() {
        Thread running0 = worker;
        worker = null;
        if (running0 != null) {
            running0.interrupt();
        }
        MqttAsyncClient running = client;
        client = null;
        if (running != null) {
            try {
                running.disconnect().waitForCompletion(5_000);
            } catch (MqttException e) {
                log.debug("event=mqtt-disconnect-failed error=\"{}\"", e.getMessage());
            }
            try {
                running.close();
            } catch (MqttException e) {
                log.debug("event=mqtt-close-failed error=\"{}\"", e.getMessage());
            }
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
