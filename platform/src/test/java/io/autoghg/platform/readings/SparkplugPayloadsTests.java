package io.autoghg.platform.readings;

import static io.autoghg.platform.readings.SparkplugEncoding.BOOLEAN;
import static io.autoghg.platform.readings.SparkplugEncoding.DOUBLE;
import static io.autoghg.platform.readings.SparkplugEncoding.FLOAT;
import static io.autoghg.platform.readings.SparkplugEncoding.INT32;
import static io.autoghg.platform.readings.SparkplugEncoding.INT64;
import static io.autoghg.platform.readings.SparkplugEncoding.STRING;
import static io.autoghg.platform.readings.SparkplugEncoding.UINT32;
import static io.autoghg.platform.readings.SparkplugEncoding.payload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoghg.platform.support.BadRequestException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Sparkplug B decoder on payloads built by hand (field numbers of sparkplug_b.proto, see SparkplugEncoding). */
class SparkplugPayloadsTests {
    static final long T0 = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
    static final long T1 = Instant.parse("2025-06-01T00:15:00Z").toEpochMilli();

    final SparkplugPayloads sparkplug = new SparkplugPayloads();

    private ReadingPayload read(String topic, byte[] body) {
        SparkplugPayloads.Topic parsed = SparkplugPayloads.topic(topic);
        assertThat(parsed).as(topic).isNotNull();
        return sparkplug.read(parsed, body);
    }

    @Test
    void topicsNameGroupTypeNodeAndDevice() {
        SparkplugPayloads.Topic device = SparkplugPayloads.topic("spBv1.0/P1/DDATA/node-1/meter-box");
        assertThat(device).isEqualTo(new SparkplugPayloads.Topic("P1", "DDATA", "node-1", "meter-box"));
        assertThat(device.origin()).isEqualTo("sparkplug:node-1");
        assertThat(SparkplugPayloads.topic("spBv1.0/P1/NDATA/node-1")).isEqualTo(new SparkplugPayloads.Topic("P1", "NDATA", "node-1", null));
        assertThat(SparkplugPayloads.topic("spBv1.0/P1/DDATA/node-1")).as("device message without device").isNull();
        assertThat(SparkplugPayloads.topic("spBv1.0/P1/NDATA/node-1/dev")).as("node message with device").isNull();
        assertThat(SparkplugPayloads.topic("spBv1.0/P1/NCMD/node-1")).as("commands carry no readings").isNull();
        assertThat(SparkplugPayloads.topic("spBv1.0/STATE/host")).isNull();
    }

    @Test
    void aBirthsValuesAreReadingsAndItsAliasesNameTheDataMetrics() {
        ReadingPayload birth = read("spBv1.0/P1/DBIRTH/node-1/box", payload(T0).seq(1)
                .metric("E-1", 1L, T0, DOUBLE, 1000.5, "kWh")
                .metric("E-2", 2L, null, FLOAT, 2.5f, "MWh")
                .metric("Running", 3L, T0, BOOLEAN, true, null)
                .build());
        assertThat(birth.plant()).isEqualTo("P1");
        assertThat(birth.gateway()).as("no gateway: the origin is the channel").isNull();
        assertThat(birth.readings()).containsExactly(
                new RawReading(0, "E-1", "2025-06-01T00:00:00Z", 1000.5, null, "kWh", null),
                new RawReading(1, "E-2", "2025-06-01T00:00:00Z", 2.5, null, "MWh", null), // the payload's timestamp
                new RawReading(2, "Running", "2025-06-01T00:00:00Z", null, "a boolean metric is not a number", null, null));

        ReadingPayload data = read("spBv1.0/P1/DDATA/node-1/box", payload(T1).seq(2)
                .metric(null, 1L, T1, DOUBLE, 1010.0, null)
                .metric(null, 2L, null, 0, 3.0f, null)
                .metric(null, 9L, T1, DOUBLE, 1.0, null)
                .build());
        assertThat(data.readings()).hasSize(3);
        assertThat(data.readings().get(0)).isEqualTo(new RawReading(0, "E-1", "2025-06-01T00:15:00Z", 1010.0, null, "kWh", null));
        assertThat(data.readings().get(1).meter()).isEqualTo("E-2");
        assertThat(data.readings().get(1).value()).isEqualTo(3.0);
        assertThat(data.readings().get(1).unit()).as("the engUnit of the BIRTH").isEqualTo("MWh");
        assertThat(data.readings().get(2).meter()).isNull();
        assertThat(data.readings().get(2).valueProblem()).isEqualTo(
                "unknown alias 9 of P1/node-1/box: no BIRTH since the service started defined it (send a rebirth)");

        assertThat(read("spBv1.0/P1/DDATA/node-1/other-box", payload(T1).metric(null, 1L, T1, DOUBLE, 5.0, null).build())
                .readings().get(0).valueProblem()).as("another device's aliases are its own").startsWith("unknown alias 1 of P1/node-1/other-box");
    }

    @Test
    void aNodeBirthForgetsTheAliasesOfItsDevices() {
        read("spBv1.0/P1/DBIRTH/node-1/box", payload(T0).metric("E-1", 1L, T0, DOUBLE, 1.0, null).build());
        read("spBv1.0/P1/NBIRTH/node-1", payload(T0).metric("bdSeq", null, T0, INT64, 0L, null).build());
        assertThat(read("spBv1.0/P1/DDATA/node-1/box", payload(T1).metric(null, 1L, T1, DOUBLE, 2.0, null).build())
                .readings().get(0).valueProblem()).startsWith("unknown alias 1");
    }

    @Test
    void signedAndUnsignedIntegersAndRejectedKinds() {
        ReadingPayload payload = read("spBv1.0/P1/NDATA/node-1", payload(T0)
                .metric("bdSeq", null, T0, INT64, 3L, null) // Sparkplug's own: skipped
                .metric("Node Control/Rebirth", null, T0, BOOLEAN, false, null)
                .metric("I", null, T0, INT32, -5, null)
                .metric("U", null, T0, UINT32, (int) 4_000_000_000L, null)
                .metric("L", null, T0, INT64, 7L, null)
                .metric("S", null, T0, STRING, "on", null)
                .metric("T", null, T0, DOUBLE, 1.0, null, true, false)
                .metric("N", null, T0, DOUBLE, null, null, false, true)
                .build());
        List<RawReading> rows = payload.readings();
        assertThat(rows).extracting(RawReading::meter).containsExactly("I", "U", "L", "S", "T", "N");
        assertThat(rows.get(0).value()).isEqualTo(-5.0); // the checks reject negatives, but the decoder reads the sign right
        assertThat(rows.get(1).value()).isEqualTo(4.0e9);
        assertThat(rows.get(2).value()).isEqualTo(7.0);
        assertThat(rows.get(3).valueProblem()).isEqualTo("a string metric is not a number");
        assertThat(rows.get(4).valueProblem()).isEqualTo("a transient metric is not stored");
        assertThat(rows.get(5).valueProblem()).isEqualTo("no value (is_null)");
    }

    @Test
    void noTimestampAnywhereIsRejectedAndGarbageIsRefused() {
        RawReading row = read("spBv1.0/P1/NDATA/node-1", payload(null).metric("E-1", null, null, DOUBLE, 1.0, null).build()).readings().get(0);
        assertThat(row.ts()).isNull();
        assertThat(row.value()).isNull();
        assertThat(row.valueProblem()).isEqualTo("the metric has no timestamp and neither has the payload");
        assertThatThrownBy(() -> read("spBv1.0/P1/NDATA/node-1", "{\"readings\":[]}".getBytes()))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("not a Sparkplug B payload");
    }
}
