package io.autoghg.cli;

import io.autoghg.edge.Gateway;
import io.autoghg.edge.config.ConfigException;
import io.autoghg.edge.config.GatewayConfig;
import io.autoghg.edge.config.GatewayConfigReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `autoghg edge --config gateway.yaml`: the edge gateway (docs/edge-gateway.md) until Ctrl-C. */
@Command(name = "edge", mixinStandardHelpOptions = true,
        description = "Run the edge gateway: poll Modbus TCP / OPC UA meters, buffer every reading on disk, forward to the platform.")
final class EdgeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "gateway.yaml (see examples/gateway.yaml)")
    Path config;

    @Option(names = "--for", paramLabel = "SECONDS", description = "stop after this many seconds (default: run until Ctrl-C)")
    Long seconds;

    @Override
    public Integer call() throws Exception {
        CalculateCommand.requireFile(config, "--config");
        GatewayConfig settings;
        try {
            settings = new GatewayConfigReader().read(config);
        } catch (ConfigException e) {
            throw new CliException("edge: " + e.getMessage(), 2);
        }
        Gateway gateway = new Gateway(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> stop(gateway, stopped), "edge-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        gateway.start();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("gateway %s for plant %s: %d device(s), every %s, %s to %s, buffer %s%n", settings.gateway(),
                settings.plant(), settings.devices().size(), settings.pollInterval(), settings.transport(),
                settings.transport() == GatewayConfig.Transport.MQTT ? settings.mqttUrl() : settings.platformUrl(),
                settings.bufferDir());
        if (settings.registration().enabled()) {
            out.printf("registration with %s: the platform's central configuration, when it has one, replaces the file's "
                    + "devices (the log says which runs)%n", settings.platformUrl());
        }
        out.println(seconds == null ? "running; Ctrl-C stops" : "running for " + seconds + " s");
        out.flush();
        if (seconds == null) {
            stopped.await();
        } else {
            stopped.await(seconds, TimeUnit.SECONDS);
            Runtime.getRuntime().removeShutdownHook(hook);
            stop(gateway, stopped);
            out.printf("polled %d, bad %d, sent %d%n", gateway.stats().polled(), gateway.stats().bad(), gateway.stats().sent());
            out.flush();
        }
        return 0;
    }

    private static void stop(Gateway gateway, CountDownLatch stopped) {
        if (stopped.getCount() > 0) {
            gateway.close();
            stopped.countDown();
        }
    }
}
