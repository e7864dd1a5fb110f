package io.autoghg.platform.readings;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds Sparkplug B payloads for the tests with protobuf's CodedOutputStream, by the field numbers of
 * Eclipse Tahu's sparkplug_b.proto (Payload: timestamp 1, metrics 2, seq 3; Metric: name 1, alias 2,
 * timestamp 3, datatype 4, is_transient 6, is_null 7, properties 9, int_value 10, long_value 11,
 * float_value 12, double_value 13, boolean_value 14, string_value 15; PropertySet: keys 1, values 2;
 * PropertyValue: type 1, string_value 8) — written independently of the decoder under test.
 */
final class SparkplugEncoding {
    static final int INT32 = 3;
    static final int UINT32 = 7;
    static final int INT64 = 4;
    static final int FLOAT = 9;
    static final int DOUBLE = 10;
    static final int BOOLEAN = 11;
    static final int STRING = 12;

    private Long timestamp;
    private long seq;
    private final List<byte[]> metrics = new ArrayList<>();

    static SparkplugEncoding payload(Long timestamp) {
        SparkplugEncoding payload = new SparkplugEncoding();
        payload.timestamp = timestamp;
        return payload;
    }

    SparkplugEncoding seq(long seq) {
        this.seq = seq;
        return this;
    }

    /** A metric; value is a Double, Float, Integer (int_value), Long (long_value), Boolean, String or null (no value). */
    SparkplugEncoding metric(String name, Long alias, Long timestamp, int datatype, Object value, String engUnit) {
        return metric(name, alias, timestamp, datatype, value, engUnit, false, false);
    }

    SparkplugEncoding metric(String name, Long alias, Long timestamp, int datatype, Object value, String engUnit,
                             boolean isTransient, boolean isNull) {
        metrics.add(bytes(out -> {
            if (name != null) {
                out.writeString(1, name);
            }
            if (alias != null) {
                out.writeUInt64(2, alias);
            }
            if (timestamp != null) {
                out.writeUInt64(3, timestamp);
            }
            out.writeUInt32(4, datatype);
            if (isTransient) {
                out.writeBool(6, true);
            }
            if (isNull) {
                out.writeBool(7, true);
            }
            if (engUnit != null) {
                out.writeBytes(9, ByteString.copyFrom(propertySet("engUnit", engUnit)));
            }
            if (value instanceof Integer i) {
                out.writeUInt32(10, i);
            } else if (value instanceof Long l) {
                out.writeUInt64(11, l);
            } else if (value instanceof Float f) {
                out.writeFloat(12, f);
            } else if (value instanceof Double d) {
                out.writeDouble(13, d);
            } else if (value instanceof Boolean b) {
                out.writeBool(14, b);
            } else if (value instanceof String text) {
                out.writeString(15, text);
            } else if (value != null) {
                throw new IllegalArgumentException(value.getClass().toString());
            }
        }));
        return this;
    }

    private static byte[] propertySet(String key, String text) {
        byte[] value = bytes(out -> {
            out.writeUInt32(1, STRING);
            out.writeString(8, text);
        });
        return bytes(out -> {
            out.writeString(1, "description"); // another property first: the decoder must pair keys and values
            out.writeString(1, key);
            out.writeBytes(2, ByteString.copyFrom(bytes(v -> {
                v.writeUInt32(1, STRING);
                v.writeString(8, "a meter");
            })));
            out.writeBytes(2, ByteString.copyFrom(value));
        });
    }

    byte[] build() {
        return bytes(out -> {
            if (timestamp != null) {
                out.writeUInt64(1, timestamp);
            }
            for (byte[] metric : metrics) {
                out.writeBytes(2, ByteString.copyFrom(metric));
            }
            out.writeUInt64(3, seq);
        });
    }

    private interface Writer {
        void write(CodedOutputStream out) throws IOException;
    }

    private static byte[] bytes(Writer writer) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            CodedOutputStream out = CodedOutputStream.newInstance(buffer);
            writer.write(out);
            out.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
