package io.autoghg.edge;

import io.autoghg.edge.config.GatewayConfig;
import io.autoghg.edge.config.GatewayConfig.DataType;
import io.autoghg.edge.config.GatewayConfig.ModbusDevice;
import io.autoghg.edge.config.GatewayConfig.ModbusMeter;
import io.autoghg.edge.config.GatewayConfig.Transport;
import io.autoghg.edge.config.GatewayConfig.WordOrder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Test data builders for gateway configurations. */
public final class Configs {

    private Configs() {
    }

    /** Meter i is "E-T-i" in kWh at the simulator's registers, scaled by {@code scale}. */
    public static ModbusDevice modbusDevice(int port, int meters, double scale, double offset) {
        List<ModbusMeter> list = new ArrayList<>();
        for (int i = 0; i < meters; i++) {
            list.add(new ModbusMeter("E-T-" + i, "kWh", ModbusMeters.register(i), DataType.FLOAT64, WordOrder.BIG, scale,
                    offset));
        }
        return new ModbusDevice("test-modbus", "127.0.0.1", port, ModbusMeters.UNIT, Duration.ofSeconds(2), list);
    }

    public static GatewayConfig httpGateway(String platformUrl, Path buffer, Duration poll, int batchSize,
            ModbusDevice device) {
        return new GatewayConfig(URI.create(platformUrl), "P1", "gw-test", "agt_test", Transport.HTTP, null, poll,
                batchSize, buffer, Duration.ofMillis(20), Duration.ofMillis(200), List.of(device));
    }
}
