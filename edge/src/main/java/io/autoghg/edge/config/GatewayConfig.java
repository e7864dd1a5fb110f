package io.autoghg.edge.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Everything a gateway needs to run, read from gateway.yaml ({@link GatewayConfigReader}).
 *
 * @param platformUrl base URL of the platform service (HTTP transport), e.g. http://plant-server:8080
 * @param token       API token with the GATEWAY role for the plant (never logged)
 * @param transport   how batches go to the platform
 * @param mqttUrl     broker URL for the MQTT transport, e.g. tcp://plant-server:1883
 * @param mqttAck     when an MQTT batch counts as delivered (platform.mqttAck, platform.mqttAckTimeout)
 * @param registration whether the devices come from the platform's central configuration (platform.registration)
 */
public record GatewayConfig(URI platformUrl, String plant, String gateway, String token, Transport transport,
        String mqttUrl, Duration pollInterval, int batchSize, Path bufferDir, Duration retryInitial,
        Duration retryMax, List<Device> devices, MqttAck mqttAck, Registration registration) {

    public enum Transport { HTTP, MQTT }

    public GatewayConfig {
        devices = List.copyOf(devices);
        mqttAck = mqttAck == null ? MqttAck.DEFAULT : mqttAck;
        registration = registration == null ? Registration.OFF : registration;
    }

    /** A configuration without online registration (the devices of the file only). */
    public GatewayConfig(URI platformUrl, String plant, String gateway, String token, Transport transport, String mqttUrl,
            Duration pollInterval, int batchSize, Path bufferDir, Duration retryInitial, Duration retryMax,
            List<Device> devices, MqttAck mqttAck) {
        this(platformUrl, plant, gateway, token, transport, mqttUrl, pollInterval, batchSize, bufferDir, retryInitial,
                retryMax, devices, mqttAck, Registration.OFF);
    }

    /** The same gateway with the devices and poll settings of a central configuration (docs/edge-gateway.md §6). */
    public GatewayConfig withCentral(Duration newPollInterval, int newBatchSize, List<Device> newDevices) {
        return new GatewayConfig(platformUrl, plant, gateway, token, transport, mqttUrl, newPollInterval, newBatchSize,
                bufferDir, retryInitial, retryMax, newDevices, mqttAck, registration);
    }

    /**
     * Online registration (docs/edge-gateway.md §6): when enabled the gateway registers with the platform at
     * {@code platformUrl} on start, runs the central configuration instead of the file's devices, pulls it again
     * and sends its status every {@code configRefresh}.
     */
    public record Registration(boolean enabled, Duration configRefresh) {
        public static final Registration OFF = new Registration(false, Duration.ofSeconds(60));
    }

    /** A configuration with the default MQTT acknowledgement (the service's commit answer, 30 s). */
    public GatewayConfig(URI platformUrl, String plant, String gateway, String token, Transport transport, String mqttUrl,
            Duration pollInterval, int batchSize, Path bufferDir, Duration retryInitial, Duration retryMax,
            List<Device> devices) {
        this(platformUrl, plant, gateway, token, transport, mqttUrl, pollInterval, batchSize, bufferDir, retryInitial,
                retryMax, devices, MqttAck.DEFAULT);
    }

    /**
     * When a batch sent over MQTT counts as delivered (docs/edge-gateway.md §3.2): COMMIT waits for the
     * service's answer on autoghg/v1/{plant}/readings/committed/{gateway}, sent after the readings are committed,
     * at most {@code timeout}; BROKER takes the broker's PUBACK (for a broker with no AutoGHG service behind it).
     */
    public record MqttAck(Mode mode, Duration timeout) {
        public static final MqttAck DEFAULT = new MqttAck(Mode.COMMIT, Duration.ofSeconds(30));

        public enum Mode { COMMIT, BROKER }
    }

    /** A device the gateway polls. */
    public sealed interface Device permits ModbusDevice, OpcUaDevice {
        String name();
    }

    /** @param clock the device's own clock for the readings' timestamps, or null for the gateway's clock */
    public record ModbusDevice(String name, String host, int port, int unitId, Duration timeout,
            List<ModbusMeter> meters, ModbusClock clock) implements Device {
        public ModbusDevice {
            meters = List.copyOf(meters);
        }

        /** A device whose readings carry the gateway's time. */
        public ModbusDevice(String name, String host, int port, int unitId, Duration timeout, List<ModbusMeter> meters) {
            this(name, host, port, unitId, timeout, meters, null);
        }
    }

    /**
     * A clock in holding registers: UTC epoch seconds from {@code register} on (uint32 or int32; float64 may
     * carry fractions of a second), in the device's word order (docs/edge-gateway.md §2.3).
     */
    public record ModbusClock(int register, DataType dataType, WordOrder wordOrder) {
        public ModbusClock {
            if (dataType == DataType.FLOAT32) {
                throw new IllegalArgumentException("float32 cannot hold epoch seconds to the second");
            }
        }
    }

    /** A meter in holding registers starting at {@code register} (0-based protocol address). */
    /**
     * @param interval null: the value is the meter's state at the poll (a register); set: the value is the
     *                 consumption of the last completed interval of this length (a flow totaliser), stamped
     *                 with that interval's start — see {@link #intervalStart(Instant, Duration)}
     */
    public record ModbusMeter(String code, String unit, int register, DataType dataType, WordOrder wordOrder,
            double scale, double offset, Duration interval) {
        public ModbusMeter(String code, String unit, int register, DataType dataType, WordOrder wordOrder, double scale, double offset) {
            this(code, unit, register, dataType, wordOrder, scale, offset, null);
        }
    }

    /**
     * The timestamp of an interval meter's reading taken at {@code polled}: the start of the last interval
     * (aligned to the epoch, so 15 minutes → :00, :15, :30, :45 UTC) completed by then. Every poll within one
     * interval gives the same (meter, timestamp) and value, which the platform stores once.
     */
    public static Instant intervalStart(Instant polled, Duration interval) {
        long length = interval.toMillis();
        long completed = Math.floorDiv(polled.toEpochMilli(), length) * length;
        return Instant.ofEpochMilli(completed - length);
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

    /** @param clock the device's own clock for the readings' timestamps, or null for the gateway's clock */
    public record OpcUaDevice(String name, String endpoint, Duration timeout, List<OpcUaMeter> meters, OpcUaClock clock)
            implements Device {
        public OpcUaDevice {
            meters = List.copyOf(meters);
        }

        /** A device whose readings carry the gateway's time. */
        public OpcUaDevice(String name, String endpoint, Duration timeout, List<OpcUaMeter> meters) {
            this(name, endpoint, timeout, meters, null);
        }
    }

    /** A clock node of DateTime (UTC), read in the same Read call as the meters; node ids as for {@link OpcUaMeter}. */
    public record OpcUaClock(String nodeId) {
    }

    /**
     * @param nodeId "ns=2;s=E-PAINT-01" or, resolved against the server's namespace table,
     *               "nsu=urn:autoghg:simulator;s=E-PAINT-01"
     */
    public record OpcUaMeter(String code, String unit, String nodeId, double scale, double offset, Duration interval) {
        public OpcUaMeter(String code, String unit, String nodeId, double scale, double offset) {
            this(code, unit, nodeId, scale, offset, null);
        }
    }
}
