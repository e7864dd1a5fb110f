package io.autoghg.edge.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.edge.Configs;
import io.autoghg.edge.ModbusMeters;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ModbusTcpAdapterTests {

    @Test
    void readsFloat64RegistersOfTheSimulatorContractAndScalesThem() throws Exception {
        Instant ts = Instant.parse("2025-03-01T08:00:00Z");
        try (ModbusMeters slave = new ModbusMeters(3);
             DeviceAdapter adapter = DeviceAdapter.of(Configs.modbusDevice(slave.port(), 3, 0.001, 2.0))) {
            slave.set(0, 1234.5);
            slave.set(1, 0.25);
            slave.set(2, 1.0e9);

            PollResult result = adapter.poll(ts);

            // value = raw × 0.001 + 2: 1234.5 → 3.2345, 0.25 → 2.00025, 1e9 → 1,000,002
            assertThat(result.bad()).isEmpty();
            assertThat(result.readings()).containsExactly(
                    new Reading("E-T-0", ts, 1234.5 * 0.001 + 2.0, "kWh"),
                    new Reading("E-T-1", ts, 0.25 * 0.001 + 2.0, "kWh"),
                    new Reading("E-T-2", ts, 1.0e9 * 0.001 + 2.0, "kWh"));
        }
    }

    @Test
    void anUnreachableDeviceGivesBadReadingsAndNoValues() throws Exception {
        int closedPort = ModbusMeters.freePort();
        try (DeviceAdapter adapter = DeviceAdapter.of(Configs.modbusDevice(closedPort, 2, 1, 0))) {
            PollResult result = adapter.poll(Instant.parse("2025-03-01T08:00:00Z"));

            assertThat(result.readings()).isEmpty();
            assertThat(result.bad()).extracting(PollResult.BadRead::meter).containsExactly("E-T-0", "E-T-1");
        }
    }

    @Test
    void aRegisterOutsideTheImageIsBadWhileTheOthersAreRead() throws Exception {
        Instant ts = Instant.parse("2025-03-01T08:00:00Z");
        try (ModbusMeters slave = new ModbusMeters(1);
             DeviceAdapter adapter = DeviceAdapter.of(Configs.modbusDevice(slave.port(), 2, 1, 0))) {
            slave.set(0, 7.5);

            PollResult result = adapter.poll(ts);

            assertThat(result.readings()).containsExactly(new Reading("E-T-0", ts, 7.5, "kWh"));
            assertThat(result.bad()).extracting(PollResult.BadRead::meter).containsExactly("E-T-1");
        }
    }
}
