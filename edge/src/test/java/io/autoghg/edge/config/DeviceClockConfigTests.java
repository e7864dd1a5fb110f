package io.autoghg.edge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoghg.edge.config.GatewayConfig.DataType;
import io.autoghg.edge.config.GatewayConfig.ModbusClock;
import io.autoghg.edge.config.GatewayConfig.ModbusDevice;
import io.autoghg.edge.config.GatewayConfig.OpcUaClock;
import io.autoghg.edge.config.GatewayConfig.OpcUaDevice;
import io.autoghg.edge.config.GatewayConfig.WordOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The devices' `clock` key (docs/edge-gateway.md §2.3). */
class DeviceClockConfigTests {

    @TempDir
    Path dir;

    @Test
    void theExampleStampsReadingsWithTheSimulatorsClockOnBothDevices() {
        GatewayConfig config = new GatewayConfigReader(k -> "agt_x").read(Path.of("..", "examples", "gateway.yaml"));

        assertThat(((ModbusDevice) config.devices().get(0)).clock()).isEqualTo(new ModbusClock(0, DataType.UINT32, WordOrder.BIG));
        assertThat(((OpcUaDevice) config.devices().get(1)).clock())
                .isEqualTo(new OpcUaClock("nsu=urn:autoghg:simulator;s=Clock"));
    }

    @Test
    void withoutAClockKeyTheGatewaysClockIsUsedAndAModbusClockDefaultsToUint32HighWordFirst() throws Exception {
        GatewayConfig config = read("""
                  - {name: a, type: modbus-tcp, host: h, meters: [{code: E, unit: kWh, register: 100}]}
                  - {name: b, type: modbus-tcp, host: h, clock: {register: 10}, meters: [{code: F, unit: kWh, register: 100}]}
                  - {name: c, type: opcua, endpoint: "opc.tcp://h:4840", meters: [{code: G, unit: Nm3}]}
                """);

        assertThat(((ModbusDevice) config.devices().get(0)).clock()).isNull();
        assertThat(((ModbusDevice) config.devices().get(1)).clock()).isEqualTo(new ModbusClock(10, DataType.UINT32, WordOrder.BIG));
        assertThat(((OpcUaDevice) config.devices().get(2)).clock()).isNull();
    }

    @Test
    void aClockThatCannotHoldTheTimeOrHasNoAddressIsNamed() throws Exception {
        assertThatThrownBy(() -> read("""
                  - {name: a, type: modbus-tcp, host: h, clock: {register: 0, dataType: float32}, meters: [{code: E, unit: kWh, register: 100}]}
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("devices[0].clock.dataType cannot be float32");
        assertThatThrownBy(() -> read("""
                  - {name: a, type: modbus-tcp, host: h, clock: {register: -1}, meters: [{code: E, unit: kWh, register: 100}]}
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("devices[0].clock.register must be");
        assertThatThrownBy(() -> read("""
                  - {name: a, type: modbus-tcp, host: h, clock: {dataType: uint32}, meters: [{code: E, unit: kWh, register: 100}]}
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("devices[0].clock.register is required");
        assertThatThrownBy(() -> read("""
                  - {name: a, type: opcua, endpoint: "opc.tcp://h:4840", clock: {}, meters: [{code: G, unit: Nm3}]}
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("devices[0].clock");
        assertThatThrownBy(() -> read("""
                  - {name: a, type: opcua, endpoint: "opc.tcp://h:4840", clock: "s=Clock", meters: [{code: G, unit: Nm3}]}
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("devices[0].clock must be a mapping");
    }

    private GatewayConfig read(String devices) throws Exception {
        Path file = dir.resolve("gateway.yaml");
        Files.writeString(file, """
                platform: {url: "http://x:8080"}
                plant: P1
                gateway: g
                devices:
                """ + devices);
        return new GatewayConfigReader(k -> "agt_x").read(file);
    }
}
