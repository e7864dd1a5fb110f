package io.autoghg.platform.readings;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import io.autoghg.platform.support.BadRequestException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Sparkplug B messages (Eclipse Sparkplug 3.0, payload {@code org.eclipse.tahu.protobuf.Payload}) into the
 * same {@link ReadingPayload} the JSON path makes (docs/readings.md §6.4): one reading per metric, the metric's
 * name being the meter code. The protobuf is read field by field (field numbers of sparkplug_b.proto), so no
 * generated code is needed. BIRTH messages teach the aliases of an edge node and its devices; a DATA metric
 * that carries only an alias is named from them. Metrics that are not readings become rejected rows with
 * the reason.
 * <p>Not thread-safe for one edge node: messages must be read in arrival order (the MQTT worker does).
 */
final class SparkplugPayloads {
    static final String NAMESPACE = "spBv1.0";
    /** {@code spBv1.0/{group}/{type}/{edge node}[/{device}]}: the message types that carry metrics. */
    private static final Pattern TOPIC = Pattern.compile("spBv1\\.0/([^/]+)/(NBIRTH|NDATA|DBIRTH|DDATA)/([^/]+)(?:/([^/]+))?");

    // Payload
    private static final int PAYLOAD_TIMESTAMP = 1;
    private static final int PAYLOAD_METRICS = 2;
    // Payload.Metric
    private static final int METRIC_NAME = 1;
    private static final int METRIC_ALIAS = 2;
    private static final int METRIC_TIMESTAMP = 3;
    private static final int METRIC_DATATYPE = 4;
    private static final int METRIC_IS_TRANSIENT = 6;
    private static final int METRIC_IS_NULL = 7;
    private static final int METRIC_PROPERTIES = 9;
    private static final int METRIC_INT = 10;
    private static final int METRIC_LONG = 11;
    private static final int METRIC_FLOAT = 12;
    private static final int METRIC_DOUBLE = 13;
    private static final int METRIC_BOOLEAN = 14;
    private static final int METRIC_STRING = 15;
    // Payload.PropertySet and PropertyValue
    private static final int PROPERTY_KEYS = 1;
    private static final int PROPERTY_VALUES = 2;
    private static final int PROPERTY_VALUE_STRING = 8;
    // Sparkplug data types (the signed ones are sent as two's complement in the unsigned fields)
    private static final int INT8 = 1;
    private static final int INT16 = 2;
    private static final int INT32 = 3;
    private static final int INT64 = 4;
    private static final int UINT64 = 8;
    private static final int DATETIME = 13;

    /** Where a message comes from and what it is, as its topic says. */
    record Topic(String group, String type, String edgeNode, String device) {
        boolean birth() {
            return type.endsWith("BIRTH");
        }

        /** Whose aliases the message defines or uses: the edge node, or one of its devices. */
        String owner() {
            return group + "/" + edgeNode + (device == null ? "" : "/" + device);
        }

        String node() {
            return group + "/" + edgeNode;
        }

        /** The origin of the readings: sparkplug:{edge node}. */
        String origin() {
            return "sparkplug:" + ReadingsService.gatewayName(edgeNode);
        }
    }

    /** What a BIRTH said about a metric: its name, data type (0 when not given) and engUnit (or null). */
    private record Known(String name, int datatype, String engUnit) {
    }

    /** What the BIRTHs of an edge node or device said, by alias and by name. */
    private record Born(Map<Long, Known> byAlias, Map<String, Known> byName) {
    }

    /** One metric as read; absent fields are null (datatype 0). */
    private static final class Metric {
        String name;
        Long alias;
        Long timestamp;
        int datatype;
        boolean isTransient;
        boolean isNull;
        String engUnit;
        Long intValue;
        Long longValue;
        Double floatingValue;
        String otherValue;
    }

    /** Aliases per edge node and per device (the spec makes them unique across a node and its devices). */
    private final Map<String, Born> births = new ConcurrentHashMap<>();

    /** The topic read, or null when it is not a Sparkplug topic with metrics. */
    static Topic topic(String name) {
        Matcher matcher = TOPIC.matcher(name);
        if (!matcher.matches() || matcher.group(2).startsWith("N") != (matcher.group(4) == null)) {
            return null;
        }
        return new Topic(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4));
    }

    /**
     * The readings of one message. A BIRTH replaces the aliases of its node (an NBIRTH also forgets those of
     * the node's devices, which are born again after it) or device.
     */
    ReadingPayload read(Topic topic, byte[] body) {
        List<Metric> metrics = new ArrayList<>();
        Long payloadTimestamp = null;
        try {
            CodedInputStream in = CodedInputStream.newInstance(body);
            for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
                switch (WireFormat.getTagFieldNumber(tag)) {
                    case PAYLOAD_TIMESTAMP -> payloadTimestamp = in.readUInt64();
                    case PAYLOAD_METRICS -> metrics.add(metric(in.readBytes().newCodedInput()));
                    default -> in.skipField(tag);
                }
            }
        } catch (IOException e) {
            throw new BadRequestException("body", "not a Sparkplug B payload: " + e.getMessage());
        }
        if (topic.birth()) {
            learn(topic, metrics);
        }
        List<RawReading> rows = new ArrayList<>();
        for (Metric metric : metrics) {
            if (metric.name != null && controlMetric(metric.name)) {
                continue;
            }
            rows.add(reading(rows.size(), topic, metric, payloadTimestamp));
        }
        return new ReadingPayload(topic.group(), null, null, rows);
    }

    /** Sparkplug's own metrics (the birth/death sequence, rebirth and other commands, node properties) are not readings. */
    private static boolean controlMetric(String name) {
        return name.equals("bdSeq") || name.startsWith("Node Control/") || name.startsWith("Device Control/") || name.startsWith("Properties/");
    }

    private void learn(Topic topic, List<Metric> metrics) {
        if (topic.device() == null) {
            String prefix = topic.node() + "/";
            births.keySet().removeIf(owner -> owner.startsWith(prefix));
        }
        Born born = new Born(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        for (Metric metric : metrics) {
            if (metric.name != null) {
                Known known = new Known(metric.name, metric.datatype, metric.engUnit);
                born.byName().put(metric.name, known);
                if (metric.alias != null) {
                    born.byAlias().put(metric.alias, known);
                }
            }
        }
        births.put(topic.owner(), born);
    }

    /** The BIRTH's word on a metric of the device, else of its edge node (aliases are unique across both). */
    private Known born(Topic topic, Function<Born, Known> lookup) {
        Born own = births.get(topic.owner());
        Known known = own == null ? null : lookup.apply(own);
        if (known == null && topic.device() != null) {
            Born node = births.get(topic.node());
            known = node == null ? null : lookup.apply(node);
        }
        return known;
    }

    private RawReading reading(int row, Topic topic, Metric metric, Long payloadTimestamp) {
        String name = metric.name;
        int datatype = metric.datatype;
        Known known;
        if (name != null) {
            known = born(topic, born -> born.byName().get(metric.name));
        } else {
            if (metric.alias == null) {
                return rejected(row, null, null, "a metric with neither name nor alias");
            }
            known = born(topic, born -> born.byAlias().get(metric.alias));
            if (known == null) {
                return rejected(row, null, null, "unknown alias " + metric.alias + " of " + topic.owner()
                        + ": no BIRTH since the service started defined it (send a rebirth)");
            }
            name = known.name();
        }
        if (datatype == 0 && known != null) {
            datatype = known.datatype();
        }
        String unit = metric.engUnit != null ? metric.engUnit : known != null ? known.engUnit() : null;
        Long millis = metric.timestamp != null ? metric.timestamp : payloadTimestamp;
        String ts = millis == null ? null : timestamp(millis);
        if (ts == null) {
            return rejected(row, name, null, "the metric has no timestamp and neither has the payload");
        }
        if (metric.isTransient) {
            return rejected(row, name, ts, "a transient metric is not stored");
        }
        if (metric.isNull) {
            return rejected(row, name, ts, "no value (is_null)");
        }
        if (datatype == DATETIME) {
            return rejected(row, name, ts, "a DateTime metric is not a reading");
        }
        Double value = value(metric, datatype);
        if (value == null) {
            return rejected(row, name, ts, metric.otherValue != null ? "a " + metric.otherValue + " metric is not a number"
                    : "no value");
        }
        return new RawReading(row, name, ts, value, null, unit, null);
    }

    private static String timestamp(long millis) {
        return millis < 0 ? null : Instant.ofEpochMilli(millis).toString();
    }

    private static Double value(Metric metric, int datatype) {
        if (metric.floatingValue != null) {
            return metric.floatingValue;
        }
        if (metric.intValue != null) {
            long bits = metric.intValue;
            return (double) switch (datatype) {
                case INT8 -> (byte) bits;
                case INT16 -> (short) bits;
                case INT32 -> (int) bits;
                default -> bits & 0xFFFF_FFFFL;
            };
        }
        if (metric.longValue != null) {
            long bits = metric.longValue;
            return datatype == INT64 || datatype != UINT64 && bits >= 0 ? (double) bits : Double.parseDouble(Long.toUnsignedString(bits));
        }
        return null;
    }

    private static RawReading rejected(int row, String meter, String ts, String problem) {
        // without a meter the checks report the problem itself; with one they report it as the value's problem
        return new RawReading(row, meter, meter == null ? null : ts, null, problem, null, null);
    }

    private static Metric metric(CodedInputStream in) throws IOException {
        Metric metric = new Metric();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case METRIC_NAME -> metric.name = in.readString();
                case METRIC_ALIAS -> metric.alias = in.readUInt64();
                case METRIC_TIMESTAMP -> metric.timestamp = in.readUInt64();
                case METRIC_DATATYPE -> metric.datatype = in.readUInt32();
                case METRIC_IS_TRANSIENT -> metric.isTransient = in.readBool();
                case METRIC_IS_NULL -> metric.isNull = in.readBool();
                case METRIC_PROPERTIES -> metric.engUnit = engUnit(in.readBytes().newCodedInput());
                case METRIC_INT -> metric.intValue = in.readUInt32() & 0xFFFF_FFFFL;
                case METRIC_LONG -> metric.longValue = in.readUInt64();
                case METRIC_FLOAT -> metric.floatingValue = (double) in.readFloat();
                case METRIC_DOUBLE -> metric.floatingValue = in.readDouble();
                case METRIC_BOOLEAN -> {
                    in.readBool();
                    metric.otherValue = "boolean";
                }
                case METRIC_STRING -> {
                    in.readString();
                    metric.otherValue = "string";
                }
                default -> {
                    if (WireFormat.getTagFieldNumber(tag) > METRIC_STRING) {
                        metric.otherValue = "bytes, data set or template";
                    }
                    in.skipField(tag);
                }
            }
        }
        return metric;
    }

    /** The string value of the property "engUnit" in a PropertySet (parallel lists of keys and values), or null. */
    private static String engUnit(CodedInputStream in) throws IOException {
        List<String> keys = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            switch (WireFormat.getTagFieldNumber(tag)) {
                case PROPERTY_KEYS -> keys.add(in.readString());
                case PROPERTY_VALUES -> values.add(propertyString(in.readBytes().newCodedInput()));
                default -> in.skipField(tag);
            }
        }
        int index = keys.indexOf("engUnit");
        return index >= 0 && index < values.size() ? values.get(index) : null;
    }

    private static String propertyString(CodedInputStream in) throws IOException {
        String text = null;
        for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
            if (WireFormat.getTagFieldNumber(tag) == PROPERTY_VALUE_STRING) {
                text = in.readString();
            } else {
                in.skipField(tag);
            }
        }
        return text;
    }
}
