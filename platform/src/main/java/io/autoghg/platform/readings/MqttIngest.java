package io.autoghg.platform.readings;

import io.autoghg.platform.readings.MqttAnswers.Sender;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker behind the MQTT subscriber: takes the messages in arrival order, stores consecutive messages of
 * the same plant and gateway in one batch, and only after the commit answers and acknowledges each message on
 * its own. While the database is unreachable it retries and acknowledges nothing. When stopped it finishes
 * the batch under way and leaves everything else unanswered and unacknowledged (senders send it again).
 */
final class MqttIngest {
    private static final Logger log = LoggerFactory.getLogger(MqttIngest.class);
    private static final int MAX_MERGED_ROWS = 50_000;

    private final ReadingsService readings;
    private final MqttAnswers answers;
    private final Consumer<MqttMessage> acknowledge;
    private final Clock clock = Clock.systemUTC();
    private final BlockingQueue<Incoming> queue = new LinkedBlockingQueue<>();
    private volatile boolean taking;
    private Thread worker;

    /** A message as it arrived: the topic's plant, the message, how to read it. */
    private record Incoming(String plant, MqttMessage message, Format format) {
    }

    /**
     * How a message is read and under which channel its readings are stored: the JSON batch (channel "mqtt"),
     * or a Sparkplug B message (channel "sparkplug:{edge node}", no gateway and batch, so never a commit answer).
     * Read on the worker, in arrival order.
     */
    record Format(String channel, Function<byte[], ReadingPayload> reader, boolean json) {
        static final Format JSON = new Format("mqtt", ReadingPayloads::json, true);

        static Format sparkplug(SparkplugPayloads sparkplug, SparkplugPayloads.Topic topic) {
            return new Format(topic.origin(), body -> sparkplug.read(topic, body), false);
        }

        Sender senderOf(byte[] body) {
            return json ? Sender.of(body) : Sender.UNKNOWN;
        }
    }

    /** A parsed message waiting to be stored with its neighbours: its first row in the merged batch. */
    private record Part(Incoming incoming, ReadingPayload payload, int offset) {
        Sender sender() {
            return new Sender(payload.gateway(), payload.batch());
        }
    }

    MqttIngest(ReadingsService readings, MqttAnswers answers, Consumer<MqttMessage> acknowledge) {
        this.readings = readings;
        this.answers = answers;
        this.acknowledge = acknowledge;
    }

    synchronized void start() {
        taking = true;
        worker = new Thread(this::work, "autoghg-mqtt-ingest");
        worker.setDaemon(true);
        worker.start();
    }

    /** Queues a message; after {@link #stop} it is dropped unanswered (the sender sends it again). */
    void offer(String plant, MqttMessage message, Format format) {
        if (taking) {
            queue.add(new Incoming(plant, message, format));
        }
    }

    /** Stops taking messages, waits up to {@code wait} for the batch under way, then drops what is queued. */
    synchronized void stop(Duration wait) {
        taking = false;
        Thread running = worker;
        worker = null;
        if (running != null) {
            try {
                running.join(Math.max(1, wait.toMillis())); // join(0) would wait forever
                if (running.isAlive()) {
                    running.interrupt();
                    running.join(2_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int dropped = queue.size();
        queue.clear();
        if (dropped > 0) {
            log.info("event=mqtt-ingest-stopped unanswered={} (their senders send them again)", dropped);
        }
    }

    private void work() {
        List<Incoming> taken = new ArrayList<>();
        while (taking) {
            try {
                Incoming first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                taken.add(first);
                queue.drainTo(taken, 999);
            } catch (InterruptedException e) {
                return;
            }
            storeInRuns(taken);
            taken.clear();
        }
    }

    /** Stores runs of the same plant, channel and gateway together; a message that is not a batch is refused at once. */
    private void storeInRuns(List<Incoming> taken) {
        List<Part> run = new ArrayList<>();
        int rows = 0;
        for (Incoming incoming : taken) {
            ReadingPayload payload;
            try {
                payload = incoming.format().reader().apply(incoming.message().getPayload());
            } catch (BadRequestException e) {
                answers.refused(incoming.plant(), incoming.format().senderOf(incoming.message().getPayload()), null, e.getMessage());
                acknowledge.accept(incoming.message());
                continue;
            }
            if (payload.readings().isEmpty() && !incoming.format().json()) {
                acknowledge.accept(incoming.message()); // e.g. a Sparkplug BIRTH with only its own control metrics
                continue;
            }
            if (!run.isEmpty() && (!run.get(0).incoming().plant().equals(incoming.plant())
                    || !run.get(0).incoming().format().channel().equals(incoming.format().channel())
                    || !Objects.equals(run.get(0).payload().gateway(), payload.gateway())
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
    }

    /** Stores a run in one batch (retrying while the database fails), then answers and acknowledges each message. */
    private void store(List<Part> run) {
        String plant = run.get(0).incoming().plant();
        String channel = run.get(0).incoming().format().channel();
        ReadingPayload merged = merge(run);
        IngestOutcome outcome = null;
        long wait = 500;
        int failures = 0;
        while (outcome == null) {
            if (!taking) {
                return; // stopping: unanswered and unacknowledged, sent again
            }
            try {
                outcome = Access.asSystem(() -> readings.ingest(plant, () -> merged, channel));
            } catch (BadRequestException | NotFoundException e) {
                refuse(plant, run, e.getMessage());
                return;
            } catch (RuntimeException e) {
                failures++;
                if (!isTransient(e) && failures >= 3) {
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
        Instant committedAt = clock.instant();
        for (Part part : run) {
            answer(plant, part, outcome, committedAt);
            acknowledge.accept(part.incoming().message());
        }
    }

    private static ReadingPayload merge(List<Part> run) {
        List<RawReading> all = new ArrayList<>();
        for (Part part : run) {
            for (RawReading r : part.payload().readings()) {
                all.add(new RawReading(part.offset() + r.row(), r.meter(), r.ts(), r.value(), r.valueProblem(), r.unit(), r.quality()));
            }
        }
        return new ReadingPayload(null, run.get(0).payload().gateway(), null, all);
    }

    /** The database is unreachable or busy: wait and try again, however long it takes. */
    private static boolean isTransient(RuntimeException e) {
        return e instanceof org.springframework.dao.TransientDataAccessException
                || e instanceof org.springframework.dao.DataAccessResourceFailureException
                || e instanceof org.springframework.dao.RecoverableDataAccessException
                || e instanceof org.springframework.transaction.CannotCreateTransactionException;
    }

    /** A batch refused as a whole: a run of several messages is stored one by one, so only the culprit is refused. */
    private void refuse(String plant, List<Part> run, String error) {
        if (run.size() > 1) {
            run.forEach(part -> store(List.of(new Part(part.incoming(), part.payload(), 0))));
            return;
        }
        Part part = run.get(0);
        answers.refused(plant, part.sender(), part.payload().readings().size(), error);
        acknowledge.accept(part.incoming().message());
    }

    /**
     * A failure that is not the database's: a run of several messages is stored one message at a time,
     * so that only the message that fails is given up — answered with the error, acknowledged and logged
     * (it would otherwise block every message after it).
     */
    private void giveUp(String plant, List<Part> run, RuntimeException e) {
        if (run.size() > 1) {
            run.forEach(part -> store(List.of(new Part(part.incoming(), part.payload(), 0))));
            return;
        }
        log.error("event=mqtt-message-dropped plant={} error=\"{}\"", plant, e.getMessage(), e);
        Part part = run.get(0);
        answers.refused(plant, part.sender(), part.payload().readings().size(), "the service could not store this message: " + e.getMessage());
        acknowledge.accept(part.incoming().message());
    }

    /** Answers one message of a run: its rejections and refusals (rows as in the message), if any, and its commit. */
    private void answer(String plant, Part part, IngestOutcome outcome, Instant committedAt) {
        int from = part.offset();
        int to = from + part.payload().readings().size();
        List<Rejection> rejected = outcome.rejected().stream().filter(r -> r.row() >= from && r.row() < to)
                .map(r -> new Rejection(r.row() - from, r.meter(), r.field(), r.reason())).toList();
        List<IngestOutcome.Refusal> refused = outcome.activity().refused().stream().filter(r -> r.row() >= from && r.row() < to)
                .map(r -> new IngestOutcome.Refusal(r.row() - from, r.meter(), r.source(), r.period(), r.reason())).toList();
        int accepted = part.payload().readings().size() - rejected.size();
        if (!rejected.isEmpty() || !refused.isEmpty()) {
            answers.rejections(plant, part.payload().batch(), accepted, rejected, refused);
        }
        answers.committed(plant, part.sender(), accepted, rejected.size(), refused.size(), committedAt);
    }
}
