package io.autoghg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeCommandTests {

    @TempDir
    Path dir;

    @Test
    void aConfigWithoutTokenIsRefusedWithExitCode2() throws Exception {
        Path config = dir.resolve("gateway.yaml");
        Files.writeString(config, """
                platform: {url: http://127.0.0.1:9}
                plant: P1
                gateway: gw
                devices: [{name: m, type: modbus-tcp, host: 127.0.0.1, meters: [{code: E, unit: kWh, register: 100}]}]
                """);
        assumeTrue(System.getenv("AUTOGHG_TOKEN") == null, "AUTOGHG_TOKEN is set in this environment");

        CliRun run = CliRun.of("edge", "--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("platform.token is missing and AUTOGHG_TOKEN is not set");
    }

    @Test
    void runsForTheGivenTimeAndCountsUnreadableMetersAsBad() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Path config = dir.resolve("gateway.yaml");
        Files.writeString(config, """
                platform: {url: http://127.0.0.1:%d, token: agt_test}
                plant: P1
                gateway: gw
                pollInterval: 200ms
                devices: [{name: m, type: modbus-tcp, host: 127.0.0.1, port: %d, timeout: 200ms,
                           meters: [{code: E, unit: kWh, register: 100}]}]
                """.formatted(closed, closed));

        CliRun run = CliRun.of("edge", "--config", config.toString(), "--for", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("gateway gw for plant P1").containsPattern("polled 0, bad [1-9]\\d*, sent 0");
        assertThat(dir.resolve("gateway-buffer").resolve("readings.journal")).exists();
    }
}
