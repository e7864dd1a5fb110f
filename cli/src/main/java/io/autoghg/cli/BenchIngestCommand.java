package io.autoghg.cli;

import io.autoghg.platform.PlatformApplication;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * `autoghg bench ingest`: starts the service in this JVM (embedded PostgreSQL and MQTT broker in a
 * temporary folder, free ports) and measures, on the same database in the same run: readings/s into
 * the store over HTTP batches and over MQTT messages (checked, stored idempotently, rolled up, committed),
 * after a warm-up; a raw PgJDBC COPY of the same rows into a table shaped like the readings table (same
 * columns, month partitions and primary key; text and binary) and into a plain one; and the p99 latency
 * from an MQTT publish to the reading's 15-minute rollup. Prints one JSON object with --json. Figures go to
 * docs/benchmarks.md, never into tests.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Benchmark meter-reading ingest (HTTP, MQTT) against a raw COPY, and publish-to-rollup latency.")
final class BenchIngestCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLANT = "BENCH";
    private static final long START = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
    private static final long WARMUP_START = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();

    @Option(names = "--rows", defaultValue = "200000", description = "readings per path (default: ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--meters", defaultValue = "20", description = "meters per path (default: ${DEFAULT-VALUE})")
    int meters;

    @Option(names = "--http-batch", defaultValue = "10000", description = "readings per HTTP request (default: ${DEFAULT-VALUE})")
    int httpBatch;

    @Option(names = "--http-clients", defaultValue = "2", description = "gateways sending over HTTP at once, each its own share of the meters, one request at a time "
            + "(default: ${DEFAULT-VALUE})")
    int httpClients;

    @Option(names = "--mqtt-batch", defaultValue = "10000", description = "readings per MQTT message (default: ${DEFAULT-VALUE})")
    int mqttBatch;

    @Option(names = "--warmup", defaultValue = "100000", description = "readings per path sent before measuring, so that the "
            + "figures are the service's sustained rate and not its warm-up (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--probes", defaultValue = "200", description = "single-reading messages for the latency (default: ${DEFAULT-VALUE})")
    int probes;

    @Option(names = "--json", description = "print only the result as one JSON object")
    boolean json;

    private final HttpClient http = HttpClient.newHttpClient();
    private String base;
    private String adminToken;

    @Override
    public Integer call() throws Exception {
        java.io.PrintStream out = System.out;
        if (json) {
            System.setOut(System.err); // the service's log lines and notices go to standard error; standard output gets the JSON only
        }
        try {
            return run(out);
        } finally {
            System.setOut(out);
        }
    }

    private Integer run(java.io.PrintStream out) throws Exception {
        Path data = Files.createTempDirectory("autoghg-bench-ingest");
        adminToken = "bench-" + HexFormat.of().formatHex(java.security.SecureRandom.getSeed(8));
        say("starting the service (embedded PostgreSQL and MQTT broker) in " + data);
        ConfigurableApplicationContext service = PlatformApplication.start("--server.port=0", "--autoghg.data=" + data,
                "--autoghg.bootstrap-token=" + adminToken, "--autoghg.demo=false", "--autoghg.mqtt.enabled=true",
                "--autoghg.mqtt.port=0", "--autoghg.mqtt.host=127.0.0.1", "--autoghg.rate-limit.ingest-per-minute=1000000",
                "--logging.level.root=warn", "--spring.main.banner-mode=off");
        try {
            base = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
            int mqttPort = mqttPort(service);
            DataSource database = service.getBean(DataSource.class);
            post("/api/v1/plants", "{\"code\":\"" + PLANT + "\",\"name\":\"Ingest benchmark\",\"timezone\":\"Asia/Shanghai\"}", adminToken);
            for (String prefix : List.of("H", "Q", "P")) {
                for (int m = 0; m < (prefix.equals("P") ? 1 : meters); m++) {
                    post("/api/v1/plants/" + PLANT + "/meters", "{\"code\":\"" + prefix + m + "\",\"measures\":\"electricity\",\"unit\":\"kWh\"}",
                            adminToken);
                }
            }
            String gateway = JSON.readTree(post("/api/v1/tokens", "{\"name\":\"bench-gateway\",\"role\":\"GATEWAY\",\"plantCode\":\"" + PLANT
                    + "\"}", adminToken)).path("token").asString();
            say(String.format("%,d readings per path over %d meters (1-minute readings from 2025-01-01), HTTP %,d a request, MQTT %,d a message",
                    rows, meters, httpBatch, mqttBatch));

            if (warmup > 0) {
                say(String.format("warm-up: %,d readings per path (2024, not measured)", warmup));
                http(gateway, WARMUP_START, warmup);
                mqtt(gateway, mqttPort, database, WARMUP_START, warmup, 0);
            }
            // the comparators are measured three times — before, between and after the two paths — and the medians
            // reported, so that a passing burst of other work on the machine moves neither side alone
            List<Long> meterIds = meterIds(database, "H");
            List<double[]> copies = new ArrayList<>();
            copies.add(copies(database, meterIds));
            double httpRate = http(gateway, START, rows);
            say(String.format("HTTP: %,.0f readings/s", httpRate));
            copies.add(copies(database, meterIds));
            double mqttRate = mqtt(gateway, mqttPort, database, START, rows, warmup);
            say(String.format("MQTT: %,.0f readings/s", mqttRate));
            copies.add(copies(database, meterIds));
            double copyRate = median(copies, 0);
            double copyBinaryRate = median(copies, 1);
            double copyUnkeyedRate = median(copies, 2);
            say(String.format("COPY (medians of 3): %,.0f rows/s (text, into a table shaped like the readings': same columns, month "
                    + "partitions, primary key (meter_id, ts)); %,.0f rows/s (binary, same table); %,.0f rows/s (text, into a plain table: "
                    + "no key, no partitions)", copyRate, copyBinaryRate, copyUnkeyedRate));
            double p99 = latency(gateway, mqttPort, database);
            say(String.format("publish → 15-minute rollup: p99 %.1f ms over %d messages", p99, probes));

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("rows", rows);
            result.put("meters", meters);
            result.put("httpBatch", httpBatch);
            result.put("httpClients", httpClients);
            result.put("mqttBatch", mqttBatch);
            result.put("warmup", warmup);
            result.put("httpRowsPerSec", Math.round(httpRate));
            result.put("mqttRowsPerSec", Math.round(mqttRate));
            result.put("copyRowsPerSec", Math.round(copyRate));
            result.put("copyBinaryRowsPerSec", Math.round(copyBinaryRate));
            result.put("copyUnkeyedRowsPerSec", Math.round(copyUnkeyedRate));
            result.put("copyRowsPerSecRuns", copies.stream().map(c -> Math.round(c[0])).toList());
            result.put("httpShareOfCopy", share(httpRate, copyRate));
            result.put("mqttShareOfCopy", share(mqttRate, copyRate));
            result.put("httpShareOfCopyBinary", share(httpRate, copyBinaryRate));
            result.put("httpShareOfCopyUnkeyed", share(httpRate, copyUnkeyedRate));
            result.put("p99PublishToRollupMs", Math.round(p99 * 10) / 10.0);
            result.put("durableCommits", setting(database, "fsync").equals("on") && setting(database, "synchronous_commit").equals("on"));
            result.put("cores", Runtime.getRuntime().availableProcessors());
            result.put("java", System.getProperty("java.version"));
            out.println(JSON.writeValueAsString(result));
            out.flush();
            return 0;
        } finally {
            service.close();
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** A server setting as the database reports it (the answers are durable only with fsync and synchronous_commit on). */
    private static String setting(DataSource database, String name) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select current_setting('" + name + "')")) {
            result.next();
            return result.getString(1);
        }
    }

    private static double share(double rate, double copyRate) {
        return Math.round(rate / copyRate * 1000) / 1000.0;
    }

    private void say(String line) {
        if (!json) {
            System.out.println(line);
        }
    }

    private static int mqttPort(ConfigurableApplicationContext service) throws Exception {
        Object broker = service.getBean("mqttBroker");
        java.lang.reflect.Method port = broker.getClass().getDeclaredMethod("port");
        port.setAccessible(true);
        return (Integer) port.invoke(broker);
    }

    /**
     * The i-th reading of a sender whose meters are {@code prefix + m} for m in {@code meterIndexes}: the meters in
     * turn, one minute apart per meter from {@code start}.
     */
    private static String reading(String prefix, int[] meterIndexes, long start, int i) {
        long ts = start + 60L * (i / meterIndexes.length);
        return "{\"meter\":\"" + prefix + meterIndexes[i % meterIndexes.length] + "\",\"ts\":\"" + Instant.ofEpochSecond(ts)
                + "\",\"value\":" + value(i) + ",\"unit\":\"kWh\"}";
    }

    private static double value(int i) {
        return 1 + (i % 97) / 10.0;
    }

    private static List<String> batches(String prefix, int[] meterIndexes, long start, int count, int size) {
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < count; from += size) {
            StringBuilder body = new StringBuilder("{\"readings\":[");
            for (int i = from; i < Math.min(count, from + size); i++) {
                body.append(i == from ? "" : ",").append(reading(prefix, meterIndexes, start, i));
            }
            bodies.add(body.append("]}").toString());
        }
        return bodies;
    }

    /** Meter indexes k, k + n, k + 2n … below {@code meters}: the meters of sender k of n. */
    private int[] metersOf(int sender, int senders) {
        return java.util.stream.IntStream.range(0, meters).filter(m -> m % senders == sender).toArray();
    }

    /**
     * {@code count} readings over HTTP from {@code --http-clients} gateways at once, each with its own share of
     * the meters and sending its batches in order, one request at a time (as a gateway empties its buffer).
     */
    private double http(String gateway, long start, int count) throws Exception {
        int senders = Math.max(1, Math.min(httpClients, meters));
        List<List<String>> bodies = new ArrayList<>();
        for (int k = 0; k < senders; k++) {
            int[] own = metersOf(k, senders);
            bodies.add(batches("H", own, start, (int) ((long) count * own.length / meters), httpBatch));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(senders);
        try {
            long started = System.nanoTime();
            List<java.util.concurrent.Future<Integer>> sent = new ArrayList<>();
            for (List<String> own : bodies) {
                sent.add(pool.submit(() -> {
                    int accepted = 0;
                    for (String body : own) {
                        JsonNode json = JSON.readTree(post("/api/v1/readings?plant=" + PLANT, body, gateway));
                        if (json.path("rejected").size() > 0) {
                            throw new CliException("bench: readings rejected: " + json.path("rejected").get(0), 1);
                        }
                        accepted += json.path("accepted").asInt();
                    }
                    return accepted;
                }));
            }
            int accepted = 0;
            for (java.util.concurrent.Future<Integer> answer : sent) {
                accepted += answer.get();
            }
            return accepted / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Publishes {@code count} readings and waits until they are committed ({@code before} readings of the Q meters were stored earlier). */
    private double mqtt(String gateway, int port, DataSource database, long start, int count, long before) throws Exception {
        List<String> bodies = batches("Q", metersOf(0, 1), start, count, mqttBatch);
        MqttAsyncClient client = new MqttAsyncClient("tcp://127.0.0.1:" + port, "bench-mqtt", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName("bench");
        options.setPassword(gateway.toCharArray());
        options.setMaxInflight(1000);
        client.connect(options).waitForCompletion(10_000);
        try {
            long started = System.nanoTime();
            List<IMqttDeliveryToken> sent = new ArrayList<>();
            for (String body : bodies) {
                MqttMessage message = new MqttMessage(body.getBytes(StandardCharsets.UTF_8));
                message.setQos(1);
                sent.add(client.publish("autoghg/v1/" + PLANT + "/readings", message));
            }
            for (IMqttDeliveryToken token : sent) {
                token.waitForCompletion(60_000);
            }
            // the ingest status counts a meter's stored readings in the same transaction as the readings (cheaper to poll than count(*))
            waitFor(database, "select coalesce(sum(s.readings), 0) from meter_ingest_status s join meter m on m.id = s.meter_id "
                    + "where m.code like 'Q%'", before + count, 600);
            return count / ((System.nanoTime() - started) / 1e9);
        } finally {
            client.disconnect().waitForCompletion(10_000);
            client.close();
        }
    }

    /** The comparator tables: one shaped like the readings table, and a plain one without key or partitions. */
    enum CopyTable {
        LIKE_READINGS("""
                create table bench_copy (
                    meter_id bigint not null, ts timestamptz not null, value double precision not null,
                    quality text not null default 'GOOD' check (quality in ('GOOD', 'UNCERTAIN', 'BAD')),
                    origin text not null, received_at timestamptz not null default now(),
                    primary key (meter_id, ts)) partition by range (ts);
                create table bench_copy_default partition of bench_copy default"""),
        PLAIN("""
                create table bench_copy (
                    meter_id bigint not null, ts timestamptz not null, value double precision not null,
                    quality text not null default 'GOOD', origin text not null, received_at timestamptz not null default now())""");

        final String ddl;

        CopyTable(String ddl) {
            this.ddl = ddl;
        }
    }

    /** One measurement of each comparator: keyed text, keyed binary, plain text. */
    private double[] copies(DataSource database, List<Long> meterIds) throws SQLException, IOException {
        return new double[] {copy(database, meterIds, CopyTable.LIKE_READINGS, false), copy(database, meterIds, CopyTable.LIKE_READINGS, true),
                copy(database, meterIds, CopyTable.PLAIN, false)};
    }

    private static double median(List<double[]> runs, int which) {
        double[] values = runs.stream().mapToDouble(run -> run[which]).sorted().toArray();
        return values[values.length / 2];
    }

    private static List<Long> meterIds(DataSource database, String prefix) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("select id from meter where code ~ ? order by "
                     + "cast(substr(code, 2) as int)")) {
            query.setString(1, "^" + prefix + "[0-9]+$");
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * A raw COPY of the rows the HTTP path stored — same meter ids, instants, values, quality and origin —
     * in one COPY and one commit, as text (what {@code psql \copy} sends) or in the binary format.
     */
    private double copy(DataSource database, List<Long> meterIds, CopyTable table, boolean binary) throws SQLException, IOException {
        byte[] body = binary ? binaryRows(meterIds) : textRows(meterIds);
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table if exists bench_copy");
                statement.execute(table.ddl);
                if (table == CopyTable.LIKE_READINGS) {
                    for (String partition : monthPartitions()) {
                        statement.execute(partition);
                    }
                }
            }
            long started = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy (meter_id, ts, value, quality, origin) "
                    + "from stdin" + (binary ? " with (format binary)" : ""), new java.io.ByteArrayInputStream(body));
            double seconds = (System.nanoTime() - started) / 1e9;
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table bench_copy");
            }
            if (copied != rows) {
                throw new CliException("bench: COPY stored " + copied + " rows, not " + rows, 1);
            }
            return copied / seconds;
        }
    }

    /** One partition per UTC month the rows span, as the service creates them for its readings. */
    private List<String> monthPartitions() {
        List<String> ddl = new ArrayList<>();
        java.time.YearMonth last = java.time.YearMonth.from(Instant.ofEpochSecond(START + 60L * (rows / meters)).atZone(java.time.ZoneOffset.UTC));
        for (java.time.YearMonth month = java.time.YearMonth.from(Instant.ofEpochSecond(START).atZone(java.time.ZoneOffset.UTC));
             !month.isAfter(last); month = month.plusMonths(1)) {
            ddl.add("create table bench_copy_" + month.getYear() + "_" + month.getMonthValue() + " partition of bench_copy for values from ('"
                    + month.atDay(1) + " 00:00:00+00') to ('" + month.plusMonths(1).atDay(1) + " 00:00:00+00')");
        }
        return ddl;
    }

    /**
     * The value the HTTP path sent for the comparator's row i (meter i mod meters, minute i / meters): that meter's
     * sender has it as its reading number (minute × its meter count + its place among its meters).
     */
    private double copyValue(int i) {
        int senders = Math.max(1, Math.min(httpClients, meters));
        int meter = i % meters;
        int[] own = metersOf(meter % senders, senders);
        return value((i / meters) * own.length + meter / senders);
    }

    private byte[] textRows(List<Long> meterIds) {
        StringBuilder text = new StringBuilder(rows * 64);
        for (int i = 0; i < rows; i++) {
            text.append(meterIds.get(i % meters)).append('\t').append(Instant.ofEpochSecond(START + 60L * (i / meters))).append('\t')
                    .append(copyValue(i)).append("\tGOOD\thttp\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] binaryRows(List<Long> meterIds) throws IOException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(rows * 60);
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(buffer)) {
            out.write(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0});
            out.writeInt(0);
            out.writeInt(0);
            for (int i = 0; i < rows; i++) {
                out.writeShort(5);
                out.writeInt(8);
                out.writeLong(meterIds.get(i % meters));
                out.writeInt(8);
                out.writeLong((START + 60L * (i / meters) - 946_684_800L) * 1_000_000L);
                out.writeInt(8);
                out.writeDouble(copyValue(i));
                out.writeInt(4);
                out.writeBytes("GOOD");
                out.writeInt(4);
                out.writeBytes("http");
            }
            out.writeShort(-1);
        }
        return buffer.toByteArray();
    }

    private double latency(String gateway, int port, DataSource database) throws Exception {
        MqttClient client = client(gateway, port, "bench-probe");
        double[] millis = new double[probes];
        try (Connection connection = database.getConnection();
             PreparedStatement rollup = connection.prepareStatement("""
                     select b.readings from reading_rollup_15m b join meter m on m.id = b.meter_id
                     where m.code = 'P0' and b.bucket = ?::timestamptz""")) {
            for (int i = 0; i < probes; i++) {
                Instant ts = Instant.ofEpochSecond(START + 900L * i);
                MqttMessage message = new MqttMessage(("{\"readings\":[{\"meter\":\"P0\",\"ts\":\"" + ts + "\",\"value\":1}]}")
                        .getBytes(StandardCharsets.UTF_8));
                message.setQos(1);
                long started = System.nanoTime();
                client.publish("autoghg/v1/" + PLANT + "/readings", message);
                rollup.setString(1, ts.toString());
                while (true) {
                    try (ResultSet result = rollup.executeQuery()) {
                        if (result.next()) {
                            break;
                        }
                    }
                    if (System.nanoTime() - started > 30_000_000_000L) {
                        throw new CliException("bench: no rollup 30 s after publishing probe " + i, 1);
                    }
                    Thread.onSpinWait();
                }
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        } finally {
            client.disconnect();
            client.close();
        }
        Arrays.sort(millis);
        return millis[Math.min(millis.length - 1, (int) Math.ceil(0.99 * millis.length) - 1)];
    }

    private static MqttClient client(String token, int port, String id) throws Exception {
        MqttClient client = new MqttClient("tcp://127.0.0.1:" + port, id, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName("bench");
        options.setPassword(token.toCharArray());
        options.setMaxInflight(100);
        client.connect(options);
        return client;
    }

    private static void waitFor(DataSource database, String countSql, long expected, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet result = statement.executeQuery(countSql)) {
                    result.next();
                    if (result.getLong(1) >= expected) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new CliException("bench: the MQTT readings were not all stored within " + seconds + " s", 1);
                }
                Thread.sleep(5);
            }
        }
    }

    private String post(String path, String body, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new CliException("bench: " + path + " answered " + response.statusCode() + ": " + response.body(), 1);
        }
        return response.body();
    }
}
