package io.autoghg.edge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** What the gateway tests share: waiting for a condition, and the (meter, ts) keys a gateway journaled. */
final class EdgeTesting {

    private EdgeTesting() {
    }

    /** Waits up to 30 s until the condition holds. */
    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        await(condition, what, Duration.ofSeconds(30));
    }

    static void await(BooleanSupplier condition, String what, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    /** "METER@ts" of every line of the gateway's journal in the buffer folder, in journal order. */
    static Set<String> journalKeys(Path buffer) {
        Set<String> keys = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(buffer.resolve("readings.journal"))) {
                String[] f = line.split("\t");
                keys.add(f[0] + "@" + Instant.parse(f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
