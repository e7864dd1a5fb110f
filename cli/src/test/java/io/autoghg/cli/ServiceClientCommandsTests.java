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

    private static Path writePlant(Path dir, String code) throws Exception {
        Path plant = dir.resolve("plant-" + code.toLowerCase(java.util.Locale.ROOT) + ".yaml");
        Files.writeString(plant, Files.readString(Path.of(CalculateCommandTests.PLANT)).replace("plant: {code: P1,", "plant: {code: " + code + ","));
        return plant;
    }
}
