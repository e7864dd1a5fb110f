package io.autoghg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.autoghg.edge.Gateway;
import io.autoghg.edge.config.GatewayConfigReader;
import io.autoghg.platform.PlatformApplication;
import io.autoghg.simulator.PlantModel;
import io.autoghg.simulator.PlantSimulator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6 acceptance, real parts only: the plant simulator (Modbus TCP and OPC UA) → the edge gateway
 * (one device of each) → MQTT (the service's embedded broker) → the service (embedded PostgreSQL) → raw
 * readings and rollups → METERED activity data → the inventory.
 *
 * <p>The first test runs a past plant-local day through the whole chain, on to METERED activity data and the
 * inventory: the simulator runs 2025-03-02T14:00Z to 2025-03-03T17:00Z at 3600 times real time, and the gateway
 * stamps each device's readings with the device's own clock (Modbus registers 0–1, OPC UA node Clock; edge-gateway.md
 * §2.3), read in the same request as the values. The days are over, so the service writes each day's datum once, as soon as
 * the meter's readings have passed the day's end (readings.md §3); the numbers are checked against the gateway's polls, the simulator's model and the
 * methodology's factors.
 *
 * <p>The second test closes the service while the gateway polls, starts it again on the same data directory
 * and ports, and checks that every journaled reading is stored exactly once — over MQTT (the service's embedded
 * broker, the gateway waiting for the service's commit answers, edge-gateway.md §3.2) and over HTTP. Before the
 * commit answers, a batch published over MQTT while the service shut down could be PUBACKed by the broker after
 * the subscriber had stopped, and was lost (once in five runs).
 */
class EndToEndCollectionTests {
    private static final String TOKEN = "e2e-bootstrap-token";
    private static final String PLANT = "E2E-P";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METERS = List.of("EM-PAINT", "GM-MAIN");
    /** The past plant-local day the first test runs through the chain: Monday 2025-03-03 in Asia/Shanghai. */
    private static final String PLANT_ZONE = "Asia/Shanghai";
    private static final LocalDate DAY = LocalDate.of(2025, 3, 3);
    private static final Instant DAY_START = DAY.atStartOfDay(ZoneId.of(PLANT_ZONE)).toInstant();
    private static final Instant DAY_END = DAY.plusDays(1).atStartOfDay(ZoneId.of(PLANT_ZONE)).toInstant();
    /** Reads JSON numbers as exact decimals (quantities, inventory figures). */
    private static final ObjectMapper DECIMALS = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final HttpClient http = HttpClient.newHttpClient();
    private String url;

    @Test
    void simulatedPastDayGoesFromDeviceClocksOverTheGatewayAndMqttToRollupsMeteredActivityDataAndTheInventory(@TempDir Path dir)
            throws Exception {
        long began = System.nanoTime();
        int mqttPort = freePort();
        Path data = Files.createTempDirectory(Path.of("target"), "e2e-service-");
        ConfigurableApplicationContext service = PlatformApplication.start("--server.port=0", "--autoghg.data=" + data,
                "--logging.level.root=warn", "--autoghg.bootstrap-token=" + TOKEN, "--autoghg.mqtt.enabled=true",
                "--autoghg.mqtt.host=127.0.0.1", "--autoghg.mqtt.port=" + mqttPort);
        PlantSimulator simulator = null;
        try {
            url = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
            long serviceStarted = System.nanoTime();

            Path plant = dir.resolve("plant-e2e.yaml");
            Files.writeString(plant, """
                    plant: {code: %s, name: "End-to-end plant", timezone: %s, gwp: AR5}
                    orgUnits:
                      - {code: PAINT, name: "Paint shop"}
                    sources: []
                    """.formatted(PLANT, PLANT_ZONE));
            importPlantWithMeters(plant);
            for (String meter : METERS) {
                HttpResponse<String> register = send("PUT", "/api/v1/plants/" + PLANT + "/meters/" + meter + "/register",
                        "{\"kind\":\"CUMULATIVE\"}");
                assertThat(register.statusCode()).as(register.body()).isEqualTo(200);
            }
            // the plant file cannot link meters to sources; POST …/sources can (api.md §5)
            addDailyMeteredSource("ELEC-PAINT", "ELEC_PURCHASED", "EM-PAINT");
            addDailyMeteredSource("NG-PAINT", "STAT_COMB_NG", "GM-MAIN");
            HttpResponse<String> token = send("POST", "/api/v1/tokens",
                    "{\"name\":\"gw-e2e\",\"role\":\"GATEWAY\",\"plantCode\":\"" + PLANT + "\"}");
            assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
            String secret = JSON.readTree(token.body()).path("token").asString();

            // the simulator runs the past: from 2 simulated hours before the plant-local day to 1 hour after it, one real
            // second a simulated hour once the gateway has read both devices (until then its time runs 60 times slower,
            // so that the first connects, seconds on a busy machine, cannot eat into the day); the day takes 24 real
            // seconds. The gateway stamps readings with the devices' clocks.
            WarmUpClock real = new WarmUpClock(60);
            simulator = PlantSimulator.start(new PlantSimulator.Settings(PlantSimulator.Settings.meters(METERS, 0),
                    DAY_START.minus(Duration.ofHours(2)), 3600, 0, 0), real);
            PlantModel model = simulator.model();
            assertThat(model.meters().stream().map(m -> m.code() + " " + m.unit()).toList())
                    .containsExactly("EM-PAINT MWh", "GM-MAIN Nm3");
            Path config = gatewayConfigWithDeviceClocks(dir,
                    "{transport: mqtt, mqttUrl: \"tcp://127.0.0.1:" + mqttPort + "\", token: " + secret + "}", simulator);
            Gateway.Stats stats;
            try (Gateway gateway = new Gateway(new GatewayConfigReader(name -> null).read(config))) {
                gateway.start();
                long connectedBy = System.nanoTime() + 30_000_000_000L;
                while (gateway.stats().polled() < METERS.size() && System.nanoTime() < connectedBy) {
                    Thread.sleep(5);
                }
                assertThat(gateway.stats().polled()).as("the first poll read both devices").isGreaterThanOrEqualTo(METERS.size());
                real.release();
                while (simulator.clock().now().isBefore(DAY_END.plus(Duration.ofHours(1)))) {
                    Thread.sleep(50);
                }
                gateway.stopPolling();
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (gateway.pendingBytes() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(gateway.pendingBytes()).as("everything journaled was acknowledged").isZero();
                stats = gateway.stats();
            }
            long gatewayDone = System.nanoTime();
            assertThat(stats.bad()).as("no read failed and no device clock stood still").isZero();

            // what the gateway journaled, per meter: ts -> value
            Map<String, TreeMap<Instant, Double>> journaled = new TreeMap<>();
            int lines = 0;
            for (String line : Files.readAllLines(dir.resolve("buffer/readings.journal"))) {
                String[] f = line.split("\t");
                journaled.computeIfAbsent(f[0], k -> new TreeMap<>()).put(Instant.parse(f[1]), Double.parseDouble(f[2]));
                lines++;
            }
            assertThat(journaled.keySet()).containsExactlyInAnyOrderElementsOf(METERS);
            assertThat(journaled.values().stream().mapToInt(Map::size).sum()).as("one reading per meter and poll").isEqualTo(lines);
            assertThat(stats.sent()).isEqualTo(lines).isEqualTo(stats.polled());
            ZoneId zone = ZoneId.of(PLANT_ZONE);

            for (int i = 0; i < METERS.size(); i++) {
                String meter = METERS.get(i);
                TreeMap<Instant, Double> polled = journaled.get(meter);
                // 100 ms between polls is 6 simulated minutes: well over 200 polls for the day
                assertThat(polled.size()).as(meter + " polls").isGreaterThanOrEqualTo(200);
                assertThat(polled.firstKey()).as(meter + ": first poll before the day").isBefore(DAY_START);
                assertThat(polled.lastKey()).as(meter + ": last poll after the day").isAfter(DAY_END);
                // the device's clock comes in the same Modbus request / OPC UA Read as the values, so every value is the
                // model's at the reading's own timestamp, exactly
                for (Map.Entry<Instant, Double> e : polled.entrySet()) {
                    assertThat(e.getValue()).as(meter + " at " + e.getKey()).isEqualTo(model.value(i, e.getKey()));
                }

                // the gateway advanced its journal on the service's commit answers, so everything journaled is stored;
                // the wait only covers a slow read of the last batch
                JsonNode stored = JSON.readTree(get("/api/v1/plants/" + PLANT + "/meters/" + meter + "/readings"));
                long storedBy = System.nanoTime() + 15_000_000_000L;
                while (stored.path("readings").size() < polled.size() && System.nanoTime() < storedBy) {
                    Thread.sleep(100);
                    stored = JSON.readTree(get("/api/v1/plants/" + PLANT + "/meters/" + meter + "/readings"));
                }
                assertThat(stored.path("corrections").size()).isZero();
                Map<Instant, Double> storedValues = new TreeMap<>();
                for (JsonNode r : stored.path("readings")) {
                    assertThat(storedValues.put(Instant.parse(r.path("ts").asString()), r.path("value").asDouble()))
                            .as("stored once").isNull();
                    assertThat(r.path("origin").asString()).isEqualTo("gateway:gw-e2e");
                    assertThat(r.path("quality").asString()).isEqualTo("GOOD");
                }
                assertThat(storedValues).as(meter + ": every journaled (meter, ts) stored exactly once, with its value")
                        .isEqualTo(polled);

                // rollups: the register's increase from the first to the last reading, spread over 15-minute buckets and
                // the plant's local days
                double increase = polled.lastEntry().getValue() - polled.firstEntry().getValue();
                assertThat(increase).isPositive();
                LocalDate from = LocalDate.ofInstant(polled.firstKey(), zone);
                LocalDate to = LocalDate.ofInstant(polled.lastKey(), zone).plusDays(1);
                for (String grain : List.of("15m", "day")) {
                    JsonNode rollups = JSON.readTree(get("/api/v1/plants/" + PLANT + "/meters/" + meter + "/rollups?grain=" + grain
                            + "&from=" + from + "&to=" + to));
                    double sum = 0;
                    int readings = 0;
                    for (JsonNode bucket : rollups.path("buckets")) {
                        sum += bucket.path("consumption").asDouble();
                        readings += bucket.path("readings").asInt();
                    }
                    assertThat(Math.abs(sum - increase) / increase).as(meter + " " + grain + ": " + sum + " vs " + increase)
                            .isLessThanOrEqualTo(1e-6);
                    assertThat(readings).as(meter + " " + grain + " readings").isEqualTo(polled.size());
                }
            }

            JsonNode status = JSON.readTree(get("/api/v1/plants/" + PLANT + "/readings/status"));
            List<String> seen = new ArrayList<>();
            for (JsonNode m : status.isArray() ? status : status.path("meters")) {
                String meter = m.path("meter").asString();
                seen.add(meter);
                assertThat(Instant.parse(m.path("lastTs").asString())).isEqualTo(journaled.get(meter).lastKey());
                assertThat(m.path("lastValue").asDouble()).isEqualTo(journaled.get(meter).lastEntry().getValue());
                assertThat(m.path("rejected").asLong()).isZero();
            }
            assertThat(seen).containsExactlyInAnyOrderElementsOf(METERS);

            BigDecimal megawattHours = checkMeteredActivity("ELEC-PAINT", "EM-PAINT", 0, model, journaled.get("EM-PAINT"), zone);
            BigDecimal cubicMetres = checkMeteredActivity("NG-PAINT", "GM-MAIN", 1, model, journaled.get("GM-MAIN"), zone);
            checkInventory(megawattHours, cubicMetres);
            System.out.printf("e2e: service start %.1f s, gateway run + drain %.1f s, total %.1f s, %d readings, %s MWh, %s Nm3%n",
                    (serviceStarted - began) / 1e9, (gatewayDone - serviceStarted) / 1e9, (System.nanoTime() - began) / 1e9, lines,
                    megawattHours.toPlainString(), cubicMetres.toPlainString());
        } finally {
            if (simulator != null) {
                simulator.close();
            }
            service.close();
            deleteTree(data); // the service's database (about 40 MB a run)
        }
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"mqtt", "http"})
    void readingsPolledWhileTheServiceIsDownArriveExactlyOnceAfterItRestartsOnTheSameDataAndPort(String transport,
            @TempDir Path dir) throws Exception {
        long began = System.nanoTime();
        int httpPort = freePort();
        int mqttPort = freePort();
        Path data = Files.createTempDirectory(Path.of("target"), "e2e-restart-");
        String[] args = {"--server.port=" + httpPort, "--autoghg.data=" + data, "--logging.level.root=warn",
                "--autoghg.bootstrap-token=" + TOKEN, "--autoghg.mqtt.enabled=" + transport.equals("mqtt"),
                "--autoghg.mqtt.host=127.0.0.1", "--autoghg.mqtt.port=" + mqttPort};
        ConfigurableApplicationContext service = PlatformApplication.start(args);
        PlantSimulator simulator = null;
        try {
            url = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
            Path plant = dir.resolve("plant-e2e.yaml");
            Files.writeString(plant, """
                    plant: {code: %s, name: "End-to-end plant", timezone: UTC, gwp: AR5}
                    orgUnits:
                      - {code: PAINT, name: "Paint shop"}
                    sources:
                      - {code: NG-PAINT, type: STAT_COMB_NG, name: "Paint shop ovens", orgUnit: PAINT, collection: METERED}
                    """.formatted(PLANT));
            importPlantWithMeters(plant);
            HttpResponse<String> token = send("POST", "/api/v1/tokens",
                    "{\"name\":\"gw-e2e\",\"role\":\"GATEWAY\",\"plantCode\":\"" + PLANT + "\"}");
            assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
            String secret = JSON.readTree(token.body()).path("token").asString();

            Clock seconds = Clock.tickSeconds(ZoneOffset.UTC);
            simulator = PlantSimulator.start(new PlantSimulator.Settings(PlantSimulator.Settings.meters(METERS, 0),
                    seconds.instant(), 1, 0, 0), seconds);
            // a short commit timeout: a batch the stopping service received but did not answer is sent again soon
            String platform = transport.equals("mqtt")
                    ? "{transport: mqtt, mqttUrl: \"tcp://127.0.0.1:" + mqttPort + "\", mqttAckTimeout: 3s, token: " + secret + "}"
                    : "{transport: http, url: \"" + url + "\", token: " + secret + "}";
            Path config = gatewayConfig(dir, platform, "200ms", simulator);
            Gateway.Stats stats;
            long down;
            long up;
            try (Gateway gateway = new Gateway(new GatewayConfigReader(name -> null).read(config))) {
                gateway.start();
                long firstSent = System.nanoTime() + 20_000_000_000L; // the first OPC UA connect can take seconds on a busy machine
                while (gateway.stats().sent() == 0 && System.nanoTime() < firstSent) {
                    Thread.sleep(50);
                }
                Thread.sleep(1_500); // polls and batches under way while the service stops
                long sentBefore = gateway.stats().sent();
                assertThat(sentBefore).as("sent before the outage").isPositive();
                service.close();
                down = System.nanoTime();
                Thread.sleep(3_000);
                long pendingWhileDown = gateway.pendingBytes();
                assertThat(pendingWhileDown).as("the journal grows while the service is down").isPositive();
                service = PlatformApplication.start(args);
                up = System.nanoTime();
                url = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
                Thread.sleep(1_500);
                gateway.stopPolling();
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (gateway.pendingBytes() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(gateway.pendingBytes()).as("everything journaled was acknowledged after the restart").isZero();
                stats = gateway.stats();
            }
            assertThat(stats.sendFailures()).as("the outage was noticed").isPositive();
            assertThat(stats.bad()).isZero();

            Map<String, TreeMap<Instant, Double>> journaled = new TreeMap<>();
            int lines = 0;
            for (String line : Files.readAllLines(dir.resolve("buffer/readings.journal"))) {
                String[] f = line.split("\t");
                journaled.computeIfAbsent(f[0], k -> new TreeMap<>()).put(Instant.parse(f[1]), Double.parseDouble(f[2]));
                lines++;
            }
            assertThat(journaled.values().stream().mapToInt(Map::size).sum()).isEqualTo(lines);
            assertThat(journaled.keySet()).containsExactlyInAnyOrderElementsOf(METERS);
            for (String meter : METERS) {
                JsonNode stored = JSON.readTree(get("/api/v1/plants/" + PLANT + "/meters/" + meter + "/readings"));
                assertThat(stored.path("corrections").size()).isZero();
                Map<Instant, Double> storedValues = new TreeMap<>();
                for (JsonNode r : stored.path("readings")) {
                    assertThat(storedValues.put(Instant.parse(r.path("ts").asString()), r.path("value").asDouble()))
                            .as("stored once").isNull();
                }
                assertThat(storedValues).as(meter + ": every journaled (meter, ts) stored exactly once across the restart")
                        .isEqualTo(journaled.get(meter));
            }
            System.out.printf("e2e restart over %s: %d readings (sent %d, send failures %d), service down %.1f s, total %.1f s%n",
                    transport, lines, stats.sent(), stats.sendFailures(), (up - down) / 1e9, (System.nanoTime() - began) / 1e9);
        } finally {
            if (simulator != null) {
                simulator.close();
            }
            service.close();
        }
    }

    /** The simulator's real clock: runs {@code slower} times slower than real time until released, then at real pace. */
    private static final class WarmUpClock extends Clock {
        private final Instant origin = Instant.now();
        private final long slower;
        private volatile Duration lag;

        WarmUpClock(long slower) {
            this.slower = slower;
        }

        synchronized void release() {
            Duration since = Duration.between(origin, Instant.now());
            lag = since.minus(since.dividedBy(slower));
        }

        @Override
        public Instant instant() {
            Instant now = Instant.now();
            Duration held = lag;
            return held == null ? origin.plus(Duration.between(origin, now).dividedBy(slower)) : now.minus(held);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Adds a METERED source of daily data fed by one meter (readings.md §3). */
    private void addDailyMeteredSource(String code, String type, String meter) throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/plants/" + PLANT + "/sources", "{\"code\":\"" + code + "\",\"type\":\""
                + type + "\",\"orgUnit\":\"PAINT\",\"collectionMethod\":\"METERED\",\"frequency\":\"DAY\",\"meters\":[\"" + meter + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /**
     * The gateway's configuration for a simulator that runs the past: EM-PAINT over Modbus and GM-MAIN over OPC UA,
     * each device's readings stamped with the simulator's clock (edge-gateway.md §2.3), polled every 100 ms.
     */
    private static Path gatewayConfigWithDeviceClocks(Path dir, String platform, PlantSimulator simulator) throws Exception {
        Path config = dir.resolve("gateway.yaml");
        Files.writeString(config, """
                platform: %s
                plant: %s
                gateway: gw-e2e
                pollInterval: 100ms
                bufferDir: buffer
                retry: {initial: 200ms, max: 1s}
                devices:
                  - {name: feeders-modbus, type: modbus-tcp, host: 127.0.0.1, port: %d, timeout: 2s,
                     clock: {register: 0, dataType: uint32},
                     meters: [{code: EM-PAINT, unit: MWh, register: 100}]}
                  - {name: utilities-opcua, type: opcua, endpoint: "%s", timeout: 2s,
                     clock: {nodeId: "nsu=urn:autoghg:simulator;s=Clock"},
                     meters: [{code: GM-MAIN, unit: Nm3}]}
                """.formatted(platform, PLANT, simulator.modbus().port(), simulator.opcUa().endpointUrl()));
        return config;
    }

    /**
     * Checks the source's METERED data against its meter's day rollups, the gateway's polls and the simulator's model
     * (readings.md §3); returns the sum of the data.
     */
    private BigDecimal checkMeteredActivity(String source, String meter, int index, PlantModel model,
            TreeMap<Instant, Double> polled, ZoneId zone) throws Exception {
        LocalDate first = LocalDate.ofInstant(polled.firstKey(), zone);
        LocalDate end = LocalDate.ofInstant(polled.lastKey(), zone).plusDays(1);
        Map<LocalDate, Double> rollups = new TreeMap<>();
        for (JsonNode day : JSON.readTree(get("/api/v1/plants/" + PLANT + "/meters/" + meter + "/rollups?grain=day&from=" + first
                + "&to=" + end)).path("buckets")) {
            rollups.put(LocalDate.parse(day.path("start").asString()), day.path("consumption").asDouble());
        }
        assertThat(rollups.keySet()).as(meter + ": the partial day before, the day, the partial day after")
                .containsExactly(DAY.minusDays(1), DAY, DAY.plusDays(1));
        // each complete local day's datum is the day's rollup rounded to 6 decimals (MeteredActivity), written once the
        // meter's readings have passed the day's end; the last, partial day (to 01:00) waits for readings of the next
        // day (or activity-settle) and has no datum yet
        Map<LocalDate, BigDecimal> expected = new TreeMap<>();
        rollups.forEach((day, consumption) -> expected.put(day, BigDecimal.valueOf(consumption).setScale(6, RoundingMode.HALF_UP)));
        expected.remove(DAY.plusDays(1));
        Map<LocalDate, JsonNode> data = meteredData(source, first, end);
        long by = System.nanoTime() + 20_000_000_000L;
        while (!quantities(data).equals(expected) && System.nanoTime() < by) {
            Thread.sleep(200);
            data = meteredData(source, first, end);
        }
        assertThat(quantities(data)).as(source + ": one datum per local day, the day's rollup of " + meter).isEqualTo(expected);
        for (JsonNode datum : data.values()) {
            assertThat(datum.path("collectionMethod").asString()).isEqualTo("METERED");
            assertThat(datum.path("originMeter").asString()).isEqualTo(meter);
            assertThat(LocalDate.parse(datum.path("end").asString())).isEqualTo(LocalDate.parse(datum.path("start").asString()).plusDays(1));
        }

        // the rollup spreads the register's increase linearly between polls, so the full day is the polled series
        // interpolated at the two local midnights ...
        double fromPolls = interpolate(polled, DAY_END) - interpolate(polled, DAY_START);
        assertThat(rollups.get(DAY)).as(meter + " " + DAY + " from the polls").isCloseTo(fromPolls, within(1e-9 * fromPolls));
        // ... and the plant's true use that day (the model's register at the two midnights) differs from it only by that
        // interpolation: at each midnight at most (largest − smallest rate between the two polls around it) × (time
        // between them) / 4; plus the datum's rounding to 6 decimals
        double modelDay = model.value(index, DAY_END) - model.value(index, DAY_START);
        double tolerance = interpolationBound(model, index, polled, DAY_START) + interpolationBound(model, index, polled, DAY_END) + 1e-6;
        assertThat(tolerance / modelDay).as(meter + ": the interpolation allowance stays small").isLessThan(0.005);
        assertThat(expected.get(DAY).doubleValue()).as(meter + " " + DAY + " against the model").isCloseTo(modelDay, within(tolerance));
        long replaced = JSON.readTree(get("/api/v1/plants/" + PLANT + "/activity?source=" + source + "&status=CORRECTED&size=1"))
                .path("total").asLong();
        System.out.printf("e2e: %s %s datum %s, model %.6f, allowed difference %.6f%n", source, DAY, expected.get(DAY).toPlainString(),
                modelDay, tolerance);
        assertThat(replaced).as(source + ": the replayed days are written once each, never corrected batch by batch").isZero();

        // the two complete days together: the register's increase from the first poll to the interpolated value at the
        // day's end (two data rounded to 6 decimals)
        BigDecimal total = quantities(data).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        double increase = interpolate(polled, DAY_END) - polled.firstEntry().getValue();
        assertThat(total.doubleValue()).as(source + ": all its data").isCloseTo(increase, within(1e-6 + 1e-9 * increase));
        return total;
    }

    /** The source's SUBMITTED data overlapping [from, to), by start day. */
    private Map<LocalDate, JsonNode> meteredData(String source, LocalDate from, LocalDate to) throws Exception {
        Map<LocalDate, JsonNode> data = new TreeMap<>();
        JsonNode page = DECIMALS.readTree(get("/api/v1/plants/" + PLANT + "/activity?source=" + source + "&status=SUBMITTED&from=" + from
                + "&to=" + to + "&size=100"));
        for (JsonNode datum : page.path("items")) {
            assertThat(data.put(LocalDate.parse(datum.path("start").asString()), datum)).as(source + ": one datum a day").isNull();
        }
        return data;
    }

    private static Map<LocalDate, BigDecimal> quantities(Map<LocalDate, JsonNode> data) {
        Map<LocalDate, BigDecimal> quantities = new TreeMap<>();
        data.forEach((day, datum) -> quantities.put(day, datum.path("quantity").decimalValue().setScale(6, RoundingMode.UNNECESSARY)));
        return quantities;
    }

    /** The series linearly interpolated at the instant (as the rollups spread a cumulative register). */
    private static double interpolate(TreeMap<Instant, Double> series, Instant at) {
        Map.Entry<Instant, Double> before = series.floorEntry(at);
        Map.Entry<Instant, Double> after = series.ceilingEntry(at);
        if (before.getKey().equals(after.getKey())) {
            return before.getValue();
        }
        double share = Duration.between(before.getKey(), at).toMillis() / (double) Duration.between(before.getKey(), after.getKey()).toMillis();
        return before.getValue() + (after.getValue() - before.getValue()) * share;
    }

    /**
     * How far linear interpolation between the polls around the instant can be from the model's register there: the
     * model's rate is constant within each 15-minute interval, so at most (largest − smallest rate between the polls)
     * × (time between them) / 4.
     */
    private static double interpolationBound(PlantModel model, int meter, TreeMap<Instant, Double> series, Instant at) {
        Instant before = series.floorKey(at);
        Instant after = series.ceilingKey(at);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Instant t = before; t.isBefore(after); t = Instant.ofEpochSecond((t.getEpochSecond() / 900 + 1) * 900)) {
            double rate = model.ratePerHour(meter, t);
            min = Math.min(min, rate);
            max = Math.max(max, rate);
        }
        return before.equals(after) ? 0 : (max - min) * Duration.between(before, after).toMillis() / 3_600_000.0 / 4;
    }

    /**
     * The 2025 inventory holds the two sources' emissions of exactly their METERED data, with the methodology's
     * formulas (ghg-methodology.md §2) and the parameter library's values for 2025 (docs/parameters.md): purchased
     * electricity CO2 = MWh × 0.5703 tCO2/MWh (grid.CN.location, the 2022 national average for 2023–2025 reporting),
     * market-based MWh × 0.5856 (grid.CN.residual); natural gas CO2 = Nm3 × 389.31 GJ/10⁴Nm3 × 15.3 × 10⁻³ tC/GJ × 0.99
     * × 44/12 (NDRC 2015 defaults, methodology §3), no CH4 or N2O factor by default; GWP of CO2 1. Results are rounded
     * half-even to 6 decimals (formats.md §3.1).
     */
    private void checkInventory(BigDecimal megawattHours, BigDecimal cubicMetres) throws Exception {
        JsonNode inventory = DECIMALS.readTree(get("/api/v1/plants/" + PLANT + "/inventories/2025"));
        BigDecimal location = megawattHours.multiply(new BigDecimal("0.5703")).setScale(6, RoundingMode.HALF_EVEN);
        BigDecimal market = megawattHours.multiply(new BigDecimal("0.5856")).setScale(6, RoundingMode.HALF_EVEN);
        BigDecimal co2 = cubicMetres.multiply(new BigDecimal("0.038931")).multiply(new BigDecimal("0.0153")).multiply(new BigDecimal("0.99"))
                .multiply(new BigDecimal("44").divide(new BigDecimal("12"), MathContext.DECIMAL128)).setScale(6, RoundingMode.HALF_EVEN);
        assertThat(location.signum()).isPositive();
        assertThat(co2.signum()).isPositive();

        JsonNode electricity = inventorySource(inventory, "ELEC-PAINT");
        assertThat(electricity.path("metrics").path("purchasedMWh").path("value").decimalValue()).isEqualByComparingTo(megawattHours);
        assertThat(electricity.path("tco2e").decimalValue()).as("ELEC-PAINT location-based").isEqualByComparingTo(location);
        assertThat(electricity.path("tco2eMarket").decimalValue()).as("ELEC-PAINT market-based").isEqualByComparingTo(market);
        JsonNode gas = inventorySource(inventory, "NG-PAINT");
        List<String> gases = new ArrayList<>();
        gas.path("gases").forEach(g -> gases.add(g.path("gas").asString()));
        assertThat(gases).containsExactly("CO2");
        assertThat(gas.path("gases").get(0).path("mass_t").decimalValue()).as("NG-PAINT CO2").isEqualByComparingTo(co2);
        assertThat(gas.path("tco2e").decimalValue()).isEqualByComparingTo(co2);
        assertThat(gas.path("monthly").path("2025-03").decimalValue()).as("all of it in March").isEqualByComparingTo(co2);

        JsonNode totals = inventory.path("totals");
        assertThat(totals.path("scope1").decimalValue()).isEqualByComparingTo(co2);
        assertThat(totals.path("scope2Location").decimalValue()).isEqualByComparingTo(location);
        assertThat(totals.path("total").decimalValue()).isCloseTo(co2.add(location), within(new BigDecimal("0.000001")));
    }

    private static JsonNode inventorySource(JsonNode inventory, String code) {
        for (JsonNode source : inventory.path("sources")) {
            if (code.equals(source.path("code").asString())) {
                return source;
            }
        }
        throw new AssertionError("no source " + code + " in the inventory: " + inventory.path("sources"));
    }

    /** The gateway's configuration: EM-PAINT over Modbus and GM-MAIN over OPC UA from the simulator, to the given platform. */
    private static Path gatewayConfig(Path dir, String platform, String pollInterval, PlantSimulator simulator) throws Exception {
        Path config = dir.resolve("gateway.yaml");
        Files.writeString(config, """
                platform: %s
                plant: %s
                gateway: gw-e2e
                pollInterval: %s
                bufferDir: buffer
                retry: {initial: 200ms, max: 1s}
                devices:
                  - {name: feeders-modbus, type: modbus-tcp, host: 127.0.0.1, port: %d, timeout: 2s,
                     meters: [{code: EM-PAINT, unit: MWh, register: 100}]}
                  - {name: utilities-opcua, type: opcua, endpoint: "%s", timeout: 2s,
                     meters: [{code: GM-MAIN, unit: Nm3}]}
                """.formatted(platform, PLANT, pollInterval, simulator.modbus().port(), simulator.opcUa().endpointUrl()));
        return config;
    }

    /** Imports the plant file with `autoghg import` (bootstrap token) and adds the two simulated meters. */
    private void importPlantWithMeters(Path plant) throws Exception {
        String previousToken = System.setProperty("autoghg.token", TOKEN);
        CliRun imported;
        try {
            imported = CliRun.of("import", "--server", url, plant.toString());
        } finally {
            if (previousToken == null) {
                System.clearProperty("autoghg.token");
            } else {
                System.setProperty("autoghg.token", previousToken);
            }
        }
        assertThat(imported.exitCode()).as(imported.out() + imported.err()).isZero();
        assertThat(send("POST", "/api/v1/plants/" + PLANT + "/meters",
                "{\"code\":\"EM-PAINT\",\"measures\":\"electricity\",\"unit\":\"MWh\"}").statusCode()).isEqualTo(201);
        assertThat(send("POST", "/api/v1/plants/" + PLANT + "/meters",
                "{\"code\":\"GM-MAIN\",\"measures\":\"natural gas\",\"unit\":\"Nm3\"}").statusCode()).isEqualTo(201);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + path))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
