package io.autoghg.edge.uplink;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The service's answers on autoghg/v1/{plant}/readings/committed/{gateway} (docs/readings.md §6.2), matched to
 * the one batch the gateway is waiting for by its id. Answers to other batches (a late answer to a batch that
 * was sent twice) are ignored. The JSON is read with SnakeYAML, which the gateway has anyway (JSON is YAML).
 */
final class CommitAnswers {

    private static final Logger log = LoggerFactory.getLogger(CommitAnswers.class);

    private final String gateway;
    private String awaitedBatch;
    private CompletableFuture<Answer> awaited;

    /** One answer: the batch's counts when it was committed, or why it was refused as a whole ({@code error}). */
    record Answer(String batch, long accepted, long rejected, String committedAt, String error) {
        boolean refused() {
            return error != null;
        }
    }

    CommitAnswers(String gateway) {
        this.gateway = gateway;
    }

    /** Waits for the answer to this batch from now on; a wait for an earlier batch is given up. */
    synchronized CompletableFuture<Answer> expect(String batch) {
        if (awaited != null) {
            awaited.cancel(false);
        }
        awaitedBatch = batch;
        awaited = new CompletableFuture<>();
        return awaited;
    }

    /** An answer arrived (Paho's callback thread: never blocks). */
    void arrived(byte[] payload) {
        Answer answer = parse(payload);
        if (answer == null) {
            return;
        }
        synchronized (this) {
            if (awaited != null && answer.batch().equals(awaitedBatch)) {
                awaited.complete(answer);
                awaited = null;
                awaitedBatch = null;
            }
        }
    }

    /** The connection is gone: no answer can come over it. */
    synchronized void lost(Throwable cause) {
        if (awaited != null) {
            awaited.completeExceptionally(cause == null ? new IllegalStateException("connection lost") : cause);
            awaited = null;
            awaitedBatch = null;
        }
    }

    private Answer parse(byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (loaded instanceof Map<?, ?> map && map.get("batch") != null && gateway.equals(string(map.get("gateway")))) {
                return new Answer(string(map.get("batch")), number(map.get("accepted")), number(map.get("rejected")),
                        string(map.get("committedAt")), string(map.get("error")));
            }
        } catch (YAMLException | ClassCastException e) {
            // not an answer we understand: fall through
        }
        log.warn("event=commit-answer-ignored gateway={} answer=\"{}\"", gateway, text.length() > 300 ? text.substring(0, 300) + "…" : text);
        return null;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
