package io.autoghg.edge.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything a gateway needs to run, read from gateway.yaml ({@link GatewayConfigReader}).
 *
 * @param platformUrl base URL of the platform service (HTTP transport), e.g. http://plant-server:8080
 * @param token       API token with the GATEWAY role for the plant (never logged)
 * @param transport   how batches go to the platform
 * @param mqttUrl     broker URL for the MQTT transport, e.g. tcp://plant-server:1883
 */
public record GatewayConfig(URI platformUrl, String plant, String gateway, String token, Transport transport,
        String mqttUrl, Duration pollInterval, int batchSize, Path bufferDir, Duration retryInitial,
        Duration retryMax, List<Device> devices) {

    public enum Transport { HTTP, MQTT }

    public GatewayConfig {
        devices = List.copyOf(devices);
    }

    /** A device the gateway polls. */
    public sealed interface Device permits ModbusDevice, OpcUaDevice {
        String name();
    }

    public record ModbusDevice(String name, String host, int port, int unitId, Duration timeout,
            List<ModbusMeter> meters) implements Device {
        public ModbusDevice {
            meters = List.copyOf(meters);
        }
    }

    /** A meter in holding registers starting at {@code register} (0-based protocol address). */
    public record ModbusMeter(String code, String unit, int register, DataType dataType, WordOrder wordOrder,
            double scale, double offset) {
    }

    public enum DataType {
        FLOAT64(4), FLOAT32(2), UINT32(2), INT32(2);

        private final int registers;

        DataType(int registers) {
            this.registers = registers;
        }

        public int registers() {
            return registers;
        }
    }

    /** BIG: the first register holds the most significant word (Modbus convention); LITTLE: the least. */
    public enum WordOrder { BIG, LITTLE }

    public record OpcUaDevice(String name, String endpoint, Duration timeout, List<OpcUaMeter> meters) implements Device {
        public OpcUaDevice {
            meters = List.copyOf(meters);
        }
    }

    /**
     * @param nodeId "ns=2;s=E-PAINT-01" or, resolved against the server's namespace table,
     *               "nsu=urn:autoghg:simulator;s=E-PAINT-01"
     */
    public record OpcUaMeter(String code, String unit, String nodeId, double scale, double offset) {
    }
}
