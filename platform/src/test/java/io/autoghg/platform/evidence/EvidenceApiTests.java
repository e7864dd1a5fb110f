package io.autoghg.platform.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.support.AutoghgProperties;
import io.autoghg.platform.support.Hashes;
import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.PlatformTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/** Uploading, listing and downloading evidence; content addressing and the hash check on every read. */
@PlatformTest
class EvidenceApiTests {
    static final String PLANT = "EVI";
    static final String OTHER = "EVI-B";

    private final Environment environment;
    private final AutoghgProperties properties;

    @Autowired
    EvidenceApiTests(Environment environment, AutoghgProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    private Api api;

    @BeforeEach
    void plants() {
        api = Api.of(environment);
        for (String code : List.of(PLANT, OTHER)) {
            if (api.get("/api/v1/plants/" + code).status() == 404) {
                assertThat(api.post("/api/v1/plants", Map.of("code", code, "name", "Evidence plant " + code)).status()).isEqualTo(201);
            }
        }
    }

    private Api.Response upload(String plant, Map<String, String> fields, String name, byte[] content) {
        return api.multipart("/api/v1/plants/" + plant + "/evidence", fields, "file", name, "application/pdf", content);
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("type", "STOCK_REPORT");
        map.put("periodStart", "2025-03-01");
        map.put("periodEnd", "2025-04-01");
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                map.remove(pairs[i]);
            } else {
                map.put(pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }

    private Path stored(String sha256) {
        return Path.of(properties.data(), "evidence", sha256.substring(0, 2), sha256);
    }

    private long filesNamed(String sha256) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(properties.data(), "evidence"))) {
            return files.filter(file -> file.getFileName().toString().equals(sha256)).count();
        }
    }

    @Test
    void anUploadKeepsItsMetadataAndTheFileDownloadsAsUploaded() {
        byte[] pdf = Evidences.pdf("stock report March");
        Api.Response created = upload(PLANT, fields("issuer", "Linde Gas", "amount", "1250.5", "amountUnit", "kg"),
                "CO2 stock 2025-03 – 库存.pdf", pdf);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode evidence = created.json();
        long id = evidence.path("id").asLong();
        assertThat(evidence.path("plant").asString()).isEqualTo(PLANT);
        assertThat(evidence.path("type").asString()).isEqualTo("STOCK_REPORT");
        assertThat(evidence.path("periodStart").asString()).isEqualTo("2025-03-01");
        assertThat(evidence.path("periodEnd").asString()).isEqualTo("2025-04-01");
        assertThat(evidence.path("issuer").asString()).isEqualTo("Linde Gas");
        assertThat(evidence.path("amount").decimalValue()).isEqualByComparingTo("1250.5");
        assertThat(evidence.path("amountUnit").asString()).isEqualTo("kg");
        assertThat(evidence.path("fileName").asString()).isEqualTo("CO2 stock 2025-03 – 库存.pdf");
        assertThat(evidence.path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(evidence.path("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(evidence.path("sha256").asString()).isEqualTo(Hashes.sha256(pdf));
        assertThat(evidence.path("uploadedBy").asString()).isEqualTo("token:bootstrap");
        assertThat(evidence.path("data")).isEmpty();
        assertThat(evidence.propertyNames()).containsExactly("id", "plant", "type", "periodStart", "periodEnd", "issuer", "amount",
                "amountUnit", "fileName", "contentType", "sizeBytes", "sha256", "uploadedBy", "uploadedAt", "data");
        assertThat(api.get("/api/v1/plants/" + PLANT + "/evidence/" + id).json()).isEqualTo(evidence);

        HttpResponse<byte[]> download = api.download("/api/v1/plants/" + PLANT + "/evidence/" + id + "/content");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''CO2%20stock%202025-03%20%E2%80%93%20%E5%BA%93%E5%AD%98.pdf");
    }

    @Test
    void theSameFileUploadedTwiceIsStoredOnce() throws IOException {
        byte[] pdf = Evidences.pdf("invoice twice");
        String sha = Hashes.sha256(pdf);
        Api.Response first = upload(PLANT, fields(), "invoice.pdf", pdf);
        Api.Response second = upload(PLANT, fields("type", "INVOICE"), "invoice-copy.pdf", pdf);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).as("the existing record, unchanged").isEqualTo(200);
        assertThat(second.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
        assertThat(second.json().path("fileName").asString()).isEqualTo("invoice.pdf");
        assertThat(filesNamed(sha)).isEqualTo(1);
        assertThat(io.autoghg.platform.security.FieldCipher.isEncrypted(Files.readAllBytes(stored(sha))))
                .as("stored encrypted at rest").isTrue();
        assertThat(api.getBytes("/api/v1/plants/" + PLANT + "/evidence/" + first.json().path("id").asLong() + "/content")).isEqualTo(pdf);
        assertThat(api.get("/api/v1/plants/" + PLANT + "/evidence?size=1000").json().path("items").findValuesAsString("sha256"))
                .containsOnlyOnce(sha);

        // another plant gets its own record of the same file, still stored once
        Api.Response other = upload(OTHER, fields(), "invoice.pdf", pdf);
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.json().path("id").asLong()).isNotEqualTo(first.json().path("id").asLong());
        assertThat(filesNamed(sha)).isEqualTo(1);
        try (Stream<Path> leftovers = Files.list(Path.of(properties.data(), "evidence", "tmp"))) {
            assertThat(leftovers).as("no temporary files left").isEmpty();
        }
    }

    @Test
    void aStoredFileIsCheckedOnEveryRead() throws IOException {
        byte[] pdf = Evidences.pdf("meter photo");
        JsonNode evidence = upload(PLANT, fields("type", "METER_PHOTO"), "gm-1.pdf", pdf).json();
        long id = evidence.path("id").asLong();
        Path file = stored(evidence.path("sha256").asString());
        Files.write(file, "tampered".getBytes(StandardCharsets.US_ASCII));

        Api.Response damaged = api.get("/api/v1/plants/" + PLANT + "/evidence/" + id + "/content");

        assertThat(damaged.status()).isEqualTo(500);
        assertThat(damaged.json().path("detail").asString()).startsWith("evidence " + id + ": stored file does not match its SHA-256 ");
        assertThat(damaged.json().path("evidence").asLong()).isEqualTo(id);

        // uploading the original again restores the file
        Api.Response again = upload(PLANT, fields("type", "METER_PHOTO"), "gm-1.pdf", pdf);
        assertThat(again.status()).isEqualTo(200);
        assertThat(api.download("/api/v1/plants/" + PLANT + "/evidence/" + id + "/content").body()).isEqualTo(pdf);

        Files.delete(file);
        Api.Response missing = api.get("/api/v1/plants/" + PLANT + "/evidence/" + id + "/content");
        assertThat(missing.status()).isEqualTo(500);
        assertThat(missing.json().path("detail").asString()).startsWith("evidence " + id + ": stored file evidence/").contains("is missing");
    }

    @Test
    void badUploadsNameTheirFieldsAndStoreNothing() {
        long before = api.get("/api/v1/plants/" + PLANT + "/evidence?size=1").json().path("total").asLong();
        byte[] pdf = Evidences.pdf("bad");

        assertField(upload(PLANT, fields("type", "RECEIPT"), "a.pdf", pdf), "type", "unknown evidence type 'RECEIPT'");
        assertField(upload(PLANT, fields("type", null), "a.pdf", pdf), "type", "required");
        assertField(upload(PLANT, fields("periodStart", null), "a.pdf", pdf), "periodStart", "required");
        assertField(upload(PLANT, fields("periodEnd", "2025-03-01"), "a.pdf", pdf), "periodEnd",
                "periodEnd 2025-03-01 is not after periodStart 2025-03-01");
        assertField(upload(PLANT, fields("periodEnd", "March"), "a.pdf", pdf), "periodEnd", "'March' is not valid");
        assertField(upload(PLANT, fields("amount", "12", "amountUnit", "barrels"), "a.pdf", pdf), "amountUnit",
                "unknown unit 'barrels'");
        assertField(upload(PLANT, fields("amount", "12"), "a.pdf", pdf), "amountUnit", "needs a unit");
        assertField(upload(PLANT, fields("amount", "-1", "amountUnit", "kg"), "a.pdf", pdf), "amount", "not greater than 0");
        assertField(upload(PLANT, fields("amount", "lots", "amountUnit", "kg"), "a.pdf", pdf), "amount", "'lots' is not valid");
        assertField(upload(PLANT, fields(), "empty.pdf", new byte[0]), "file", "the file is empty");
        assertField(upload(PLANT, fields(), "none.pdf", null), "file", "no file was sent");
        byte[] huge = new byte[50 * 1024 * 1024 + 1];
        assertField(upload(PLANT, fields(), "huge.pdf", huge), "file", "larger than 50 MB");

        assertThat(api.get("/api/v1/plants/" + PLANT + "/evidence?size=1").json().path("total").asLong()).isEqualTo(before);
        assertThat(api.get("/api/v1/plants/NOPE/evidence").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/plants/" + PLANT + "/evidence/999999").status()).isEqualTo(404);
    }

    private static void assertField(Api.Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode error = response.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo(field);
        assertThat(error.path("message").asString()).contains(message);
    }

    @Test
    void theListFiltersByTypeAndPeriodPageByPage() {
        String plant = OTHER;
        long january = Evidences.invoice(api, plant, "2024-01-01", "2024-02-01");
        long february = Evidences.invoice(api, plant, "2024-02-01", "2024-03-01");
        Api.Response certificate = upload(plant, fields("type", "CALIBRATION_CERTIFICATE", "periodStart", "2024-01-10",
                "periodEnd", "2025-01-10"), "cal.pdf", Evidences.pdf("calibration"));
        long calibration = certificate.json().path("id").asLong();

        JsonNode invoices = api.get("/api/v1/plants/" + plant + "/evidence?type=INVOICE&from=2024-01-01&to=2025-01-01").json();
        assertThat(invoices.path("items").findValues("id").stream().map(JsonNode::asLong).toList()).containsExactly(january, february);
        JsonNode february2024 = api.get("/api/v1/plants/" + plant + "/evidence?from=2024-02-01&to=2024-03-01").json();
        assertThat(february2024.path("items").findValues("id").stream().map(JsonNode::asLong).toList())
                .containsExactly(calibration, february);
        JsonNode page = api.get("/api/v1/plants/" + plant + "/evidence?from=2024-01-01&to=2025-01-01&size=2&page=1").json();
        assertThat(page.path("total").asLong()).isEqualTo(3);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("items")).hasSize(1);
        Api.Response badType = api.get("/api/v1/plants/" + plant + "/evidence?type=RECEIPT");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/plants/" + PLANT + "/evidence/" + january).status()).as("another plant's evidence").isEqualTo(404);
    }
}
