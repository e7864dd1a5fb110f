package io.autoghg.edge;

import static io.autoghg.edge.EdgeTesting.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.edge.FakePlatform.Received;
import io.autoghg.edge.config.GatewayConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance of store-and-forward: the platform answers 503, then disappears altogether, while the
 * gateway keeps polling a real Modbus slave; the gateway itself is restarted on the same buffer; in the end
 * every reading polled has reached the platform, duplicates counted once, first arrivals in time order.
 */
class StoreAndForwardTests {

    private static final int METERS = 3;

    @TempDir
    Path buffer;

    @Test
    void everyReadingArrivesOnceInOrderThroughOutagesAndAGatewayRestart() throws Exception {
        try (ModbusMeters slave = new ModbusMeters(METERS); FakePlatform platform = new FakePlatform()) {
            for (int i = 0; i < METERS; i++) {
                slave.set(i, 100.0 * (i + 1));
            }
            GatewayConfig config = Configs.httpGateway(platform.url(), buffer, Duration.ofMillis(50), 7,
                    Configs.modbusDevice(slave.port(), METERS, 1.0, 0.0));
            long polledBefore;

            Gateway first = new Gateway(config);
            first.start();
            await(() -> platform.received().size() >= 3 * METERS, "readings arrive while the platform is up");

            platform.unavailable(true);
            polledBefore = first.stats().polled();
            await(() -> first.stats().polled() >= polledBefore + 10 * METERS, "polling goes on while the platform answers 503");
            assertThat(first.pendingBytes()).as("buffered while down").isPositive();
            assertThat(first.stats().sendFailures()).isPositive();
            platform.unavailable(false);
            await(() -> first.pendingBytes() == 0, "the backlog is sent when the platform answers again");

            platform.stop();
            long polledWhileClosed = first.stats().polled();
            await(() -> first.stats().polled() >= polledWhileClosed + 10 * METERS, "polling goes on while the port is closed");
            first.close();
            long polledByFirst = first.stats().polled();
            assertThat(pendingReadings()).as("the first gateway stopped with readings in its buffer").isPositive();

            platform.start();
            Gateway second = new Gateway(config);
            second.start();
            await(() -> second.stats().polled() >= 5 * METERS, "the restarted gateway polls");
            second.stopPolling();
            await(() -> second.pendingBytes() == 0, "the restarted gateway sends its predecessor's backlog and its own readings");
            second.close();

            Set<String> polled = EdgeTesting.journalKeys(buffer);
            List<Received> received = platform.received();
            Set<String> firstArrivals = received.stream().map(Received::key).collect(Collectors.toCollection(LinkedHashSet::new));
            assertThat(polled).hasSize((int) (polledByFirst + second.stats().polled()));
            assertThat(firstArrivals).as("every polled reading arrived, nothing else").isEqualTo(polled);
            assertThat(firstArrivalTimes(received)).as("first arrivals in time order").isSorted();
            assertThat(received).allSatisfy(r -> assertThat(r.value()).isEqualTo(100.0 * (1 + Integer.parseInt(r.meter().substring(4)))));
            assertThat(platform.authorizations()).containsOnly("Bearer agt_test");
        }
    }

    private long pendingReadings() throws Exception {
        long acked = Long.parseLong(Files.readString(buffer.resolve("acked.offset")).trim());
        byte[] journal = Files.readAllBytes(buffer.resolve("readings.journal"));
        return new String(journal, (int) acked, journal.length - (int) acked, StandardCharsets.UTF_8).lines().count();
    }

    /** Every reading the gateways appended to the journal (it is never emptied below 16 MiB). */

    private static List<Instant> firstArrivalTimes(List<Received> received) {
        Set<String> seen = new LinkedHashSet<>();
        List<Instant> times = new ArrayList<>();
        for (Received r : received) {
            if (seen.add(r.key())) {
                times.add(r.ts());
            }
        }
        return times;
    }
}
