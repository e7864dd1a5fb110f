package io.autoghg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimulateCommandTests {

    @Test
    void printsTheRegisterAndNodeMapOfTheChosenMetersAndStops() {
        CliRun run = CliRun.of("simulate", "--modbus-port", "0", "--opcua-port", "0", "--meters", "EM-PAINT,GM-MAIN",
                "--load", "2", "--for", "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("simulating 4 meters from 2025-03-03T00:00:00Z")
                .containsPattern("0 +100-103 +EM-PAINT +MWh +CUMULATIVE +ns=\\d+;s=EM-PAINT")
                .containsPattern("3 +112-115 +SIM-0002 +kWh")
                .contains("opc.tcp://127.0.0.1:");
    }

    @Test
    void refusesAnUnknownMeter() {
        CliRun run = CliRun.of("simulate", "--modbus-port", "0", "--opcua-port", "0", "--meters", "EM-NOWHERE");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("unknown meter EM-NOWHERE");
    }
}
