package io.autoghg.edge;

import static io.autoghg.edge.EdgeTesting.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.autoghg.edge.ServiceStandIn.Reply;
import io.autoghg.edge.adapters.Reading;
import io.autoghg.edge.buffer.Journal;
import io.autoghg.edge.buffer.Journal.Batch;
import io.autoghg.edge.config.GatewayConfig;
import io.autoghg.edge.config.GatewayConfig.MqttAck;
import io.autoghg.edge.config.GatewayConfig.Transport;
import io.autoghg.edge.uplink.Uplink;
import io.autoghg.edge.uplink.UplinkException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code platform.mqttAck: commit} against Debian's mosquitto (skipped without it), with a {@link ServiceStandIn}
 * in the service's place: a batch counts as delivered only when the service's commit answer for its id arrives,
 * never on the broker's PUBACK alone; no answer in time means the same batch (same id) is sent again.
 */
class MqttCommitAcknowledgementTests {

    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");

    @TempDir
    Path buffer;

    @TempDir
    Path brokerDir;

    @BeforeEach
    void mosquittoIsThere() {
        assumeTrue(Mosquitto.available(), "Debian's mosquitto is not installed (/usr/sbin/mosquitto): MQTT test skipped");
    }

    @Test
    void noAnswerInTimeFailsTheSendAndTheResendWithTheSameIdIsAcknowledgedOnce() throws Exception {
        try (Mosquitto broker = started(); Journal journal = new Journal(buffer.resolve("j"));
                ServiceStandIn service = new ServiceStandIn(broker.url(), n -> n == 1 ? Reply.SILENT : Reply.COMMIT, n -> 0);
                Uplink uplink = Uplink.of(config(broker.url(), MqttAck.Mode.COMMIT, Duration.ofMillis(800)))) {
            journal.append(readings(0, 3));
            Batch batch = journal.next(10);

            long began = System.nanoTime();
            assertThatThrownBy(() -> uplink.send(batch)).isInstanceOf(UplinkException.class)
                    .hasMessageContaining("no commit answer for batch " + batch.start() + "-" + batch.end());
            assertThat(Duration.ofNanos(System.nanoTime() - began)).as("it waited for the answer, not just the PUBACK")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(800));
            assertThat(service.stored()).as("the silent service stored nothing").isEmpty();

            uplink.send(batch);
            assertThat(service.batches()).as("the resend carries the same id").containsExactly("0-" + batch.end(), "0-" + batch.end());
            assertThat(service.answered()).containsExactly("0-" + batch.end());
            assertThat(service.stored()).as("each reading stored once").hasSize(3).allSatisfy((key, times) -> assertThat(times).isOne());
        }
    }

    /**
     * A batch that timed out grows before it is sent again (same start, more readings: another id); the late
     * answer to the short batch, arriving while the gateway waits for the long one, must not acknowledge it —
     * only the long one's own answer does. Timeline (timeout 2 s): short sent at 0, answered at 3 s; long sent at
     * about 2 s, answered 1.5 s later, so the short one's answer comes in the middle of the wait.
     */
    @Test
    void aLateAnswerToAnEarlierShorterBatchDoesNotAcknowledgeTheLongerOne() throws Exception {
        try (Mosquitto broker = started(); Journal journal = new Journal(buffer.resolve("j"));
                ServiceStandIn service = new ServiceStandIn(broker.url(), n -> Reply.LATE, n -> n == 1 ? 3_000 : 1_500);
                Uplink uplink = Uplink.of(config(broker.url(), MqttAck.Mode.COMMIT, Duration.ofSeconds(2)))) {
            journal.append(readings(0, 2));
            Batch shorter = journal.next(10);
            assertThatThrownBy(() -> uplink.send(shorter)).isInstanceOf(UplinkException.class);

            journal.append(readings(2, 2));
            Batch longer = journal.next(10);
            assertThat(longer.start()).isEqualTo(shorter.start());
            assertThat(longer.end()).isGreaterThan(shorter.end());
            long began = System.nanoTime();
            uplink.send(longer);
            assertThat(Duration.ofNanos(System.nanoTime() - began)).as("returned on the long batch's own answer, 1.5 s after it was sent")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1_400));
            assertThat(service.answered()).as("the late answer came first, then the longer batch's")
                    .containsExactly("0-" + shorter.end(), "0-" + longer.end());
            assertThat(service.stored()).hasSize(4);
        }
    }

    @Test
    void aBatchRefusedAsAWholeFailsTheSendAndStaysToBeSentAgain() throws Exception {
        try (Mosquitto broker = started(); Journal journal = new Journal(buffer.resolve("j"));
                ServiceStandIn service = new ServiceStandIn(broker.url(), n -> Reply.REFUSE, n -> 0);
                Uplink uplink = Uplink.of(config(broker.url(), MqttAck.Mode.COMMIT, Duration.ofSeconds(10)))) {
            journal.append(readings(0, 2));
            long began = System.nanoTime();
            assertThatThrownBy(() -> uplink.send(journal.next(10))).isInstanceOf(UplinkException.class)
                    .hasMessageContaining("refused batch").hasMessageContaining("at most 1");
            assertThat(Duration.ofNanos(System.nanoTime() - began)).as("the refusal answers at once").isLessThan(Duration.ofSeconds(10));
            assertThat(service.batches()).hasSize(1);
        }
    }

    @Test
    void losingTheConnectionWhileWaitingFailsTheSendAtOnce() throws Exception {
        try (Mosquitto broker = started(); Journal journal = new Journal(buffer.resolve("j"));
                ServiceStandIn ignored = new ServiceStandIn(broker.url(), n -> Reply.SILENT, n -> 0);
                Uplink uplink = Uplink.of(config(broker.url(), MqttAck.Mode.COMMIT, Duration.ofSeconds(30)))) {
            journal.append(readings(0, 1));
            Thread stopper = new Thread(() -> {
                try {
                    Thread.sleep(1_000);
                    broker.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            stopper.start();
            long began = System.nanoTime();
            assertThatThrownBy(() -> uplink.send(journal.next(10))).isInstanceOf(UplinkException.class)
                    .hasMessageContaining("connection lost");
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(15));
            stopper.join();
        }
    }

    @Test
    void withBrokerAcknowledgementsThePubackIsEnough() throws Exception {
        try (Mosquitto broker = started(); Journal journal = new Journal(buffer.resolve("j"));
                ServiceStandIn service = new ServiceStandIn(broker.url(), n -> Reply.SILENT, n -> 0);
                Uplink uplink = Uplink.of(config(broker.url(), MqttAck.Mode.BROKER, Duration.ofSeconds(30)))) {
            journal.append(readings(0, 1));
            long began = System.nanoTime();
            uplink.send(journal.next(10));
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(10));
            await(() -> service.batches().size() == 1, "the message reaches the subscriber");
        }
    }

    /**
     * The whole gateway: Modbus polls every 50 ms, the stand-in loses the 2nd and 5th message (received, never
     * stored nor answered); every journaled reading is stored, each exactly once — nothing was acknowledged that
     * was not stored, and nothing stored was sent again.
     */
    @Test
    void theGatewayResendsWhatTheServiceDidNotCommitAndEveryReadingIsStoredOnce() throws Exception {
        try (ModbusMeters slave = new ModbusMeters(2); Mosquitto broker = started();
                ServiceStandIn service = new ServiceStandIn(broker.url(), n -> n == 2 || n == 5 ? Reply.SILENT : Reply.COMMIT, n -> 0)) {
            slave.set(0, 1.5);
            slave.set(1, 2.5);
            GatewayConfig http = Configs.httpGateway("http://unused", buffer, Duration.ofMillis(50), 5,
                    Configs.modbusDevice(slave.port(), 2, 1.0, 0.0));
            GatewayConfig config = new GatewayConfig(http.platformUrl(), "P1", "gw-commit", "agt_test", Transport.MQTT, broker.url(),
                    http.pollInterval(), http.batchSize(), buffer, http.retryInitial(), http.retryMax(), http.devices(),
                    new MqttAck(MqttAck.Mode.COMMIT, Duration.ofSeconds(2)));
            try (Gateway gateway = new Gateway(config)) {
                gateway.start();
                await(() -> service.answered().size() >= 6, "six batches committed");
                gateway.stopPolling();
                await(() -> gateway.pendingBytes() == 0, "everything journaled is acknowledged");
                assertThat(gateway.stats().sendFailures()).as("the two lost messages timed out").isGreaterThanOrEqualTo(2);
            }
            List<String> batches = service.batches();
            assertThat(start(batches.get(2))).as("the lost 2nd message's readings are sent again").isEqualTo(start(batches.get(1)));
            assertThat(service.stored().keySet()).isEqualTo(EdgeTesting.journalKeys(buffer));
            assertThat(service.stored()).as("every reading stored exactly once").allSatisfy((key, times) -> assertThat(times).isOne());
        }
    }

    /** The journal offset a batch id "start-end" begins at. */
    private static String start(String batch) {
        return batch.substring(0, batch.indexOf('-'));
    }

    private Mosquitto started() throws Exception {
        Mosquitto broker = new Mosquitto(brokerDir);
        broker.start();
        return broker;
    }

    private GatewayConfig config(String url, MqttAck.Mode mode, Duration timeout) {
        GatewayConfig http = Configs.httpGateway("http://unused", buffer, Duration.ofSeconds(1), 10, Configs.modbusDevice(1, 1, 1.0, 0.0));
        return new GatewayConfig(http.platformUrl(), "P1", "gw-commit", "agt_test", Transport.MQTT, url, http.pollInterval(),
                http.batchSize(), buffer, http.retryInitial(), http.retryMax(), http.devices(), new MqttAck(mode, timeout));
    }

    /** {@code count} readings of meter E-T-0, one a minute from T0 + {@code first} minutes. */
    private static List<Reading> readings(int first, int count) {
        List<Reading> readings = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            readings.add(new Reading("E-T-0", T0.plusSeconds(60L * i), 100.0 + i, "kWh"));
        }
        return readings;
    }
}
