package io.autoghg.edge.registration;

import io.autoghg.edge.config.ConfigException;
import io.autoghg.edge.config.GatewayConfig;
import io.autoghg.edge.config.GatewayConfigReader;
import io.autoghg.edge.registration.PlatformClient.RegistrationException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online registration (docs/edge-gateway.md §6): on start the gateway registers with the platform and runs the
 * central configuration from the answer; without the platform it runs the last one it pulled (cached in the
 * buffer directory), else its file's devices. Every {@code configRefresh} it pulls the configuration (304 while
 * unchanged), applies a new version between polls, and sends its status heartbeat.
 */
public final class CentralConfigSync implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CentralConfigSync.class);

    private final GatewayControl gateway;
    private final GatewayConfig file;
    private final PlatformClient platform;
    private final ConfigCache cache;
    private final GatewayConfigReader reader = new GatewayConfigReader(name -> null);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "edge-registration"));
    private volatile Integer version;
    private boolean registered;
    private boolean failing;

    public CentralConfigSync(GatewayControl gateway, GatewayConfig file) {
        this.gateway = gateway;
        this.file = file;
        this.platform = new PlatformClient(file);
        this.cache = new ConfigCache(file.bufferDir());
    }

    /** Registers (or falls back to the cache or the file) before the first poll, then refreshes on schedule. */
    public void start() {
        try {
            register();
        } catch (RegistrationException | RuntimeException e) {
            log.warn("event=registration-failed gateway={} error=\"{}\"", file.gateway(), e.getMessage());
            failing = true;
            Optional<Map<String, Object>> cached = cache.read();
            if (cached.isEmpty() || !apply(cached.get(), "cache")) {
                log.info("event=config-source gateway={} source=file devices={} reason=\"platform unreachable, no cached central "
                        + "configuration\"", file.gateway(), file.devices().size());
            }
        }
        long every = file.registration().configRefresh().toMillis();
        timer.scheduleWithFixedDelay(this::refreshSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /** The central version the gateway runs, or null while it runs its file's devices. */
    public Integer version() {
        return version;
    }

    private void register() throws RegistrationException {
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("version", softwareVersion());
        registration.put("hostName", hostName());
        registration.put("transport", file.transport().name().toLowerCase(Locale.ROOT));
        registration.put("localDevices", file.devices().size());
        Map<String, Object> answer = platform.register(registration);
        registered = true;
        log.info("event=registered gateway={} plant={} platform={}", file.gateway(), file.plant(), file.platformUrl());
        if (answer.get("config") instanceof Map<?, ?> central) {
            if (!Integer.valueOf(number(central.get("version"))).equals(version)) {
                apply(cast(central), "platform");
            }
        } else if (version == null) {
            log.info("event=config-source gateway={} source=file devices={} reason=\"no central configuration on the platform yet\"",
                    file.gateway(), file.devices().size());
        }
    }

    private void refreshSafely() {
        try {
            refresh();
            if (failing) {
                log.info("event=registration-restored gateway={}", file.gateway());
            }
            failing = false;
        } catch (RegistrationException e) {
            if (!failing) {
                log.warn("event=registration-failed gateway={} error=\"{}\"", file.gateway(), e.getMessage());
            }
            failing = true;
        } catch (RuntimeException e) {
            log.error("event=registration-failed gateway={} error=\"{}\"", file.gateway(), e.getMessage(), e);
        }
    }

    private void refresh() throws RegistrationException {
        if (!registered) {
            register();
        } else {
            platform.pull(version).ifPresent(central -> apply(central, "platform"));
        }
        platform.status(status(gateway.status()));
    }

    /** Applies a pulled (or cached) configuration; one the gateway cannot read is logged and left alone. */
    private boolean apply(Map<String, Object> central, String source) {
        int next = number(central.get("version"));
        if (!(central.get("config") instanceof Map<?, ?> document)) {
            log.error("event=config-rejected gateway={} version={} error=\"no config object in the answer\"", file.gateway(), next);
            return false;
        }
        GatewayConfig config;
        try {
            config = reader.central(file, cast(document), "central config version " + next + ": ");
        } catch (ConfigException e) {
            log.error("event=config-rejected gateway={} version={} error=\"{}\"", file.gateway(), next, e.getMessage());
            return false;
        }
        gateway.apply(config, next);
        version = next;
        if (!source.equals("cache")) {
            cache.write(central);
        }
        int meters = config.devices().stream().mapToInt(CentralConfigSync::meters).sum();
        log.info("event=config-applied gateway={} version={} source={} devices={} meters={} pollInterval={} batchSize={}",
                file.gateway(), next, source, config.devices().size(), meters, config.pollInterval(), config.batchSize());
        return true;
    }

    private static int meters(GatewayConfig.Device device) {
        if (device instanceof GatewayConfig.ModbusDevice modbus) {
            return modbus.meters().size();
        }
        return ((GatewayConfig.OpcUaDevice) device).meters().size();
    }

    private static Map<String, Object> status(StatusReport report) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("configVersion", report.configVersion());
        status.put("polled", report.polled());
        status.put("bad", report.bad());
        status.put("sent", report.sent());
        status.put("sendFailures", report.sendFailures());
        status.put("pendingBytes", report.pendingBytes());
        status.put("lastError", report.lastError());
        List<Map<String, Object>> devices = new ArrayList<>();
        for (DeviceHealth health : report.devices()) {
            Map<String, Object> device = new LinkedHashMap<>();
            device.put("name", health.name());
            device.put("lastGoodPoll", health.lastGoodPoll());
            device.put("lastError", health.lastError());
            device.put("lastErrorAt", health.lastErrorAt());
            devices.add(device);
        }
        status.put("devices", devices);
        return status;
    }

    private static int number(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        throw new ConfigException("the central configuration has no version number");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static String softwareVersion() {
        String version = CentralConfigSync.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            String env = System.getenv("HOSTNAME");
            return env == null ? "unknown" : env;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
