package io.autoghg.cli;

import io.autoghg.simulator.OpcUaSimulator;
import io.autoghg.simulator.PlantSimulator;
import io.autoghg.simulator.RegisterMap;
import io.autoghg.simulator.SimulatedMeter;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `autoghg simulate`: the demo plant's meters served over Modbus TCP and OPC UA (docs/simulator.md). */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Serve simulated meters of the demo plant over Modbus TCP and OPC UA on 127.0.0.1 until Ctrl-C.")
final class SimulateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--modbus-port", defaultValue = "5020", description = "Modbus TCP port (default: ${DEFAULT-VALUE}; 0: a free port)")
    int modbusPort;

    @Option(names = "--opcua-port", defaultValue = "4840", description = "OPC UA port (default: ${DEFAULT-VALUE}; 0: a free port)")
    int opcUaPort;

    @Option(names = "--speed", defaultValue = "900",
            description = "simulated seconds per real second (default: ${DEFAULT-VALUE}: one real second is 15 simulated minutes)")
    double speed;

    @Option(names = "--start", defaultValue = "2025-03-03T00:00:00Z",
            description = "simulated time at start, ISO instant or 'now' (default: ${DEFAULT-VALUE}, a Monday)")
    String start;

    @Option(names = "--meters", split = ",", paramLabel = "CODE",
            description = "demo meters to simulate, in register order (default: all: EM-STAMP … COD-WWTP)")
    List<String> meters = new ArrayList<>();

    @Option(names = "--load", defaultValue = "0", paramLabel = "N",
            description = "add N synthetic meters SIM-0001 … for load tests (default: ${DEFAULT-VALUE})")
    int load;

    @Option(names = "--for", paramLabel = "SECONDS", description = "stop after this many real seconds (default: run until Ctrl-C)")
    Long seconds;

    @Override
    public Integer call() throws Exception {
        PlantSimulator.Settings settings = settings();
        PlantSimulator simulator;
        try {
            simulator = PlantSimulator.start(settings, Clock.systemUTC());
        } catch (Exception e) {
            throw new CliException("simulate: could not start the servers: " + e.getMessage(), 1);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> stop(simulator, stopped), "simulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        print(simulator);
        if (seconds == null) {
            stopped.await();
        } else {
            stopped.await(seconds, TimeUnit.SECONDS);
            Runtime.getRuntime().removeShutdownHook(hook);
            stop(simulator, stopped);
        }
        return 0;
    }

    private PlantSimulator.Settings settings() {
        if (load < 0 || load > 9999) {
            throw new CliException("simulate: --load must be between 0 and 9999", 1);
        }
        List<SimulatedMeter> chosen;
        try {
            chosen = PlantSimulator.Settings.meters(meters, load);
        } catch (IllegalArgumentException e) {
            throw new CliException("simulate: " + e.getMessage(), 1);
        }
        if (!(speed > 0)) {
            throw new CliException("simulate: --speed must be positive", 1);
        }
        return new PlantSimulator.Settings(chosen, startInstant(), speed, modbusPort, opcUaPort);
    }

    private Instant startInstant() {
        if ("now".equalsIgnoreCase(start)) {
            return Instant.now();
        }
        try {
            return Instant.parse(start);
        } catch (DateTimeParseException e) {
            throw new CliException("simulate: --start: not an ISO instant (2025-03-03T00:00:00Z): " + start, 1);
        }
    }

    private void print(PlantSimulator simulator) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("simulating %d meters from %s at speed %s%n", simulator.model().meters().size(), simulator.clock().start(),
                speed);
        out.printf("Modbus TCP: 127.0.0.1:%d unit %d, holding registers; float64 big-endian, high word first%n",
                simulator.modbus().port(), RegisterMap.UNIT_ID);
        out.printf("OPC UA:     %s (security None, anonymous), namespace %s = ns=%d%n", simulator.opcUa().endpointUrl(),
                OpcUaSimulator.NAMESPACE_URI, simulator.opcUa().namespaceIndex());
        simulator.map().forEach(out::println);
        out.println(seconds == null ? "running; Ctrl-C stops" : "running for " + seconds + " s");
        out.flush();
    }

    private static void stop(PlantSimulator simulator, CountDownLatch stopped) {
        try {
            simulator.close();
        } catch (Exception e) {
            System.err.println("autoghg: simulate: stopping: " + e.getMessage());
        } finally {
            stopped.countDown();
        }
    }
}
