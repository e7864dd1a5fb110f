package io.autoghg.platform.gateways;

import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.UnitException;
import io.autoghg.accounting.unit.Units;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The checks a central gateway configuration passes before it is saved (docs/edge-gateway.md §6.2): the
 * shape of gateway.yaml's devices and poll settings, every meter a meter of the plant in a unit that converts
 * to the meter's, and no meter read twice (in this document or by another gateway of the plant). Every
 * problem names its field, e.g. {@code devices[1].meters[0].register}.
 */
final class ConfigRules {
    static final SourceLocation WHERE = new SourceLocation("gateway config", 0);
    /** The duration grammar of the gateway's file: 15s, 500ms, 1m, 1h, a number of seconds, or ISO 8601 (PT15S). */
    private static final Pattern DURATION = Pattern.compile("(?i)\\d+(\\.\\d+)?\\s*(ms|s|m|h)?|P(T(\\d+(\\.\\d+)?[HMS])+|\\d+D)");
    private static final Set<String> TOP = Set.of("pollInterval", "batchSize", "devices");
    private static final Set<String> MODBUS = Set.of("name", "type", "host", "port", "unitId", "timeout", "clock", "meters");
    private static final Set<String> MODBUS_METER = Set.of("code", "unit", "register", "dataType", "wordOrder", "scale", "offset", "interval");
    private static final Set<String> OPCUA = Set.of("name", "type", "endpoint", "timeout", "clock", "meters");
    private static final Set<String> OPCUA_METER = Set.of("code", "unit", "nodeId", "scale", "offset", "interval");
    private static final Set<String> DATA_TYPES = Set.of("float64", "float32", "uint32", "int32");
    private static final Set<String> WORD_ORDERS = Set.of("big", "little");

    private final Map<String, String> plantMeterUnits;
    private final Map<String, String> metersOfOtherGateways;
    private final List<InputProblem> problems = new ArrayList<>();
    private final Map<String, String> seenMeters = new HashMap<>();
    private final Set<String> seenDevices = new TreeSet<>();

    /**
     * @param plantMeterUnits       meter code → unit symbol, for every meter of the plant
     * @param metersOfOtherGateways meter code → name of the other gateway whose current configuration reads it
     */
    ConfigRules(Map<String, String> plantMeterUnits, Map<String, String> metersOfOtherGateways) {
        this.plantMeterUnits = plantMeterUnits;
        this.metersOfOtherGateways = metersOfOtherGateways;
    }

    List<InputProblem> check(JsonNode root) {
        if (root == null || !root.isObject()) {
            problem("body", "the configuration must be a JSON object with pollInterval, batchSize and devices");
            return problems;
        }
        onlyKnown(root, "", TOP);
        optionalDuration(root, "", "pollInterval");
        optionalInteger(root, "", "batchSize", 1, 100_000);
        JsonNode devices = root.path("devices");
        if (!devices.isArray() || devices.isEmpty()) {
            problem("devices", devices.isMissingNode() || devices.isNull() ? "is required: a list of at least one device"
                    : "must be a list of at least one device");
            return problems;
        }
        for (int i = 0; i < devices.size(); i++) {
            device(devices.get(i), "devices[" + i + "]");
        }
        return problems;
    }

    private void device(JsonNode device, String at) {
        if (!device.isObject()) {
            problem(at, "must be an object with name, type and meters");
            return;
        }
        String name = requiredText(device, at, "name");
        if (name != null && !seenDevices.add(name)) {
            problem(at + ".name", "device '" + name + "' appears twice; device names must be unique");
        }
        String type = requiredText(device, at, "type");
        if (type == null) {
            return;
        }
        switch (type.toLowerCase(Locale.ROOT)) {
            case "modbus-tcp", "modbus" -> modbus(device, at);
            case "opcua", "opc-ua" -> opcUa(device, at);
            default -> problem(at + ".type", "must be modbus-tcp or opcua, not '" + type + "'");
        }
    }

    private void modbus(JsonNode device, String at) {
        onlyKnown(device, at + ".", MODBUS);
        requiredText(device, at, "host");
        optionalInteger(device, at + ".", "port", 1, 65_535);
        optionalInteger(device, at + ".", "unitId", 0, 255);
        optionalDuration(device, at + ".", "timeout");
        modbusClock(device.path("clock"), at + ".clock");
        for (JsonNode meter : meters(device, at)) {
            String m = at + ".meters[" + index(device, meter) + "]";
            onlyKnown(meter, m + ".", MODBUS_METER);
            meterAndUnit(meter, m);
            if (meter.path("register").isMissingNode() || meter.path("register").isNull()) {
                problem(m + ".register", "is required: the first holding register, 0-based (40101 is 100)");
            } else {
                optionalInteger(meter, m + ".", "register", 0, 65_535);
            }
            oneOf(meter, m, "dataType", DATA_TYPES);
            oneOf(meter, m, "wordOrder", WORD_ORDERS);
            number(meter, m, "scale");
            number(meter, m, "offset");
            optionalDuration(meter, m + ".", "interval");
        }
    }

    private void opcUa(JsonNode device, String at) {
        onlyKnown(device, at + ".", OPCUA);
        String endpoint = requiredText(device, at, "endpoint");
        if (endpoint != null && !endpoint.startsWith("opc.tcp://")) {
            problem(at + ".endpoint", "must be an opc.tcp:// URL, not '" + endpoint + "'");
        }
        optionalDuration(device, at + ".", "timeout");
        JsonNode clock = device.path("clock");
        if (!clock.isMissingNode() && !clock.isNull()) {
            if (!clock.isObject()) {
                problem(at + ".clock", "must be an object with the nodeId of the device's clock");
            } else {
                onlyKnown(clock, at + ".clock.", Set.of("nodeId"));
                requiredText(clock, at + ".clock", "nodeId");
            }
        }
        for (JsonNode meter : meters(device, at)) {
            String m = at + ".meters[" + index(device, meter) + "]";
            onlyKnown(meter, m + ".", OPCUA_METER);
            meterAndUnit(meter, m);
            JsonNode nodeId = meter.path("nodeId");
            if (!nodeId.isMissingNode() && !nodeId.isNull() && (!nodeId.isString() || !nodeId.asString().matches("(ns=\\d+|nsu=[^;]+);[isgb]=.+"))) {
                problem(m + ".nodeId", "must be a node id such as ns=2;s=E-PAINT-01 or nsu=urn:autoghg:simulator;s=E-PAINT-01");
            }
            number(meter, m, "scale");
            number(meter, m, "offset");
            optionalDuration(meter, m + ".", "interval");
        }
    }

    /** A device clock in holding registers (epoch seconds): register, dataType (not float32), wordOrder. */
    private void modbusClock(JsonNode clock, String at) {
        if (clock.isMissingNode() || clock.isNull()) {
            return;
        }
        if (!clock.isObject()) {
            problem(at, "must be an object with the register of the device's clock");
            return;
        }
        onlyKnown(clock, at + ".", Set.of("register", "dataType", "wordOrder"));
        if (clock.path("register").isMissingNode() || clock.path("register").isNull()) {
            problem(at + ".register", "is required");
        } else {
            optionalInteger(clock, at + ".", "register", 0, 65_535);
        }
        oneOf(clock, at, "dataType", Set.of("float64", "uint32", "int32"));
        oneOf(clock, at, "wordOrder", WORD_ORDERS);
    }

    private List<JsonNode> meters(JsonNode device, String at) {
        JsonNode meters = device.path("meters");
        if (!meters.isArray() || meters.isEmpty()) {
            problem(at + ".meters", "must be a list of at least one meter");
            return List.of();
        }
        List<JsonNode> list = new ArrayList<>();
        for (int i = 0; i < meters.size(); i++) {
            if (meters.get(i).isObject()) {
                list.add(meters.get(i));
            } else {
                problem(at + ".meters[" + i + "]", "must be an object with code and unit");
            }
        }
        return list;
    }

    private static int index(JsonNode device, JsonNode meter) {
        JsonNode meters = device.path("meters");
        for (int i = 0; i < meters.size(); i++) {
            if (meters.get(i) == meter) {
                return i;
            }
        }
        return -1;
    }

    /** The meter is the plant's, read once, in a unit that converts to the meter's. */
    private void meterAndUnit(JsonNode meter, String at) {
        String code = requiredText(meter, at, "code");
        String unit = requiredText(meter, at, "unit");
        if (code == null) {
            return;
        }
        String meterUnit = plantMeterUnits.get(code);
        if (meterUnit == null) {
            problem(at + ".code", "unknown meter '" + code + "': add it to the plant's meters first");
            return;
        }
        String before = seenMeters.putIfAbsent(code, at);
        if (before != null) {
            problem(at + ".code", "meter " + code + " is already read by " + before + "; a meter may be read once");
        } else if (metersOfOtherGateways.containsKey(code)) {
            problem(at + ".code", "meter " + code + " is already read by gateway " + metersOfOtherGateways.get(code)
                    + "; remove it there first");
        }
        if (unit != null) {
            compatibleUnit(unit, meterUnit, code, at);
        }
    }

    private void compatibleUnit(String unit, String meterUnit, String code, String at) {
        try {
            Unit given = Units.parse(unit);
            Unit expected = Units.parse(meterUnit);
            if (!given.sameDimensionAs(expected)) {
                problem(at + ".unit", "unit " + unit + " does not convert to meter " + code + "'s unit " + meterUnit + " ("
                        + expected.dimensionText() + ")");
            }
        } catch (UnitException e) {
            problem(at + ".unit", e.getMessage());
        }
    }

    private void onlyKnown(JsonNode node, String prefix, Set<String> known) {
        for (String key : node.propertyNames()) {
            if (!known.contains(key)) {
                problem(prefix + key, "is not a known setting here; known: " + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    private String requiredText(JsonNode node, String at, String key) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull() || (value.isString() && value.asString().isBlank())) {
            problem(at + "." + key, "is required");
            return null;
        }
        if (!value.isString()) {
            problem(at + "." + key, "must be text, not " + value);
            return null;
        }
        return value.asString().strip();
    }

    private void optionalInteger(JsonNode node, String prefix, String key, int min, int max) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            problem(prefix + key, "must be a whole number from " + min + " to " + max + ", not " + value);
        }
    }

    private void optionalDuration(JsonNode node, String prefix, String key) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        boolean positiveNumber = value.isNumber() && value.decimalValue().signum() > 0;
        boolean durationText = value.isString() && DURATION.matcher(value.asString().strip()).matches()
                && !value.asString().strip().matches("0+(\\.0+)?\\s*[a-zA-Z]*");
        if (!positiveNumber && !durationText) {
            problem(prefix + key, "must be a positive duration such as 15s, 500ms, 1m or PT15S, not " + value);
        }
    }

    private void oneOf(JsonNode node, String at, String key, Set<String> allowed) {
        JsonNode value = node.path(key);
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        if (!value.isString() || !allowed.contains(value.asString().strip().toLowerCase(Locale.ROOT))) {
            problem(at + "." + key, "must be one of " + String.join(", ", new TreeSet<>(allowed)) + ", not " + value);
        }
    }

    private void number(JsonNode node, String at, String key) {
        JsonNode value = node.path(key);
        if (!value.isMissingNode() && !value.isNull() && !value.isNumber()) {
            problem(at + "." + key, "must be a number, not " + value);
        }
    }

    private void problem(String field, String message) {
        problems.add(new InputProblem(WHERE, field, message));
    }
}
