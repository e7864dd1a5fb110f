package io.autoghg.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ghgande.j2mod.modbus.ModbusSlaveException;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.procimg.Register;
import com.ghgande.j2mod.modbus.procimg.SimpleRegister;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Both servers on free ports, read by clients we did not write (j2mod's master, Milo's client). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlantSimulatorTests {
    private static final Instant START = Instant.parse("2025-03-05T02:07:00Z");

    private final SimulatedClockTests.MutableClock real = new SimulatedClockTests.MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private PlantSimulator simulator;

    @BeforeAll
    void start() throws Exception {
        List<SimulatedMeter> meters = PlantSimulator.Settings.meters(List.of(), 2);
        simulator = PlantSimulator.start(new PlantSimulator.Settings(meters, START, 900, 0, 0), real);
    }

    @AfterAll
    void stop() throws Exception {
        simulator.close();
    }

    @Test
    void aModbusMasterReadsEachMetersFloat64AndTheClockAtTheSimulatedTime() throws Exception {
        real.advance(Duration.ofSeconds(8)); // two simulated hours later
        Instant at = simulator.clock().now();
        List<SimulatedMeter> meters = simulator.model().meters();
        ModbusTCPMaster master = new ModbusTCPMaster("127.0.0.1", simulator.modbus().port());
        master.connect();
        try {
            Register[] clock = master.readMultipleRegisters(RegisterMap.UNIT_ID, 0, 2);
            assertThat(RegisterMap.toUint32(clock[0].getValue(), clock[1].getValue())).isEqualTo(at.getEpochSecond());
            for (int i = 0; i < meters.size(); i++) {
                Register[] words = master.readMultipleRegisters(RegisterMap.UNIT_ID, 100 + 4 * i, 4);
                double value = RegisterMap.toDouble(words[0].getValue(), words[1].getValue(), words[2].getValue(),
                        words[3].getValue());
                assertThat(value).as(meters.get(i).code()).isEqualTo(simulator.model().value(i, at));
            }
        } finally {
            master.disconnect();
        }
        assertThat(at).isEqualTo(START.plus(Duration.ofHours(2)));
    }

    @Test
    void oneModbusRequestReturnsTheClockAndValuesOfOneInstantAndRefusesWritesAndMissingRegisters() throws Exception {
        ModbusTCPMaster master = new ModbusTCPMaster("127.0.0.1", simulator.modbus().port());
        master.connect();
        try {
            Register[] words = master.readMultipleRegisters(RegisterMap.UNIT_ID, 0, 108);
            Instant at = Instant.ofEpochSecond(RegisterMap.toUint32(words[0].getValue(), words[1].getValue()));
            assertThat(words[2].getValue()).isZero();
            assertThat(RegisterMap.toDouble(words[104].getValue(), words[105].getValue(), words[106].getValue(),
                    words[107].getValue())).isEqualTo(simulator.model().value(1, at));

            int pastTheEnd = RegisterMap.size(simulator.model().meters().size());
            assertThatThrownBy(() -> master.readMultipleRegisters(RegisterMap.UNIT_ID, pastTheEnd - 2, 4))
                    .isInstanceOf(ModbusSlaveException.class).hasMessageContaining("Illegal Data Address");
            assertThatThrownBy(() -> master.writeSingleRegister(RegisterMap.UNIT_ID, 100, new SimpleRegister(1)))
                    .isInstanceOf(ModbusSlaveException.class).hasMessageContaining("Illegal Data Address");
        } finally {
            master.disconnect();
        }
    }

    @Test
    void anOpcUaClientReadsAMetersDoubleAndTheSimulatedClock() throws Exception {
        Instant at = simulator.clock().now();
        OpcUaClient client = OpcUaClient.create(simulator.opcUa().endpointUrl(), endpoints -> endpoints.stream().findFirst(),
                transport -> { }, config -> { });
        client.connect();
        try {
            int ns = client.readNamespaceTable().getIndex(OpcUaSimulator.NAMESPACE_URI).intValue();
            DataValue meter = client.readValue(0, TimestampsToReturn.Both, new NodeId(ns, "EM-PAINT"));
            DataValue clock = client.readValue(0, TimestampsToReturn.Both, new NodeId(ns, "Clock"));

            int paint = simulator.model().meters().stream().map(SimulatedMeter::code).toList().indexOf("EM-PAINT");
            assertThat(meter.getValue().getValue()).isEqualTo(simulator.model().value(paint, at));
            assertThat(((DateTime) clock.getValue().getValue()).getJavaInstant()).isEqualTo(at);
            assertThat(ns).isEqualTo(simulator.opcUa().namespaceIndex());
        } finally {
            client.disconnect();
        }
    }

    @Test
    void oneOpcUaReadOfTheClockAndTheMetersGivesTheValuesOfTheClocksSecondEvenWhileTimeRuns() throws Exception {
        // a real clock that moves on 1.7 s (≈ 25.5 simulated minutes at speed 900) each time it is asked, so
        // any node computed at its own instant would differ from the clock read in the same call
        Clock running = new Clock() {
            private final java.util.concurrent.atomic.AtomicLong millis = new java.util.concurrent.atomic.AtomicLong(
                    Instant.parse("2026-11-25T10:00:00Z").toEpochMilli());

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis.addAndGet(1_700));
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }
        };
        List<SimulatedMeter> meters = PlantSimulator.Settings.meters(List.of("EM-PAINT", "GM-MAIN", "GM-PAINT"), 0);
        try (PlantSimulator moving = PlantSimulator.start(new PlantSimulator.Settings(meters, START, 900, 0, 0), running)) {
            OpcUaClient client = OpcUaClient.create(moving.opcUa().endpointUrl(), endpoints -> endpoints.stream().findFirst(),
                    transport -> { }, config -> { });
            client.connect();
            try {
                int ns = moving.opcUa().namespaceIndex();
                List<DataValue> values = client.readValues(0, TimestampsToReturn.Both, List.of(new NodeId(ns, "EM-PAINT"),
                        new NodeId(ns, "Clock"), new NodeId(ns, "GM-MAIN"), new NodeId(ns, "GM-PAINT")));

                Instant at = ((DateTime) values.get(1).getValue().getValue()).getJavaInstant();
                assertThat(at.getNano()).as("whole seconds, like the Modbus clock").isZero();
                assertThat(values.get(0).getValue().getValue()).isEqualTo(moving.model().value(0, at));
                assertThat(values.get(2).getValue().getValue()).isEqualTo(moving.model().value(1, at));
                assertThat(values.get(3).getValue().getValue()).isEqualTo(moving.model().value(2, at));
                assertThat(values).allSatisfy(v -> assertThat(v.getSourceTime().getJavaInstant()).isEqualTo(at));
                List<DataValue> later = client.readValues(0, TimestampsToReturn.Both, List.of(new NodeId(ns, "Clock")));
                assertThat(((DateTime) later.get(0).getValue().getValue()).getJavaInstant()).isAfter(at);
            } finally {
                client.disconnect();
            }
        }
    }
}
