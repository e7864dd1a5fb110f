package io.autoghg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.support.AutoghgProperties;
import io.autoghg.platform.support.Hashes;
import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.PlatformTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The evidence page and the evidence picker of the manual entry form, over HTTP without a token, for plant WEB-V. */
@PlatformTest
class EvidencePageTests {
    static final String PLANT = "WEB-V";

    private final Environment environment;
    private final AutoghgProperties properties;

    @Autowired
    EvidencePageTests(Environment environment, AutoghgProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    private Api api;
    private DataPages pages;

    @BeforeEach
    void plant() {
        api = Api.of(environment);
        pages = DataPages.of(environment);
        DataPageTests.importExample(api, PLANT);
    }

    private DataPages.Page upload(String name, byte[] content, String... fields) {
        return pages.upload("/evidence?plant=" + PLANT + "&year=2025", "file", content == null ? Map.of() : Map.of(name, content),
                DataPages.form(fields));
    }

    private static long storedId(DataPages.Page page) {
        Matcher matcher = Pattern.compile("evidence (\\d+)").matcher(page.text("evidence-uploaded"));
        assertThat(matcher.find()).as(page.text("evidence-uploaded")).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void thePageListsTheYearsEvidenceAndUploadsAFile() {
        DataPages.Page empty = pages.get("/evidence?plant=" + PLANT + "&year=2023");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"evidence-form\"", "enctype=\"multipart/form-data\"", "for=\"f-file\"",
                "for=\"f-periodEnd\"", "<option value=\"CALIBRATION_CERTIFICATE\">Calibration certificate</option>",
                "href=\"/evidence?plant=" + PLANT + "&amp;year=2023\" class=\"active\"");
        assertThat(empty.text("no-evidence")).isEqualTo("No evidence covers this year yet.");

        byte[] png = Evidences.pdf("purchase report August");
        DataPages.Page uploaded = upload("purchase-2025-08.pdf", png, "type", "PURCHASE_REPORT", "periodStart", "2025-08-01",
                "periodEnd", "2025-09-01", "issuer", "Air Liquide", "amount", "1 250,5", "amountUnit", "kg");

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        long id = storedId(uploaded);
        assertThat(uploaded.text("evidence-uploaded")).isEqualTo("Stored as evidence " + id + ".");
        String row = uploaded.element("evidence-" + id, "tr");
        assertThat(row).contains("Purchase report", "2025-08-01", "2025-09-01", "Air Liquide", "1250.5", "kg", "purchase-2025-08.pdf",
                Hashes.sha256(png).substring(0, 12), "user:admin", "no data yet");
        assertThat(pages.bytes("/evidence/" + id + "/content?plant=" + PLANT)).isEqualTo(png);

        DataPages.Page again = upload("copy.pdf", png, "type", "OTHER", "periodStart", "2025-08-01", "periodEnd", "2025-09-01");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("evidence-uploaded")).isEqualTo("This file was uploaded before as evidence " + id + "; nothing was changed.");

        DataPages.Page zh = pages.get("/evidence?plant=" + PLANT + "&year=2025&lang=zh");
        assertThat(zh.body()).contains("上传证据", "采购报表", "2025 年的证据");
    }

    @Test
    void badUploadsShowTheirMessagesNextToTheFields() {
        DataPages.Page missing = upload("x.pdf", null, "type", "", "periodStart", "2025-02-01", "periodEnd", "2025-01-01");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.fieldError("file")).isEqualTo("Required.");
        assertThat(missing.fieldError("type")).isEqualTo("Required.");
        assertThat(missing.inputValue("periodStart")).isEqualTo("2025-02-01");

        DataPages.Page backwards = upload("x.pdf", Evidences.pdf("x"), "type", "INVOICE", "periodStart", "2025-02-01",
                "periodEnd", "2025-01-01");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.fieldError("periodEnd")).contains("is not after periodStart");

        DataPages.Page unit = upload("x.pdf", Evidences.pdf("x"), "type", "INVOICE", "periodStart", "2025-01-01",
                "periodEnd", "2025-02-01", "amount", "12", "amountUnit", "barrels");
        assertThat(unit.fieldError("amountUnit")).contains("unknown unit 'barrels'");
        assertThat(unit.inputValue("amount")).isEqualTo("12");
    }

    @Test
    void theEntryFormOffersTheEvidenceOfItsPeriodAndNeedsOneForAManualSource() {
        long february = Evidences.invoice(api, PLANT, "2026-02-01", "2026-03-01");
        long march = Evidences.invoice(api, PLANT, "2026-03-01", "2026-04-01");

        DataPages.Page picker = pages.get("/data/new/evidence?plant=" + PLANT + "&source=LPG-FORKLIFT&start=2026-03-01&end=2026-04-01");
        assertThat(picker.status()).isEqualTo(200);
        assertThat(picker.body()).startsWith("<fieldset").contains("id=\"f-evidence-" + march + "\"", "Required to submit")
                .doesNotContain("id=\"f-evidence-" + february + "\"")
                .contains("href=\"/evidence?plant=" + PLANT + "&amp;periodStart=2026-03-01&amp;periodEnd=2026-04-01&amp;year=2026\"");

        long before = api.get("/api/v1/plants/" + PLANT + "/activity?size=1").json().path("total").asLong();
        DataPages.Page refused = pages.post("/data/new?plant=" + PLANT, "source", "LPG-FORKLIFT", "start", "2026-03-01",
                "end", "2026-04-01", "quantity", "2900", "unit", "kg", "status", "SUBMITTED", "evidenceIds", String.valueOf(february));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldError("evidenceIds"))
                .isEqualTo("evidence " + february + " covers 2026-02-01 to 2026-03-01 but the datum is 2026-03-01 to 2026-04-01");
        assertThat(refused.body()).as("the ticked evidence stays ticked")
                .containsPattern("id=\"f-evidence-" + february + "\"[^>]*checked");
        assertThat(api.get("/api/v1/plants/" + PLANT + "/activity?size=1").json().path("total").asLong()).isEqualTo(before);

        DataPages.Page stored = pages.post("/data/new?plant=" + PLANT, "source", "LPG-FORKLIFT", "start", "2026-03-01",
                "end", "2026-04-01", "quantity", "2900", "unit", "kg", "status", "SUBMITTED", "evidenceIds", String.valueOf(march));
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        assertThat(stored.body()).contains("(submitted).");
        assertThat(pages.get("/evidence?plant=" + PLANT + "&year=2026").element("evidence-" + march, "tr")).contains("datum #");
    }

    @Test
    void aDamagedFileIsAnErrorPageNamingTheEvidence() throws IOException {
        byte[] pdf = Evidences.pdf("to be damaged");
        long id = storedId(upload("photo.pdf", pdf, "type", "METER_PHOTO", "periodStart", "2025-05-01", "periodEnd", "2025-05-02"));
        String sha = Hashes.sha256(pdf);
        Files.write(Path.of(properties.data(), "evidence", sha.substring(0, 2), sha), "x".getBytes(StandardCharsets.US_ASCII));

        DataPages.Page damaged = pages.get("/evidence/" + id + "/content?plant=" + PLANT);

        assertThat(damaged.status()).isEqualTo(500);
        assertThat(damaged.contentType()).startsWith("text/html");
        assertThat(damaged.body()).contains("evidence " + id + ": stored file does not match its SHA-256");
    }
}
