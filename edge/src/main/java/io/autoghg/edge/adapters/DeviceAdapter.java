package io.autoghg.edge.adapters;

import io.autoghg.edge.config.GatewayConfig.Device;
import io.autoghg.edge.config.GatewayConfig.ModbusDevice;
import io.autoghg.edge.config.GatewayConfig.OpcUaDevice;
import java.time.Instant;

/** Reads all meters of one device; connects lazily and again after a failure. Not thread-safe: one poller. */
public interface DeviceAdapter extends AutoCloseable {

    String name();

    /**
     * Reads every meter once; every reading gets the gateway's poll instant {@code ts}, or the device's own
     * time when the device has a clock configured (a clock that did not advance makes the whole poll BAD).
     * Never throws for read errors.
     */
    PollResult poll(Instant ts);

    @Override
    void close();

    static DeviceAdapter of(Device device) {
        if (device instanceof ModbusDevice modbus) {
            return new ModbusTcpAdapter(modbus);
        }
        return new OpcUaAdapter((OpcUaDevice) device);
    }
}
