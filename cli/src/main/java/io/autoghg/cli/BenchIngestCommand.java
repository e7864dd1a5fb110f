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
 * a raw PgJDBC COPY of the same number of rows into a scratch table, and the p99 latency from an MQTT
 * publish to the reading's 15-minute rollup. Prints one JSON object with --json. Figures go to
 * docs/benchmarks.md, never into tests.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Benchmark meter-reading ingest (HTTP, MQTT) against a raw COPY, and publish-to-rollup latency.")
final class BenchIngestCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLANT = "BENCH";
    private static final long START = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();

    @Option(names = "--rows", defaultValue = "200000", description = "readings per path (default: ${DEFAULT-VALUE})")
    int rows;

    @Option(names = "--meters", defaultValue = "20", description = "meters per path (default: ${DEFAULT-VALUE})")
    int meters;

    @Option(names = "--http-batch", defaultValue = "5000", description = "readings per HTTP request (default: ${DEFAULT-VALUE})")
    int httpBatch;

    @Option(names = "--http-clients", defaultValue = "2", description = "HTTP requests in flight at once, as from several gateways (default: ${DEFAULT-VALUE})")
    int httpClients;

    @Option(names = "--mqtt-batch", defaultValue = "1000", description = "readings per MQTT message (default: ${DEFAULT-VALUE})")
    int mqttBatch;

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

            double httpRate = http(gateway);
            say(String.format("HTTP: %,.0f readings/s", httpRate));
            double mqttRate = mqtt(gateway, mqttPort, database);
            say(String.format("MQTT: %,.0f readings/s", mqttRate));
            double copyRate = copy(database, false);
            say(String.format("COPY: %,.0f rows/s (plain table)", copyRate));
            double copyKeyedRate = copy(database, true);
            say(String.format("COPY: %,.0f rows/s (table with the readings' primary key (meter_id, ts))", copyKeyedRate));
            double p99 = latency(gateway, mqttPort, database);
            say(String.format("publish → 15-minute rollup: p99 %.1f ms over %d messages", p99, probes));

            Map<String, Object> result = new LinkedHashMap<>();
            result.put("rows", rows);
            result.put("meters", meters);
            result.put("httpBatch", httpBatch);
            result.put("httpClients", httpClients);
            result.put("mqttBatch", mqttBatch);
            result.put("httpRowsPerSec", Math.round(httpRate));
            result.put("mqttRowsPerSec", Math.round(mqttRate));
            result.put("copyRowsPerSec", Math.round(copyRate));
            result.put("copyKeyedRowsPerSec", Math.round(copyKeyedRate));
            result.put("httpToCopy", Math.round(httpRate / copyRate * 100) / 100.0);
            result.put("p99PublishToRollupMs", Math.round(p99 * 10) / 10.0);
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

    /** The i-th reading of a path: meter prefix+(i mod meters), one minute apart per meter. */
    private String reading(String prefix, int i) {
        long ts = START + 60L * (i / meters);
        return "{\"meter\":\"" + prefix + (i % meters) + "\",\"ts\":\"" + Instant.ofEpochSecond(ts) + "\",\"value\":" + (1 + (i % 97) / 10.0)
                + ",\"unit\":\"kWh\"}";
    }

    private List<String> batches(String prefix, int size) {
        List<String> bodies = new ArrayList<>();
        for (int from = 0; from < rows; from += size) {
            StringBuilder body = new StringBuilder("{\"readings\":[");
            for (int i = from; i < Math.min(rows, from + size); i++) {
                body.append(i == from ? "" : ",").append(reading(prefix, i));
            }
            bodies.add(body.append("]}").toString());
        }
        return bodies;
    }

    private double http(String gateway) throws Exception {
        List<String> bodies = batches("H", httpBatch);
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(httpClients);
        try {
            long started = System.nanoTime();
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (String body : bodies) {
                answers.add(senders.submit(() -> post("/api/v1/readings?plant=" + PLANT, body, gateway)));
            }
            for (java.util.concurrent.Future<String> answer : answers) {
                JsonNode json = JSON.readTree(answer.get());
                if (json.path("rejected").size() > 0) {
                    throw new CliException("bench: readings rejected: " + json.path("rejected").get(0), 1);
                }
            }
            return rows / ((System.nanoTime() - started) / 1e9);
        } finally {
            senders.shutdownNow();
        }
    }

    private double mqtt(String gateway, int port, DataSource database) throws Exception {
        List<String> bodies = batches("Q", mqttBatch);
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
            waitFor(database, "select count(*) from reading where meter_id in (select id from meter where code like 'Q%')", rows, 600);
            return rows / ((System.nanoTime() - started) / 1e9);
        } finally {
            client.disconnect().waitForCompletion(10_000);
            client.close();
        }
    }

    /** A raw COPY of as many rows as each path sent into a scratch table, with or without a primary key like the readings'. */
    private double copy(DataSource database, boolean keyed) throws SQLException, IOException {
        StringBuilder csv = new StringBuilder(rows * 40);
        for (int i = 0; i < rows; i++) {
            csv.append(1_000_000 + i % meters).append(',').append(Instant.ofEpochSecond(START + 60L * (i / meters))).append(',')
                    .append(1 + (i % 97) / 10.0).append('\n');
        }
        try (Connection connection = database.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table bench_copy (meter_id bigint not null, ts timestamptz not null, value double precision not null"
                        + (keyed ? ", primary key (meter_id, ts))" : ")"));
            }
            long started = System.nanoTime();
            long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy bench_copy (meter_id, ts, value) from stdin with (format csv)", new StringReader(csv.toString()));
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            try (Statement statement = connection.createStatement()) {
                statement.execute("drop table bench_copy");
            }
            return copied / seconds;
        }
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
