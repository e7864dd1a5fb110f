package io.autoghg.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The running simulator: one plant model and simulated clock served over Modbus TCP and OPC UA, both on
 * 127.0.0.1. Closing it stops both servers.
 */
public final class PlantSimulator implements AutoCloseable {
    private final PlantModel model;
    private final SimulatedClock clock;
    private final ModbusSimulator modbus;
    private final OpcUaSimulator opcUa;

    private PlantSimulator(PlantModel model, SimulatedClock clock, ModbusSimulator modbus, OpcUaSimulator opcUa) {
        this.model = model;
        this.clock = clock;
        this.modbus = modbus;
        this.opcUa = opcUa;
    }

    /** What to simulate and where to serve it; port 0 means a free port. */
    public record Settings(List<SimulatedMeter> meters, Instant start, double speed, int modbusPort, int opcUaPort) {
        public Settings {
            meters = List.copyOf(meters);
            if (meters.isEmpty()) {
                throw new IllegalArgumentException("nothing to simulate: no meters");
            }
        }

        /** The demo meters (or the chosen codes) followed by `load` synthetic meters. */
        public static List<SimulatedMeter> meters(List<String> codes, int load) {
            List<SimulatedMeter> meters = new ArrayList<>(codes.isEmpty() ? DemoMeters.all() : DemoMeters.select(codes));
            meters.addAll(DemoMeters.synthetic(load));
            return meters;
        }
    }

    public static PlantSimulator start(Settings settings, Clock real) throws Exception {
        PlantModel model = PlantModel.demo(settings.meters(), settings.start());
        SimulatedClock clock = new SimulatedClock(real, settings.start(), settings.speed());
        ModbusSimulator modbus = ModbusSimulator.start(model, clock, settings.modbusPort());
        try {
            return new PlantSimulator(model, clock, modbus, OpcUaSimulator.start(model, clock, settings.opcUaPort()));
        } catch (Exception | Error e) {
            modbus.close();
            throw e;
        }
    }

    public PlantModel model() {
        return model;
    }

    public SimulatedClock clock() {
        return clock;
    }

    public ModbusSimulator modbus() {
        return modbus;
    }

    public OpcUaSimulator opcUa() {
        return opcUa;
    }

    /** The register and node map, one line per meter, for people wiring a gateway. */
    public List<String> map() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-6s %-9s %-12s %-5s %-10s %s", "index", "registers", "meter", "unit", "kind", "OPC UA node"));
        int ns = opcUa.namespaceIndex();
        lines.add(String.format("%-6s %-9s %-12s %-5s %-10s %s", "-", "0-1", "(clock)", "s", "uint32", "ns=" + ns + ";s="
                + PlantNamespace.CLOCK));
        List<SimulatedMeter> meters = model.meters();
        for (int i = 0; i < meters.size(); i++) {
            SimulatedMeter meter = meters.get(i);
            int first = RegisterMap.meterRegister(i);
            lines.add(String.format("%-6d %-9s %-12s %-5s %-10s %s", i, first + "-" + (first + 3), meter.code(), meter.unit(),
                    meter.kind(), "ns=" + ns + ";s=" + meter.code()));
        }
        return lines;
    }

    @Override
    public void close() throws Exception {
        try {
            modbus.close();
        } finally {
            opcUa.close();
        }
    }
}
