package io.autoghg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.PlatformApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** `autoghg import`, `inventory`, `ledger` and `report` against a real service (embedded PostgreSQL) started in-process. */
class ServiceClientCommandsTests {
    private static ConfigurableApplicationContext service;
    private static String url;

    @BeforeAll
    static void startService() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "cli-service-");
        service = PlatformApplication.start("--server.port=0", "--autoghg.data=" + data, "--logging.level.root=warn",
                "--autoghg.bootstrap-token=cli-test-token", "--autoghg.mqtt.enabled=false");
        System.setProperty("autoghg.token", "cli-test-token");
        url = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stopService() {
        service.close();
    }

    @Test
    void importThenInventoryGivesTheOfflineFigures() {
        CliRun imported = CliRun.of("import", "--server", url, CalculateCommandTests.PLANT, CalculateCommandTests.ACTIVITY);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("\"status\":\"IMPORTED\"", "\"plant\":\"P1\"");

        CliRun table = CliRun.of("inventory", "--server", url, "--plant", "P1", "--year", "2025");
        CliRun offline = CliRun.of("calculate", "--plant", CalculateCommandTests.PLANT, "--activity", CalculateCommandTests.ACTIVITY,
                "--year", "2025");
        assertThat(table.exitCode()).isZero();
        // total by hand in the accounting module's ExamplePlantTests: 164,775.904 t CO2e (rounded to 3 decimals)
        assertThat(table.out()).contains("version 1", "164,775.904");
        assertThat(offline.out()).contains("164,775.904");

        CliRun json = CliRun.of("inventory", "--server", url, "--plant", "P1", "--year", "2025", "--format", "json");
        assertThat(json.out()).contains("\"inputsHash\":", "\"version\":1", "\"total\":164775.903553");
    }

    @Test
    void aRejectedImportPrintsEveryProblemAndExitsOne(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "source,start,end,quantity,unit,item\nNG-PAINT,2025-01-01,2025-02-01,lots,Nm3,\n");

        CliRun run = CliRun.of("import", "--server", url, "--plant", "P1", bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error: bad.csv:2 [quantity]: 'lots' is not a number");
    }

    @Test
    void aLedgerBundleExportedFromTheServiceVerifiesOfflineAndATamperedCopyFails(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path plant = dir.resolve("plant-ledg.yaml");
        Files.writeString(plant, Files.readString(Path.of(CalculateCommandTests.PLANT))
                .replace("plant: {code: P1,", "plant: {code: LEDG-CLI,"));
        CliRun imported = CliRun.of("import", "--server", url, plant.toString(), CalculateCommandTests.ACTIVITY);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(CliRun.of("ledger", "export", "--server", url, "--plant", "LEDG-CLI", "--year", "2025", "--out",
                dir.resolve("none.json").toString()).err()).contains("404", "no ledger seal");
        CliRun seal = CliRun.of("ledger", "seal", "--server", url, "--plant", "LEDG-CLI", "--year", "2025");
        assertThat(seal.exitCode()).as(seal.err()).isZero();
        assertThat(seal.out()).contains("\"merkleRoot\":");

        Path bundle = dir.resolve("ledg-2025.json");
        CliRun export = CliRun.of("ledger", "export", "--server", url, "--plant", "LEDG-CLI", "--year", "2025", "--out",
                bundle.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("wrote " + bundle);

        String text = Files.readString(bundle);
        String datum = text.replaceAll("(?s).*?\"subject\":\"2025/datum/(\\d+)\".*", "$1");
        CliRun ok = CliRun.of("verify", "--bundle", bundle.toString(), "--datum", datum);
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).containsPattern("chain: \\d+ entries, hashes and links OK")
                .contains("seal: merkle root OK", "signature: OK (Ed25519)", "datum " + datum + ": included (proof of ",
                        "step 1: sibling ", "bundle OK");

        Path tampered = dir.resolve("tampered.json");
        Files.writeString(tampered, text.replaceFirst("\\\\\"quantity\\\\\":\\\\\"(\\d)", "\\\\\"quantity\\\\\":\\\\\"9$1"));
        assertThat(Files.readString(tampered)).isNotEqualTo(text);
        CliRun failed = CliRun.of("verify", "--bundle", tampered.toString());
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).containsPattern("FAILED chain: entry seq \\d+: hash expected [0-9a-f]{64}, found [0-9a-f]{64}");
    }

    @Test
    void aReportIsWrittenToTheFileAndBadChoicesOrMissingInventoriesExitNonZero(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path plant = dir.resolve("plant-rep.yaml");
        Files.writeString(plant, Files.readString(Path.of(CalculateCommandTests.PLANT))
                .replace("plant: {code: P1,", "plant: {code: REP-CLI,"));
        CliRun imported = CliRun.of("import", "--server", url, plant.toString(), CalculateCommandTests.ACTIVITY);
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        Path pdf = dir.resolve("out/rep.pdf");
        CliRun report = CliRun.of("report", "--server", url, "--plant", "REP-CLI", "--year", "2025", "--standard", "gbt32150",
                "--lang", "zh", "--format", "pdf", "--out", pdf.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("wrote " + pdf, "inventory version 1", "DRAFT");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Path xlsx = dir.resolve("rep.xlsx");
        CliRun workbook = CliRun.of("report", "--server", url, "--plant", "REP-CLI", "--year", "2025", "--standard", "tables",
                "--lang", "en", "--format", "xlsx", "--out", xlsx.toString());
        assertThat(workbook.exitCode()).as(workbook.err()).isZero();
        byte[] zip = Files.readAllBytes(xlsx);
        assertThat(zip[0]).isEqualTo((byte) 'P');
        assertThat(zip[1]).isEqualTo((byte) 'K');

        CliRun wrong = CliRun.of("report", "--server", url, "--plant", "REP-CLI", "--year", "2025", "--standard", "gri");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("--standard", "'gri'", "gbt32150, iso14064, ghgp, tables");

        CliRun none = CliRun.of("report", "--server", url, "--plant", "REP-CLI", "--year", "2019", "--out", dir.resolve("n.pdf").toString());
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(none.err()).contains("404", "no inventory for 2019");
        assertThat(dir.resolve("n.pdf")).doesNotExist();
    }

    @Test
    void anUnknownPlantIsAClearError() {
        CliRun run = CliRun.of("inventory", "--server", url, "--plant", "NOPE", "--year", "2025");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("404", "no plant 'NOPE'");
    }

    @Test
    void anUnreachableServiceExitsThree() {
        CliRun run = CliRun.of("inventory", "--server", "http://localhost:1", "--plant", "P1", "--year", "2025");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("cannot reach the service");
    }

    @Test
    void importReadingsPrintsTheAnswerAndExitsOneWhenReadingsWereRejected(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        CliRun plant = CliRun.of("import", "--server", url, writePlant(dir, "RDG-CLI").toString());
        assertThat(plant.exitCode()).as(plant.err()).isZero();
        CliRun meter = CliRun.of("import-readings", "--server", url, "--plant", "RDG-CLI", dir.resolve("none.csv").toString());
        assertThat(meter.exitCode()).as("a missing file").isNotZero();
        java.net.http.HttpResponse<String> created = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(url + "/api/v1/plants/RDG-CLI/meters")).header("Authorization", "Bearer cli-test-token")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"code\":\"E-CLI-01\",\"measures\":\"electricity\",\"unit\":\"kWh\"}"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        Path csv = dir.resolve("readings.csv");
        Files.writeString(csv, "meter,ts,value,unit\nE-CLI-01,2025-03-01T08:00:00+08:00,12.5,kWh\nE-CLI-01,2025-03-01T08:15:00+08:00,1.5,MWh\n");
        CliRun good = CliRun.of("import-readings", "--server", url, "--plant", "RDG-CLI", csv.toString());
        assertThat(good.exitCode()).as(good.err()).isZero();
        assertThat(good.out()).contains("\"accepted\":2", "\"rejected\":[]");

        Path json = dir.resolve("readings.json");
        Files.writeString(json, "{\"plant\":\"RDG-CLI\",\"readings\":[{\"meter\":\"E-CLI-01\",\"ts\":\"2025-03-01T08:00:00+08:00\",\"value\":12.5,"
                + "\"unit\":\"kWh\"},{\"meter\":\"E-CLI-01\",\"ts\":\"2025-03-01T08:30:00+08:00\",\"value\":3,\"unit\":\"Nm3\"}]}");
        CliRun bad = CliRun.of("import-readings", "--server", url, json.toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.out()).contains("\"accepted\":1", "\"duplicates\":1", "does not convert to the meter's unit kWh");
        assertThat(bad.err()).contains("1 reading(s) rejected");
    }

    @Test
    void theEdgeGatewayForwardsModbusReadingsToTheServiceWithAGatewayToken(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        CliRun plant = CliRun.of("import", "--server", url, writePlant(dir, "EDGE-CLI").toString());
        assertThat(plant.exitCode()).as(plant.err()).isZero();
        assertThat(post("/api/v1/plants/EDGE-CLI/meters", "{\"code\":\"E-EDGE-01\",\"measures\":\"electricity\",\"unit\":\"kWh\"}")
                .statusCode()).isEqualTo(201);
        java.net.http.HttpResponse<String> token = post("/api/v1/tokens", "{\"name\":\"gw-edge-cli\",\"role\":\"GATEWAY\",\"plantCode\":\"EDGE-CLI\"}");
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        String secret = token.body().replaceAll("(?s).*\"token\":\"(agt_[0-9a-f]+)\".*", "$1");

        // the simulator's contract: unit 1, meter 0 at holding registers 100..103, float64 high word first
        com.ghgande.j2mod.modbus.procimg.SimpleProcessImage image = new com.ghgande.j2mod.modbus.procimg.SimpleProcessImage(1);
        long bits = Double.doubleToLongBits(1234.5);
        for (int r = 0; r < 104; r++) {
            int word = r < 100 ? 0 : (int) (bits >>> (48 - 16 * (r - 100))) & 0xFFFF;
            image.addRegister(new com.ghgande.j2mod.modbus.procimg.SimpleRegister(word));
        }
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        com.ghgande.j2mod.modbus.slave.ModbusSlave slave = com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory.createTCPSlave(
                java.net.InetAddress.getLoopbackAddress(), port, 2, false);
        slave.addProcessImage(1, image);
        slave.open();
        Path config = dir.resolve("gateway.yaml");
        Files.writeString(config, """
                platform: {url: %s, token: %s}
                plant: EDGE-CLI
                gateway: gw-edge-cli
                pollInterval: 300ms
                devices: [{name: feeder, type: modbus-tcp, host: 127.0.0.1, port: %d,
                           meters: [{code: E-EDGE-01, unit: MWh, register: 100, scale: 0.001}]}]
                """.formatted(url, secret, port));
        CliRun edge;
        try {
            edge = CliRun.of("edge", "--config", config.toString(), "--for", "2");
        } finally {
            com.ghgande.j2mod.modbus.slave.ModbusSlaveFactory.close(slave);
        }

        assertThat(edge.exitCode()).as(edge.err()).isZero();
        String polled = edge.out().replaceAll("(?s).*polled (\\d+), bad 0, sent (\\d+).*", "$1 $2");
        String[] counts = polled.split(" ");
        assertThat(counts[0]).as(edge.out()).isEqualTo(counts[1]).isNotEqualTo("0");
        java.net.http.HttpResponse<String> stored = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(url + "/api/v1/plants/EDGE-CLI/meters/E-EDGE-01/readings"))
                .header("Authorization", "Bearer cli-test-token").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        // 1234.5 in the register × 0.001 = 1.2345 MWh, converted by the service to the meter's 1234.5 kWh
        assertThat(stored.body().split("\"origin\":\"gateway:gw-edge-cli\"", -1)).hasSize(Integer.parseInt(counts[0]) + 1);
        assertThat(stored.body()).contains("\"value\":1234.5");
    }

    private static java.net.http.HttpResponse<String> post(String path, String json) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + path))
                .header("Authorization", "Bearer cli-test-token").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static Path writePlant(Path dir, String code) throws Exception {
        Path plant = dir.resolve("plant-" + code.toLowerCase(java.util.Locale.ROOT) + ".yaml");
        Files.writeString(plant, Files.readString(Path.of(CalculateCommandTests.PLANT)).replace("plant: {code: P1,", "plant: {code: " + code + ","));
        return plant;
    }
}
