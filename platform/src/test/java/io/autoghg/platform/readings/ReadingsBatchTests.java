package io.autoghg.platform.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6, ingest speed: a batch whose readings are all new adds its sums to the rollups instead of
 * summing the raw rows again; these tests hold the rollups to the sums of the stored readings (computed
 * by the database from the raw table) through new batches, repeats and corrections inside a batch, BAD
 * readings and a local day and month that differ from the UTC ones (plant in Asia/Shanghai, UTC+8).
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingsBatchTests {
    static final String PLANT = "RDB";
    static final String ZONE = "Asia/Shanghai";

    final ApplicationContext context;
    Api api;
    JdbcClient jdbc;

    ReadingsBatchTests(@Autowired ApplicationContext context) {
        this.context = context;
    }

    @BeforeAll
    void plantWithMeters() {
        api = Api.of(context.getEnvironment());
        jdbc = context.getBean(JdbcClient.class);
        Api.Response plant = api.post("/api/v1/plants", Map.of("code", PLANT, "name", "Batch readings", "timezone", ZONE));
        assertThat(plant.status()).as(plant.body()).isIn(201, 409);
        for (String meter : List.of("E-DUP", "E-FIX", "E-SUM", "E-PAR")) {
            Api.Response created = api.post("/api/v1/plants/" + PLANT + "/meters", Map.of("code", meter, "measures", "electricity", "unit", "kWh"));
            assertThat(created.status()).as(created.body()).isIn(201, 409);
        }
    }

    static Map<String, Object> reading(String meter, String ts, double value, String quality) {
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put("meter", meter);
        reading.put("ts", ts);
        reading.put("value", value);
        reading.put("unit", "kWh");
        if (quality != null) {
            reading.put("quality", quality);
        }
        return reading;
    }

    JsonNode send(List<Map<String, Object>> readings) {
        Api.Response response = api.post("/api/v1/readings?plant=" + PLANT, Map.of("readings", readings));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("rejected")).as(response.body()).isEmpty();
        return response.json();
    }

    long meterId(String code) {
        return jdbc.sql("select m.id from meter m join plant p on p.id = m.plant_id where p.code = ? and m.code = ?")
                .params(PLANT, code).query(Long.class).single();
    }

    @Test
    void aReadingSentTwiceInOneBatchIsStoredOnceAndCountedAsADuplicate() {
        JsonNode answer = send(List.of(reading("E-DUP", "2025-10-01T08:00:00+08:00", 5, null),
                reading("E-DUP", "2025-10-01T08:00:00+08:00", 5, null), reading("E-DUP", "2025-10-01T08:05:00+08:00", 2, null)));
        assertThat(answer.path("accepted").asInt()).isEqualTo(3);
        assertThat(answer.path("duplicates").asInt()).isEqualTo(1);
        assertThat(answer.path("corrections").asInt()).isZero();
        long meter = meterId("E-DUP");
        assertThat(jdbc.sql("select count(*) from reading where meter_id = ?").param(meter).query(Long.class).single()).isEqualTo(2);
        Map<String, Object> bucket = jdbc.sql("select consumption, readings from reading_rollup_15m where meter_id = ?").param(meter)
                .query().singleRow();
        assertThat(bucket.get("consumption")).as("5 + 2, the repeat not counted").isEqualTo(7.0);
        assertThat(bucket.get("readings")).isEqualTo(2);
        assertRollupsAreTheSumsOfTheStoredReadings(meter);
    }

    @Test
    void aReadingCorrectedInsideOneBatchKeepsTheLastValueAndTheReplacedOne() {
        JsonNode answer = send(List.of(reading("E-FIX", "2025-10-02T08:00:00+08:00", 5, null),
                reading("E-FIX", "2025-10-02T08:10:00+08:00", 1, null), reading("E-FIX", "2025-10-02T08:00:00+08:00", 6, null)));
        assertThat(answer.path("accepted").asInt()).isEqualTo(3);
        assertThat(answer.path("corrections").asInt()).isEqualTo(1);
        assertThat(answer.path("duplicates").asInt()).isZero();
        long meter = meterId("E-FIX");
        assertThat(jdbc.sql("select value from reading where meter_id = ? and ts = '2025-10-02T00:00:00Z'").param(meter).query(Double.class)
                .single()).isEqualTo(6.0);
        assertThat(jdbc.sql("select value from reading_correction where meter_id = ?").param(meter).query(Double.class).list())
                .as("the replaced value is kept").containsExactly(5.0);
        assertThat(jdbc.sql("select consumption from reading_rollup_day where meter_id = ?").param(meter).query(Double.class).single())
                .as("6 + 1").isEqualTo(7.0);
        assertRollupsAreTheSumsOfTheStoredReadings(meter);
    }

    @Test
    void rollupsOfNewBatchesAddUpToTheSumsOfTheStoredReadings() {
        long meter = meterId("E-SUM");
        // minute readings across a bucket boundary, local midnight (16:00 UTC) and, later, the local month's end
        send(minutes("2025-10-05T15:50:00Z", 31, 0.1, 7));
        send(minutes("2025-10-05T16:21:00Z", 20, 0.3, 5)); // continues the 16:15 bucket of the first batch
        assertRollupsAreTheSumsOfTheStoredReadings(meter);

        List<Map<String, Object>> withBad = minutes("2025-10-05T16:41:00Z", 10, 0.7, 3);
        withBad.set(4, reading("E-SUM", "2025-10-05T16:45:00Z", 1000, "BAD"));
        send(withBad);
        Map<String, Object> bucket = jdbc.sql("select consumption, readings from reading_rollup_15m where meter_id = ? and bucket = '2025-10-05T16:45:00Z'")
                .param(meter).query().singleRow();
        assertThat(bucket.get("readings")).as("16:45–16:50: six readings, one of them BAD").isEqualTo(6);
        assertThat((Double) bucket.get("consumption")).as("the BAD one counted in readings, not in consumption").isLessThan(1000);
        assertRollupsAreTheSumsOfTheStoredReadings(meter);

        send(List.of(reading("E-SUM", "2025-10-05T15:55:00Z", 42, null))); // a correction: the rollups are recomputed
        send(minutes("2025-10-05T16:51:00Z", 5, 0.9, 2)); // new again: added to the recomputed sums
        send(minutes("2025-10-31T15:58:00Z", 4, 2.5, 1)); // 23:58 on 31 October local to 00:01 on 1 November local
        assertRollupsAreTheSumsOfTheStoredReadings(meter);
        List<Double> months = jdbc.sql("select consumption from reading_rollup_month where meter_id = ? order by month").param(meter)
                .query(Double.class).list();
        assertThat(months).as("October and November, local").hasSize(2);
        assertThat(months.get(1)).as("00:00 and 00:01 on 1 November local: 2.5 + 2.5").isCloseTo(5.0, within(1e-9));
    }

    /**
     * Batches of new readings are written side by side (under the plant's shared lock): four senders at
     * once, two of them sending the very same readings and the other two interleaved minutes of the same
     * buckets. Every key is stored once, each repeat is counted as a duplicate, and the rollups still equal
     * the sums of the stored readings.
     */
    @Test
    void batchesSentSideBySideAddUpAndARepeatFromAnotherSenderIsStoredOnce() throws Exception {
        long meter = meterId("E-PAR");
        int batches = 8;
        int perBatch = 30;
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<int[]>> sent = new ArrayList<>();
            for (int sender = 0; sender < 4; sender++) {
                int offset = sender < 2 ? 0 : sender - 1; // senders 0 and 1: minutes 0, 2, 4 …; sender 2: 1, 3 …; sender 3: 2, 4 … again
                int stride = 2;
                sent.add(senders.submit(() -> {
                    int[] counts = new int[2];
                    for (int b = 0; b < batches; b++) {
                        List<Map<String, Object>> readings = new ArrayList<>();
                        for (int i = 0; i < perBatch; i++) {
                            int minute = (b * perBatch + i) * stride + offset;
                            readings.add(reading("E-PAR", Instant.parse("2025-10-10T00:00:00Z").plusSeconds(60L * minute).toString(),
                                    0.25 * (1 + minute % 5), null));
                        }
                        JsonNode answer = send(readings);
                        counts[0] += answer.path("accepted").asInt();
                        counts[1] += answer.path("duplicates").asInt();
                    }
                    return counts;
                }));
            }
            int accepted = 0;
            int duplicates = 0;
            for (java.util.concurrent.Future<int[]> counts : sent) {
                accepted += counts.get(60, java.util.concurrent.TimeUnit.SECONDS)[0];
                duplicates += counts.get()[1];
            }
            int keysPerSender = batches * perBatch;
            assertThat(accepted).isEqualTo(4 * keysPerSender);
            // distinct minutes: the even ones 0 … 2(n-1) from senders 0 and 1, the odd ones from sender 2, sender 3's even ones 2 … 2n
            long distinct = 2L * keysPerSender + 1;
            assertThat(jdbc.sql("select count(*) from reading where meter_id = ?").param(meter).query(Long.class).single()).isEqualTo(distinct);
            assertThat(duplicates).as("every reading sent a second time is a duplicate").isEqualTo((int) (4L * keysPerSender - distinct));
        } finally {
            senders.shutdownNow();
        }
        assertRollupsAreTheSumsOfTheStoredReadings(meter);
    }

    /** {@code count} one-minute readings from {@code from} with values {@code step}, 2 × step, … up to {@code period} × step, repeating. */
    static List<Map<String, Object>> minutes(String from, int count, double step, int period) {
        List<Map<String, Object>> readings = new ArrayList<>();
        Instant start = Instant.parse(from);
        for (int i = 0; i < count; i++) {
            readings.add(reading("E-SUM", start.plusSeconds(60L * i).toString(), step * (1 + i % period), null));
        }
        return readings;
    }

    /**
     * Each rollup level equals the database's own sums over the raw readings: 15-minute buckets, the
     * plant's local days and months (BAD readings counted, their values not). Doubles added in another
     * order may differ in the last bits, hence the 1e-9.
     */
    void assertRollupsAreTheSumsOfTheStoredReadings(long meter) {
        assertSame(meter, """
                select date_bin('15 minutes', ts, timestamptz '2000-01-01 00:00:00+00')::text as k,
                       coalesce(sum(value) filter (where quality <> 'BAD'), 0) as c, count(*) as n
                from reading where meter_id = :meter group by 1 order by 1""",
                "select bucket::text as k, consumption as c, readings as n from reading_rollup_15m where meter_id = :meter order by 1");
        assertSame(meter, """
                select (ts at time zone :zone)::date::text as k, coalesce(sum(value) filter (where quality <> 'BAD'), 0) as c, count(*) as n
                from reading where meter_id = :meter group by 1 order by 1""",
                "select day::text as k, consumption as c, readings as n from reading_rollup_day where meter_id = :meter order by 1");
        assertSame(meter, """
                select date_trunc('month', (ts at time zone :zone)::date)::date::text as k,
                       coalesce(sum(value) filter (where quality <> 'BAD'), 0) as c, count(*) as n
                from reading where meter_id = :meter group by 1 order by 1""",
                "select month::text as k, consumption as c, readings as n from reading_rollup_month where meter_id = :meter order by 1");
    }

    private void assertSame(long meter, String fromRaw, String rollup) {
        List<Map<String, Object>> expected = jdbc.sql(fromRaw).param("meter", meter).param("zone", ZONE).query().listOfRows();
        List<Map<String, Object>> actual = jdbc.sql(rollup).param("meter", meter).query().listOfRows();
        assertThat(actual).extracting(row -> row.get("k")).containsExactlyElementsOf(expected.stream().map(row -> row.get("k")).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(((Number) actual.get(i).get("c")).doubleValue()).as("consumption of " + expected.get(i).get("k"))
                    .isCloseTo(((Number) expected.get(i).get("c")).doubleValue(), within(1e-9));
            assertThat(((Number) actual.get(i).get("n")).longValue()).as("readings in " + expected.get(i).get("k"))
                    .isEqualTo(((Number) expected.get(i).get("n")).longValue());
        }
    }
}
