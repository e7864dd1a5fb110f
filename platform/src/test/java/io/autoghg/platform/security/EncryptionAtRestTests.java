package io.autoghg.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What lies in the database and on disk is ciphertext; the service still reads it. */
@PlatformTest
class EncryptionAtRestTests {
    @Autowired
    Environment environment;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void anAccountsEmailIsStoredEncrypted() {
        Api api = Api.of(environment);
        Api.Response created = api.post("/api/v1/users", Map.of("username", "enc.mail", "email", "li.hua@plant.example.cn",
                "password", "Stored-Encrypted-Mail-5", "grants", List.of()));
        assertThat(created.json().path("email").asString()).isEqualTo("li.hua@plant.example.cn");
        String stored = jdbc.sql("select email_enc from user_account where username = 'enc.mail'").query(String.class).single();
        assertThat(stored).doesNotContain("li.hua").doesNotContain("example");
    }

    @Test
    void theLedgerKeyAndEvidenceFilesAreEncryptedAndStillWork() throws Exception {
        Api api = Api.of(environment);
        io.autoghg.platform.testing.ExamplePlants.ensure(api, "ENC-P");
        assertThat(api.post("/api/v1/plants/ENC-P/ledger/seals/2025", Map.of()).status()).isEqualTo(201);
        byte[] key = jdbc.sql("select k.private_key from ledger_key k join plant p on p.id = k.plant_id where p.code = 'ENC-P'")
                .query(byte[].class).single();
        assertThat(FieldCipher.isEncrypted(key)).isTrue();
        assertThat(api.get("/api/v1/plants/ENC-P/ledger/seals/2025").status()).isEqualTo(200);

        String text = "Invoice 2025-03 natural gas 12345 Nm3, unit price 3.21 CNY";
        Api.Response uploaded = api.multipart("/api/v1/plants/ENC-P/evidence", Map.of("type", "INVOICE", "periodStart", "2025-03-01",
                "periodEnd", "2025-04-01"), "file", "invoice.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String sha = uploaded.json().path("sha256").asString();
        long id = uploaded.json().path("id").asLong();
        Path onDisk = Path.of(context.getBean(io.autoghg.platform.support.AutoghgProperties.class).data(), "evidence", sha.substring(0, 2), sha);
        byte[] stored = Files.readAllBytes(onDisk);
        assertThat(FieldCipher.isEncrypted(stored)).isTrue();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("unit price");
        assertThat(new String(api.getBytes("/api/v1/plants/ENC-P/evidence/" + id + "/content"), StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
