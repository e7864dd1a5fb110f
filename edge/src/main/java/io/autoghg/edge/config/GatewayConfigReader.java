package io.autoghg.edge.config;

import io.autoghg.edge.config.GatewayConfig.DataType;
import io.autoghg.edge.config.GatewayConfig.Device;
import io.autoghg.edge.config.GatewayConfig.ModbusClock;
import io.autoghg.edge.config.GatewayConfig.ModbusDevice;
import io.autoghg.edge.config.GatewayConfig.ModbusMeter;
import io.autoghg.edge.config.GatewayConfig.OpcUaClock;
import io.autoghg.edge.config.GatewayConfig.OpcUaDevice;
import io.autoghg.edge.config.GatewayConfig.OpcUaMeter;
import io.autoghg.edge.config.GatewayConfig.Transport;
import io.autoghg.edge.config.GatewayConfig.WordOrder;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads gateway.yaml (docs/edge-gateway.md §2); the token may come from the environment (AUTOGHG_TOKEN). */
public final class GatewayConfigReader {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)");

    private final Function<String, String> environment;

    public GatewayConfigReader(Function<String, String> environment) {
        this.environment = environment;
    }

    public GatewayConfigReader() {
        this(System::getenv);
    }

    public GatewayConfig read(Path file) {
        Map<String, Object> root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(loaded instanceof Map<?, ?>)) {
                throw new ConfigException(file + ": expected a mapping of settings at the top");
            }
            root = cast(loaded);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (YAMLException e) {
            throw new ConfigException(file + " is not valid YAML: " + e.getMessage(), e);
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(new Node(file + ": ", root), base);
    }

    private GatewayConfig parse(Node root, Path base) {
        Node platform = root.child("platform");
        Transport transport = platform.enumValue("transport", Transport.class, Transport.HTTP);
        String token = platform.optional("token");
        if (token == null || token.isBlank()) {
            token = environment.apply("AUTOGHG_TOKEN");
        }
        if (token == null || token.isBlank()) {
            throw new ConfigException(root.where + "platform.token is missing and AUTOGHG_TOKEN is not set");
        }
        String url = platform.string("url", transport == Transport.HTTP ? null : "http://localhost:8080");
        String mqttUrl = platform.string("mqttUrl", transport == Transport.MQTT ? null : "tcp://localhost:1883");
        GatewayConfig.MqttAck mqttAck = new GatewayConfig.MqttAck(
                platform.enumValue("mqttAck", GatewayConfig.MqttAck.Mode.class, GatewayConfig.MqttAck.DEFAULT.mode()),
                platform.duration("mqttAckTimeout", GatewayConfig.MqttAck.DEFAULT.timeout()));
        if (transport == Transport.MQTT && !root.string("gateway", null).matches("[^/+#\\u0000]+")) {
            throw new ConfigException(root.where + "gateway: over MQTT the name is a topic level (the commit answers come on"
                    + " .../readings/committed/NAME) and may not contain '/', '+' or '#'");
        }
        GatewayConfig.Registration registration = new GatewayConfig.Registration(flag(platform, "registration"),
                platform.duration("configRefresh", GatewayConfig.Registration.OFF.configRefresh()));
        int batchSize = root.integer("batchSize", 10_000);
        if (batchSize < 1 || batchSize > 100_000) {
            throw new ConfigException(root.where + "batchSize must be between 1 and 100000");
        }
        Path buffer = base.resolve(root.string("bufferDir", "gateway-buffer"));
        Node retry = root.has("retry") ? root.child("retry") : new Node(root.where + "retry.", Map.of());
        List<Device> devices = new ArrayList<>();
        // with registration the devices may all come from the platform; the file's are the fallback
        for (Node device : registration.enabled() && !root.has("devices") ? List.<Node>of() : root.list("devices")) {
            devices.add(device(device));
        }
        if (devices.isEmpty() && !registration.enabled()) {
            throw new ConfigException(root.where + "devices: at least one device is needed");
        }
        return new GatewayConfig(URI.create(stripSlash(url)), root.string("plant", null), root.string("gateway", null),
                token, transport, mqttUrl, root.duration("pollInterval", Duration.ofSeconds(15)), batchSize, buffer,
                retry.duration("initial", Duration.ofMillis(500)), retry.duration("max", Duration.ofSeconds(30)),
                devices, mqttAck, registration);
    }

    /**
     * Applies a central configuration (docs/edge-gateway.md §6): its {@code devices} in the shape of this file's, and
     * optionally {@code pollInterval} and {@code batchSize}; what it leaves out keeps the file's value.
     *
     * @param where names the document in messages, e.g. "central config version 3: "
     */
    public GatewayConfig central(GatewayConfig base, Map<String, Object> document, String where) {
        Node root = new Node(where, document);
        List<Device> devices = new ArrayList<>();
        for (Node device : root.list("devices")) {
            devices.add(device(device));
        }
        int batchSize = root.integer("batchSize", base.batchSize());
        if (batchSize < 1 || batchSize > 100_000) {
            throw new ConfigException(where + "batchSize must be between 1 and 100000");
        }
        return base.withCentral(root.duration("pollInterval", base.pollInterval()), batchSize, devices);
    }

    private static boolean flag(Node node, String key) {
        Object v = node.value(key);
        if (v == null || v instanceof Boolean) {
            return Boolean.TRUE.equals(v);
        }
        throw new ConfigException(node.where + key + " must be true or false, not " + v);
    }

    private static Device device(Node node) {
        String type = node.string("type", null).toLowerCase(Locale.ROOT);
        String name = node.string("name", null);
        Duration timeout = node.duration("timeout", Duration.ofSeconds(3));
        switch (type) {
            case "modbus-tcp", "modbus" -> {
                List<ModbusMeter> meters = new ArrayList<>();
                for (Node m : node.list("meters")) {
                    meters.add(new ModbusMeter(m.string("code", null), m.string("unit", null), m.integer("register", null),
                            m.enumValue("dataType", DataType.class, DataType.FLOAT64),
                            m.enumValue("wordOrder", WordOrder.class, WordOrder.BIG), m.number("scale", 1.0),
                            m.number("offset", 0.0), m.duration("interval", null)));
                }
                return new ModbusDevice(name, node.string("host", null), node.integer("port", 502),
                        node.integer("unitId", 1), timeout, meters, node.has("clock") ? modbusClock(node.child("clock")) : null);
            }
            case "opcua", "opc-ua" -> {
                List<OpcUaMeter> meters = new ArrayList<>();
                for (Node m : node.list("meters")) {
                    String code = m.string("code", null);
                    meters.add(new OpcUaMeter(code, m.string("unit", null),
                            m.string("nodeId", "nsu=urn:autoghg:simulator;s=" + code), m.number("scale", 1.0),
                            m.number("offset", 0.0), m.duration("interval", null)));
                }
                return new OpcUaDevice(name, node.string("endpoint", null), timeout, meters,
                        node.has("clock") ? new OpcUaClock(node.child("clock").string("nodeId", null)) : null);
            }
            default -> throw new ConfigException(node.where + "type must be modbus-tcp or opcua, not " + type);
        }
    }

    /** A device clock in holding registers: epoch seconds, uint32 by default (float32 cannot hold them). */
    private static ModbusClock modbusClock(Node clock) {
        DataType type = clock.enumValue("dataType", DataType.class, DataType.UINT32);
        if (type == DataType.FLOAT32) {
            throw new ConfigException(clock.where + "dataType cannot be float32: it cannot hold epoch seconds to the second; "
                    + "use uint32, int32 or float64");
        }
        int register = clock.integer("register", null);
        if (register < 0 || register + type.registers() > 65536) {
            throw new ConfigException(clock.where + "register must be a holding register address from 0 to "
                    + (65536 - type.registers()) + ", not " + register);
        }
        return new ModbusClock(register, type, clock.enumValue("wordOrder", WordOrder.class, WordOrder.BIG));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** "PT15S", "15s", "500ms", "1m" or a number of seconds. */
    static Duration parseDuration(String text) {
        String t = text.trim();
        Matcher m = SHORT_DURATION.matcher(t.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            double amount = Double.parseDouble(m.group(1));
            long millis = switch (m.group(2)) {
                case "ms" -> Math.round(amount);
                case "s" -> Math.round(amount * 1000);
                case "m" -> Math.round(amount * 60_000);
                default -> Math.round(amount * 3_600_000);
            };
            return Duration.ofMillis(millis);
        }
        if (t.matches("\\d+(\\.\\d+)?")) {
            return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        }
        return Duration.parse(t);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }

    /** One mapping of the file, with the path to it for messages. */
    private record Node(String where, Map<String, Object> values) {

        boolean has(String key) {
            return values.get(key) != null;
        }

        Object value(String key) {
            return values.get(key);
        }

        String optional(String key) {
            Object v = value(key);
            return v == null ? null : v.toString();
        }

        String string(String key, String fallback) {
            Object v = value(key);
            if (v == null) {
                if (fallback == null) {
                    throw new ConfigException(where + key + " is required");
                }
                return fallback;
            }
            return v.toString();
        }

        Integer integer(String key, Integer fallback) {
            Object v = value(key);
            if (v == null && fallback != null) {
                return fallback;
            }
            if (v instanceof Integer i) {
                return i;
            }
            throw new ConfigException(where + key + (v == null ? " is required" : " must be a whole number, not " + v));
        }

        double number(String key, double fallback) {
            Object v = value(key);
            if (v == null) {
                return fallback;
            }
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            throw new ConfigException(where + key + " must be a number, not " + v);
        }

        Duration duration(String key, Duration fallback) {
            Object v = value(key);
            if (v == null) {
                return fallback;
            }
            try {
                Duration d = parseDuration(v.toString());
                if (d.isNegative() || d.isZero()) {
                    throw new ConfigException(where + key + " must be positive");
                }
                return d;
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new ConfigException(where + key + " must be a duration such as 15s, 500ms or PT15S, not " + v);
            }
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
            Object v = value(key);
            if (v == null) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, v.toString().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(where + key + " cannot be " + v);
            }
        }

        Node child(String key) {
            Object v = value(key);
            if (v instanceof Map<?, ?>) {
                return new Node(where + key + ".", cast(v));
            }
            throw new ConfigException(where + key + (v == null ? " is required" : " must be a mapping"));
        }

        List<Node> list(String key) {
            Object v = value(key);
            if (!(v instanceof List<?> items)) {
                throw new ConfigException(where + key + (v == null ? " is required" : " must be a list"));
            }
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof Map<?, ?>)) {
                    throw new ConfigException(where + key + "[" + i + "] must be a mapping");
                }
                nodes.add(new Node(where + key + "[" + i + "].", cast(items.get(i))));
            }
            return nodes;
        }
    }
}
