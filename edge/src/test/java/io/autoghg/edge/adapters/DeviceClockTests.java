package io.autoghg.edge.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.edge.config.GatewayConfig.DataType;
import io.autoghg.edge.config.GatewayConfig.ModbusClock;
import io.autoghg.edge.config.GatewayConfig.ModbusDevice;
import io.autoghg.edge.config.GatewayConfig.ModbusMeter;
import io.autoghg.edge.config.GatewayConfig.OpcUaClock;
import io.autoghg.edge.config.GatewayConfig.OpcUaDevice;
import io.autoghg.edge.config.GatewayConfig.OpcUaMeter;
import io.autoghg.edge.config.GatewayConfig.WordOrder;
import io.autoghg.simulator.OpcUaSimulator;
import io.autoghg.simulator.PlantModel;
import io.autoghg.simulator.PlantSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Devices with their own clock (docs/edge-gateway.md §2.3), against the real plant simulator: its Modbus
 * clock registers 0–1 and OPC UA node s=Clock serve the simulated time, far from the gateway's. The
 * simulator runs on a real clock the test moves, so every expected value is the model's at a known instant.
 */
class DeviceClockTests {
    private static final Instant SIMULATED_START = Instant.parse("2025-03-02T15:00:00Z");
    private static final Instant GATEWAY_NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final double SPEED = 900;
    private static final List<String> METERS = List.of("EM-PAINT", "GM-MAIN");
    private static final String NS = "nsu=" + OpcUaSimulator.NAMESPACE_URI + ";s=";

    private final TestClock real = new TestClock(Instant.parse("2026-11-25T09:00:00Z"));

    @Test
    void modbusReadingsCarryTheDeviceClockReadInTheSameRequestAsTheValues() throws Exception {
        try (PlantSimulator simulator = simulator();
             DeviceAdapter adapter = DeviceAdapter.of(modbus(simulator, new ModbusClock(0, DataType.UINT32, WordOrder.BIG),
                     List.of(meter("EM-PAINT", "MWh", 100), meter("GM-MAIN", "Nm3", 104))))) {
            PlantModel model = simulator.model();
            // every look at the real clock moves it on 1.3 s (≈ 19.5 simulated minutes): a clock read in a request of
            // its own would not be the time of the values
            real.stepPerLook(Duration.ofMillis(1_300));

            PollResult first = adapter.poll(GATEWAY_NOW);

            assertThat(first.bad()).isEmpty();
            Instant at = first.readings().get(0).ts();
            assertThat(at).isAfter(SIMULATED_START).isBefore(SIMULATED_START.plus(Duration.ofHours(2)));
            assertThat(first.readings()).containsExactly(new Reading("EM-PAINT", at, model.value(0, at), "MWh"),
                    new Reading("GM-MAIN", at, model.value(1, at), "Nm3"));

            PollResult second = adapter.poll(GATEWAY_NOW.plusSeconds(15));
            Instant later = second.readings().get(0).ts();
            assertThat(later).isAfter(at);
            assertThat(second.readings()).extracting(Reading::value).containsExactly(model.value(0, later), model.value(1, later));
        }
    }

    @Test
    void aDeviceClockThatDoesNotAdvanceSkipsThePollAsBadAndTheNextTimeIsReadAgain() throws Exception {
        try (PlantSimulator simulator = simulator();
             DeviceAdapter adapter = DeviceAdapter.of(modbus(simulator, new ModbusClock(0, DataType.UINT32, WordOrder.BIG),
                     List.of(meter("EM-PAINT", "MWh", 100), meter("GM-MAIN", "Nm3", 104))))) {
            real.advance(Duration.ofSeconds(4)); // one simulated hour
            Instant at = SIMULATED_START.plus(Duration.ofHours(1));
            assertThat(adapter.poll(GATEWAY_NOW).readings()).extracting(Reading::ts).containsOnly(at);

            // the simulated clock stands still (the gateway polls again within the device clock's second)
            PollResult repeated = adapter.poll(GATEWAY_NOW.plusSeconds(15));

            assertThat(repeated.readings()).isEmpty();
            assertThat(repeated.bad()).extracting(PollResult.BadRead::meter).containsExactly("EM-PAINT", "GM-MAIN");
            assertThat(repeated.bad().get(0).reason())
                    .isEqualTo("device clock " + at + " is not after the previous poll's " + at + "; poll skipped");

            real.advance(Duration.ofSeconds(2)); // 30 simulated minutes
            PollResult resumed = adapter.poll(GATEWAY_NOW.plusSeconds(30));
            assertThat(resumed.bad()).isEmpty();
            assertThat(resumed.readings()).extracting(Reading::ts).containsOnly(at.plus(Duration.ofMinutes(30)));
        }
    }

    @Test
    void whenTheDeviceRefusesTheReadAcrossTheGapTheClockAndEachMeterAreReadOnTheirOwn() throws Exception {
        // the simulator serves registers up to the last meter's (0–107 for two meters): a meter configured at 200
        // makes the one read 0–203 fail with exception 2, so the adapter falls back to one read each
        try (PlantSimulator simulator = simulator();
             DeviceAdapter adapter = DeviceAdapter.of(modbus(simulator, new ModbusClock(0, DataType.UINT32, WordOrder.BIG),
                     List.of(meter("EM-PAINT", "MWh", 100), meter("NO-SUCH", "kWh", 200))))) {
            real.advance(Duration.ofSeconds(8));
            Instant at = SIMULATED_START.plus(Duration.ofHours(2));

            for (int poll = 0; poll < 2; poll++) {
                PollResult result = adapter.poll(GATEWAY_NOW.plusSeconds(15L * poll));

                assertThat(result.readings()).containsExactly(new Reading("EM-PAINT", at, simulator.model().value(0, at), "MWh"));
                assertThat(result.bad()).extracting(PollResult.BadRead::meter).containsExactly("NO-SUCH");
                assertThat(result.bad().get(0).reason()).startsWith("register 200: ");
                real.advance(Duration.ofSeconds(1));
                at = at.plus(Duration.ofMinutes(15));
            }
        }
    }

    @Test
    void opcUaReadingsCarryTheClockNodeReadInTheSameReadCall() throws Exception {
        try (PlantSimulator simulator = simulator();
             DeviceAdapter adapter = DeviceAdapter.of(opcUa(simulator, NS + "Clock"))) {
            PlantModel model = simulator.model();
            real.stepPerLook(Duration.ofMillis(1_300));

            PollResult result = adapter.poll(GATEWAY_NOW);

            assertThat(result.bad()).isEmpty();
            Instant at = result.readings().get(0).ts();
            assertThat(at).isAfter(SIMULATED_START).isBefore(SIMULATED_START.plus(Duration.ofDays(1)));
            // GM-MAIN's value scaled by 0.5 (the meter's scale): the model's value at the clock's instant
            assertThat(result.readings()).containsExactly(new Reading("GM-MAIN", at, model.value(1, at) * 0.5, "Nm3"),
                    new Reading("EM-PAINT", at, model.value(0, at), "MWh"));

            real.stepPerLook(Duration.ZERO);
            real.advance(Duration.ofSeconds(2));
            PollResult next = adapter.poll(GATEWAY_NOW.plusSeconds(15));
            PollResult again = adapter.poll(GATEWAY_NOW.plusSeconds(30));
            assertThat(next.readings()).extracting(Reading::ts).containsOnly(at.plus(Duration.ofMinutes(30)));
            assertThat(again.readings()).as("the same device second twice").isEmpty();
            assertThat(again.bad()).extracting(PollResult.BadRead::reason).allMatch(r -> r.endsWith("poll skipped"));
        }
    }

    @Test
    void aClockNodeThatCannotBeReadMakesEveryMeterOfThePollBad() throws Exception {
        try (PlantSimulator simulator = simulator();
             DeviceAdapter adapter = DeviceAdapter.of(opcUa(simulator, NS + "NoClock"))) {
            PollResult result = adapter.poll(GATEWAY_NOW);

            assertThat(result.readings()).isEmpty();
            assertThat(result.bad()).extracting(PollResult.BadRead::meter).containsExactly("GM-MAIN", "EM-PAINT");
            assertThat(result.bad().get(0).reason()).startsWith("device clock " + NS + "NoClock: status ")
                    .contains("Bad_NodeIdUnknown");
        }
    }

    @Test
    void withoutADeviceClockTheGatewaysPollInstantStampsTheReadings() throws Exception {
        try (PlantSimulator simulator = simulator();
             DeviceAdapter adapter = DeviceAdapter.of(modbus(simulator, null, List.of(meter("EM-PAINT", "MWh", 100))))) {
            real.advance(Duration.ofSeconds(4));

            PollResult result = adapter.poll(GATEWAY_NOW);

            assertThat(result.readings()).containsExactly(
                    new Reading("EM-PAINT", GATEWAY_NOW, simulator.model().value(0, SIMULATED_START.plusSeconds(3600)), "MWh"));
        }
    }

    @Test
    void anIntervalMetersReadingIsStampedWithTheStartOfTheIntervalItTotalsSoRepeatedPollsGiveTheSameReading() throws Exception {
        // GM-PAINT is a flow totaliser in the simulator: its value is the consumption of the last completed
        // 15-minute interval (docs/simulator.md §1), so the gateway stamps it with that interval's start
        try (PlantSimulator simulator = simulator(List.of("GM-PAINT"));
             DeviceAdapter adapter = DeviceAdapter.of(new OpcUaDevice("sim-opcua", simulator.opcUa().endpointUrl(), Duration.ofSeconds(5),
                     List.of(new OpcUaMeter("GM-PAINT", "Nm3", NS + "GM-PAINT", 1.0, 0.0, Duration.ofMinutes(15))),
                     new OpcUaClock(NS + "Clock")))) {
            PlantModel model = simulator.model();
            real.advance(Duration.ofMillis(400)); // simulated 15:06: the last completed interval is 14:45–15:00
            PollResult first = adapter.poll(GATEWAY_NOW);
            real.advance(Duration.ofMillis(400)); // 15:12, the same interval still
            PollResult second = adapter.poll(GATEWAY_NOW.plusSeconds(15));
            real.advance(Duration.ofMillis(400)); // 15:18: 15:00–15:15 is complete now
            PollResult third = adapter.poll(GATEWAY_NOW.plusSeconds(30));

            Instant interval = Instant.parse("2025-03-02T14:45:00Z");
            Reading expected = new Reading("GM-PAINT", interval, model.value(0, interval.plus(Duration.ofMinutes(15))), "Nm3");
            assertThat(first.readings()).containsExactly(expected);
            assertThat(second.readings()).as("a second poll within the interval: the same reading, stored once").containsExactly(expected);
            Instant next = interval.plus(Duration.ofMinutes(15));
            assertThat(third.readings()).containsExactly(new Reading("GM-PAINT", next, model.value(0, next.plus(Duration.ofMinutes(15))), "Nm3"));
            assertThat(third.readings().get(0).value()).isNotEqualTo(expected.value());
        }
    }

    private PlantSimulator simulator() throws Exception {
        return simulator(METERS);
    }

    private PlantSimulator simulator(List<String> meters) throws Exception {
        return PlantSimulator.start(new PlantSimulator.Settings(PlantSimulator.Settings.meters(meters, 0), SIMULATED_START,
                SPEED, 0, 0), real);
    }

    private static ModbusDevice modbus(PlantSimulator simulator, ModbusClock clock, List<ModbusMeter> meters) {
        return new ModbusDevice("sim-modbus", "127.0.0.1", simulator.modbus().port(), 1, Duration.ofSeconds(2), meters, clock);
    }

    private static ModbusMeter meter(String code, String unit, int register) {
        return new ModbusMeter(code, unit, register, DataType.FLOAT64, WordOrder.BIG, 1.0, 0.0);
    }

    private static OpcUaDevice opcUa(PlantSimulator simulator, String clockNode) {
        return new OpcUaDevice("sim-opcua", simulator.opcUa().endpointUrl(), Duration.ofSeconds(5),
                List.of(new OpcUaMeter("GM-MAIN", "Nm3", NS + "GM-MAIN", 0.5, 0.0), new OpcUaMeter("EM-PAINT", "MWh", NS + "EM-PAINT", 1.0, 0.0)),
                new OpcUaClock(clockNode));
    }

    /** A real clock the test moves: by hand, and optionally on by a step each time it is looked at. */
    private static final class TestClock extends Clock {
        private volatile Instant now;
        private volatile Duration step = Duration.ZERO;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        void stepPerLook(Duration step) {
            this.step = step;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(step);
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
