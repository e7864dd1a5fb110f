package io.autoghg.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.edge.config.GatewayConfig;
import io.autoghg.edge.config.GatewayConfigReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Online registration (docs/edge-gateway.md §6) against a real HTTP server standing in for the platform and a real
 * Modbus slave: the central configuration replaces the file's devices, a new version adds a meter without a restart,
 * the status heartbeat reports it, and a restart without the platform runs the cached version (or, with no cache,
 * the file).
 */
class RegistrationTests {

    @TempDir
    Path dir;

    /** Meter i of the test slave as a JSON meter of a central configuration. */
    private static String meter(int i) {
        return "{\"code\":\"E-T-" + i + "\",\"unit\":\"kWh\",\"register\":" + ModbusMeters.register(i) + "}";
    }

    private static String modbusDevice(int port, int meters) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < meters; i++) {
            list.append(i == 0 ? "" : ",").append(meter(i));
        }
        return "[{\"name\":\"central-modbus\",\"type\":\"modbus-tcp\",\"host\":\"127.0.0.1\",\"port\":" + port
                + ",\"timeout\":\"1s\",\"meters\":[" + list + "]}]";
    }

    /** gateway.yaml with registration on and one file device reading E-T-0 only, polled every second. */
    private GatewayConfig gatewayYaml(String platformUrl, int modbusPort) throws IOException {
        Path file = dir.resolve("gateway.yaml");
        Files.writeString(file, """
                platform: {url: "%s", token: agt_test, registration: true, configRefresh: 200ms}
                plant: P1
                gateway: gw-test
                pollInterval: 1s
                bufferDir: buffer
                retry: {initial: 20ms, max: 200ms}
                devices:
                  - {name: file-modbus, type: modbus-tcp, host: 127.0.0.1, port: %d, timeout: 1s,
                     meters: [{code: E-T-0, unit: kWh, register: 100}]}
                """.formatted(platformUrl, modbusPort));
        return new GatewayConfigReader(name -> null).read(file);
    }

    private List<String> journaledMeters() {
        Path journal = dir.resolve("buffer/readings.journal");
        try {
            return Files.exists(journal) ? Files.readAllLines(journal).stream().map(line -> line.split("\t")[0]).toList() : List.of();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theCentralConfigurationReplacesTheFileAndANewVersionAddsAMeterWithoutARestart() throws Exception {
        try (ModbusMeters slave = new ModbusMeters(3); FakeRegistry platform = new FakeRegistry()) {
            for (int i = 0; i < 3; i++) {
                slave.set(i, 100.0 * (i + 1));
            }
            platform.publish(modbusDevice(slave.port(), 2));
            GatewayConfig config = gatewayYaml(platform.url(), slave.port());
            assertThat(config.registration().enabled()).isTrue();

            try (Gateway gateway = new Gateway(config)) {
                gateway.start();
                await(() -> platform.meters().contains("E-T-1"), "version 1 (E-T-0 and E-T-1) runs from the start");
                assertThat(platform.registrations()).hasSize(1);
                assertThat(platform.registrations().get(0)).contains("\"transport\":\"http\"", "\"localDevices\":1");
                assertThat(platform.meters()).doesNotContain("E-T-2");

                platform.publish(modbusDevice(slave.port(), 3));
                await(() -> platform.meters().contains("E-T-2"), "the meter added in version 2 is polled without a restart");
                await(() -> platform.statuses().stream().anyMatch(s -> s.contains("\"configVersion\":2")), "the heartbeat reports version 2");
                await(() -> platform.ifNoneMatch().contains("\"2\""), "version 2 is then pulled with its ETag");
            }
            assertThat(platform.ifNoneMatch()).as("unchanged versions are pulled with their ETag").contains("\"1\"");
            String status = platform.statuses().get(platform.statuses().size() - 1);
            assertThat(status).contains("\"configVersion\":2", "\"name\":\"central-modbus\"", "\"lastGoodPoll\":\"")
                    .doesNotContain("file-modbus");
            assertThat(status).containsPattern("\"polled\":[1-9]");
            assertThat(Files.readString(dir.resolve("buffer/central-config.json"))).contains("\"version\":2", "E-T-2");
        }

        // the platform is gone: a restart runs the cached version 2 (all three meters), not the file's one meter
        try (ModbusMeters slave = new ModbusMeters(3)) {
            int closedPort = ModbusMeters.freePort();
            Files.writeString(dir.resolve("buffer/central-config.json"), Files.readString(dir.resolve("buffer/central-config.json"))
                    .replaceAll("\"port\":\\d+", "\"port\":" + slave.port()));
            int before = journaledMeters().size();
            try (Gateway gateway = new Gateway(gatewayYaml("http://127.0.0.1:" + closedPort, slave.port()))) {
                gateway.start();
                await(() -> journaledMeters().subList(before, journaledMeters().size()).contains("E-T-2"),
                        "the cached configuration is polled while the platform is unreachable");
            }
        }
    }

    @Test
    void withoutThePlatformAndWithoutACacheTheFileDevicesRun() throws Exception {
        try (ModbusMeters slave = new ModbusMeters(2)) {
            slave.set(0, 5.0);
            slave.set(1, 6.0);
            GatewayConfig config = gatewayYaml("http://127.0.0.1:" + ModbusMeters.freePort(), slave.port());
            try (Gateway gateway = new Gateway(config)) {
                gateway.start();
                await(() -> journaledMeters().size() >= 2, "the file's device is polled");
            }
            assertThat(journaledMeters()).containsOnly("E-T-0");
            assertThat(dir.resolve("buffer/central-config.json")).doesNotExist();
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        EdgeTesting.await(condition, what, java.time.Duration.ofSeconds(20));
    }
}
