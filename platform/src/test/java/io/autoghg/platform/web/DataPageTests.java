package io.autoghg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.PlatformTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/** The data pages over HTTP, without a token, for the example plant and its 2025 activity imported as WEB-D. */
@PlatformTest
class DataPageTests {
    static final String PLANT = "WEB-D";

    @Autowired
    Environment environment;

    private Api api;
    private DataPages pages;

    @BeforeEach
    void plant() {
        api = Api.of(environment);
        pages = DataPages.of(environment);
        importExample(api, PLANT);
    }

    static synchronized void importExample(Api api, String plant) {
        if (api.get("/api/v1/plants/" + plant).status() == 200) {
            return;
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("plant.yaml", ExampleFiles.plant(plant));
        files.put("activity-2025.csv", ExampleFiles.activity());
        Api.Response imported = api.upload("/api/v1/imports?plant=" + plant, files);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
    }

    private long count(String query) {
        return api.get("/api/v1/plants/" + PLANT + "/activity?size=1" + query).json().path("total").asLong();
    }

    private BigDecimal total(int year) {
        return api.get("/api/v1/plants/" + PLANT + "/inventories/" + year).json().path("totals").path("total").decimalValue();
    }

    @Test
    void listsTheActivityDataFiftyAPageWithStatusAndProvenance() {
        DataPages.Page first = pages.get("/data?plant=" + PLANT);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        long all = count("");
        assertThat(first.text("data-count")).isEqualTo("Rows 1–50 of " + all);
        assertThat(first.body()).contains("id=\"activity\"", "id=\"page-next\"", "submitted", "metered",
                "from activity-2025.csv:2 (import ").doesNotContain("id=\"page-previous\"");
        assertThat(first.body().split("<tr id=\"datum-")).hasSize(51);

        DataPages.Page second = pages.get("/data?plant=" + PLANT + "&page=1");
        assertThat(second.text("data-count")).isEqualTo("Rows 51–100 of " + all);
        assertThat(second.body()).contains("id=\"page-previous\"");

        DataPages.Page filtered = pages.get("/data?plant=" + PLANT + "&source=NG-PAINT&from=2025-03-01&to=2025-05-01&status=SUBMITTED");
        assertThat(filtered.text("data-count")).isEqualTo("Rows 1–2 of 2");
        assertThat(filtered.body()).contains("2025-03-01", "2025-04-01", "1000000").doesNotContain("id=\"page-next\"");

        DataPages.Page none = pages.get("/data?plant=" + PLANT + "&source=NG-PAINT&from=2030-01-01");
        assertThat(none.body()).contains("No activity data match these filters.");

        DataPages.Page badFilter = pages.get("/data?plant=" + PLANT + "&from=yesterday");
        assertThat(badFilter.fieldError("from")).isEqualTo("\"yesterday\" is not a date; use YYYY-MM-DD.");
    }

    @Test
    void aManualEntryIsStoredWithItsEvidenceAndTheTotalChanges() {
        BigDecimal before = total(2025);
        long workOrder = Evidences.invoice(api, PLANT, "2025-09-01", "2025-10-01");
        DataPages.Page form = pages.get("/data/new?plant=" + PLANT + "&source=SF6-SWITCHGEAR&year=2025");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<option value=\"SF6-SWITCHGEAR\" selected=\"selected\">", "for=\"f-quantity\"",
                "for=\"f-evidenceRefs\"", "id=\"status-draft\"", "id=\"evidence-picker\"", "id=\"f-evidence-" + workOrder + "\"",
                "id=\"evidence-upload-link\"");

        DataPages.Page entered = pages.post("/data/new?plant=" + PLANT, "source", "SF6-SWITCHGEAR", "start", "2025-09-01",
                "end", "2025-10-01", "quantity", "1.5", "unit", "kg", "item", "", "uncertaintyPct", "5",
                "evidenceRefs", "WO-2025-0917 (refill)\nscale ticket 88", "note", "breaker B3 topped up", "status", "SUBMITTED",
                "evidenceIds", String.valueOf(workOrder));

        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(entered.body()).contains("(submitted).", "Total of plant WEB-D, 2025");
        BigDecimal after = total(2025);
        // 1.5 kg SF6 × GWP 23,500 (AR5) = 35.25 t CO2e
        assertThat(after.subtract(before)).isEqualByComparingTo("35.25");
        String shown = entered.element("new-total", "strong");
        assertThat(shown).contains("data-tco2e=\"" + after.toPlainString() + "\"");
        assertThat(entered.text("new-total")).isEqualTo(new Formats().t(after));

        JsonNode stored = api.get("/api/v1/plants/" + PLANT + "/activity?source=SF6-SWITCHGEAR&from=2025-09-01&to=2025-10-01")
                .json().path("items").get(0);
        assertThat(stored.path("enteredBy").asString()).as("the signed-in person, not \"console\"").isEqualTo("user:admin");
        assertThat(stored.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(stored.path("evidenceRefs").toString()).isEqualTo("[\"WO-2025-0917 (refill)\",\"scale ticket 88\"]");
        assertThat(stored.path("note").asString()).isEqualTo("breaker B3 topped up");
        assertThat(api.get("/api/v1/plants/" + PLANT + "/evidence/" + workOrder).json().path("data").get(0).asLong())
                .isEqualTo(stored.path("id").asLong());
        // the list shows it as a manual entry with its evidence
        String list = pages.get("/data?plant=" + PLANT + "&source=SF6-SWITCHGEAR").body();
        assertThat(list).contains("manual entry", "WO-2025-0917 (refill)", "<span>user:admin</span>,",
                "href=\"/evidence/" + workOrder + "/content?plant=" + PLANT + "\"");
    }

    @Test
    void aDraftIsStoredUncountedAndSubmittedFromTheList() {
        BigDecimal before = total(2025);
        DataPages.Page entered = pages.post("/data/new?plant=" + PLANT, "source", "COAL-BOILER", "start", "2025-07-01",
                "end", "2025-08-01", "quantity", "10", "unit", "t", "status", "DRAFT");
        assertThat(entered.status()).as(entered.body()).isEqualTo(200);
        assertThat(entered.body()).contains("(draft).", "Drafts are not counted");
        assertThat(total(2025)).isEqualByComparingTo(before);

        long id = api.get("/api/v1/plants/" + PLANT + "/activity?source=COAL-BOILER&status=DRAFT").json().path("items").get(0)
                .path("id").asLong();
        DataPages.Page submitted = pages.post("/data/" + id + "/submit?plant=" + PLANT);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.body()).contains("Draft " + id + " submitted.");
        assertThat(total(2025)).isGreaterThan(before);

        DataPages.Page again = pages.post("/data/" + id + "/submit?plant=" + PLANT);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("The draft was not submitted:", "not a draft");
    }

    @Test
    void anOverlappingPeriodShowsTheMessageNextToTheStartAndStoresNothing() {
        long before = count("&source=SF6-SWITCHGEAR");
        DataPages.Page refused = pages.post("/data/new?plant=" + PLANT, "source", "SF6-SWITCHGEAR", "start", "2025-06-15",
                "end", "2025-07-15", "quantity", "2", "unit", "kg", "evidenceRefs", "keep me", "status", "SUBMITTED");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.fieldError("start")).contains("overlaps");
        assertThat(refused.fieldError("evidenceIds")).contains("a manual entry needs evidence", "2025-06-15 to 2025-07-15");
        assertThat(refused.inputValue("start")).isEqualTo("2025-06-15");
        assertThat(refused.inputValue("quantity")).isEqualTo("2");
        assertThat(refused.body()).contains(">keep me</textarea>").doesNotContain("id=\"new-total\"");
        assertThat(count("&source=SF6-SWITCHGEAR")).isEqualTo(before);
    }

    @Test
    void aUnitThatDoesNotFitTheSourceAndOtherBadValuesShowNextToTheirFields() {
        long before = count("");
        DataPages.Page wrongUnit = pages.post("/data/new?plant=" + PLANT, "source", "ELEC-GRID", "start", "2026-01-01",
                "end", "2026-02-01", "quantity", "10", "unit", "Nm3");
        assertThat(wrongUnit.status()).isEqualTo(422);
        assertThat(wrongUnit.fieldError("unit")).isNotBlank();
        assertThat(wrongUnit.inputValue("unit")).isEqualTo("Nm3");

        DataPages.Page unknownUnit = pages.post("/data/new?plant=" + PLANT, "source", "ELEC-GRID", "start", "2026-01-01",
                "end", "2026-02-01", "quantity", "10", "unit", "bananas");
        assertThat(unknownUnit.fieldError("unit")).contains("bananas");

        DataPages.Page bad = pages.post("/data/new?plant=" + PLANT, "source", "", "start", "2026-02-01", "end", "2026-01-01",
                "quantity", "-3", "unit", "");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.fieldError("source")).isEqualTo("Required.");
        assertThat(bad.fieldError("quantity")).isEqualTo("Must not be negative.");
        assertThat(bad.fieldError("unit")).isEqualTo("Required.");

        DataPages.Page backwards = pages.post("/data/new?plant=" + PLANT, "source", "ELEC-GRID", "start", "2026-02-01",
                "end", "2026-01-01", "quantity", "3", "unit", "MWh");
        assertThat(backwards.fieldError("end")).contains("is not after start");

        DataPages.Page unknownSource = pages.post("/data/new?plant=" + PLANT, "source", "NOPE", "start", "2026-01-01",
                "end", "2026-02-01", "quantity", "3", "unit", "MWh");
        assertThat(unknownSource.fieldError("source")).contains("no source 'NOPE'");
        assertThat(count("")).isEqualTo(before);
    }

    @Test
    void aCorrectionKeepsTheOldDatumAndShowsTheChain() {
        JsonNode old = api.get("/api/v1/plants/" + PLANT + "/activity?source=LNG-TRUCK&from=2025-01-01&to=2025-02-01").json()
                .path("items").get(0);
        long id = old.path("id").asLong();
        DataPages.Page form = pages.get("/data/" + id + "/correct?plant=" + PLANT);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"history\"", "id=\"correction-form\"");
        assertThat(form.inputValue("unit")).isEqualTo(old.path("unit").asString());

        DataPages.Page noReason = pages.post("/data/" + id + "/correct?plant=" + PLANT, "quantity", "5", "unit", "t", "reason", " ");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.fieldError("reason")).isEqualTo("Required.");
        assertThat(noReason.inputValue("quantity")).isEqualTo("5");
        assertThat(api.get("/api/v1/plants/" + PLANT + "/activity/" + id).json().path("status").asString()).isEqualTo("SUBMITTED");

        DataPages.Page withoutEvidence = pages.post("/data/" + id + "/correct?plant=" + PLANT, "quantity", "5", "unit", "t",
                "reason", "weighbridge ticket re-read");
        assertThat(withoutEvidence.status()).as("the imported datum had no evidence; its correction needs some").isEqualTo(422);
        assertThat(withoutEvidence.fieldError("evidenceIds")).contains("a manual entry needs evidence");

        long ticket = Evidences.invoice(api, PLANT, "2025-01-01", "2025-02-01");
        assertThat(pages.get("/data/" + id + "/correct?plant=" + PLANT).body()).contains("id=\"f-evidence-" + ticket + "\"");
        DataPages.Page corrected = pages.post("/data/" + id + "/correct?plant=" + PLANT, "quantity", "5", "unit", "t",
                "reason", "weighbridge ticket re-read", "evidenceRefs", "WB-2025-01-31", "evidenceIds", String.valueOf(ticket));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode oldNow = api.get("/api/v1/plants/" + PLANT + "/activity/" + id).json();
        assertThat(oldNow.path("status").asString()).isEqualTo("CORRECTED");
        assertThat(oldNow.path("quantity").decimalValue()).isEqualByComparingTo(old.path("quantity").decimalValue());
        long newId = oldNow.path("correctedById").asLong();
        JsonNode replacement = api.get("/api/v1/plants/" + PLANT + "/activity/" + newId).json();
        assertThat(replacement.path("correctsId").asLong()).isEqualTo(id);
        assertThat(replacement.path("correctionReason").asString()).isEqualTo("weighbridge ticket re-read");
        assertThat(replacement.path("enteredBy").asString()).isEqualTo("user:admin");

        assertThat(corrected.body()).contains("Correction stored as datum " + newId + "; datum " + id + " is kept")
                .contains("id=\"chain-" + newId + "\"", "id=\"chain-" + id + "\"", "weighbridge ticket re-read", "id=\"new-total\"");
        // the old datum's page shows the whole chain and no form; the list links both ways
        DataPages.Page oldPage = pages.get("/data/" + id + "/correct?plant=" + PLANT);
        assertThat(oldPage.body()).contains("id=\"chain-" + newId + "\"", "corrected by #" + newId).doesNotContain("id=\"correction-form\"");
        String list = pages.get("/data?plant=" + PLANT + "&source=LNG-TRUCK&from=2025-01-01&to=2025-02-01").body();
        assertThat(list).contains("corrected by #" + newId, "corrects #" + id, "weighbridge ticket re-read", "corrected");
        DataPages.Page twice = pages.post("/data/" + id + "/correct?plant=" + PLANT, "quantity", "6", "unit", "t", "reason", "again");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.body()).contains("only a submitted datum can be corrected");
    }

    @Test
    void aBadImportFileListsEveryBadRowAndChangesNothing() {
        long before = count("");
        String csv = """
                source,start,end,quantity,unit
                NG-PAINT,2026-01-01,2026-02-01,-100,Nm3
                NG-PAINT,2026-02-30,2026-03-01,100,Nm3
                ELEC-GRID,2026-01-01,2026-02-01,abc,MWh
                ELEC-GRID,2026-02-01,2026-03-01,12000,MWh
                """;
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("bad-2026.csv", csv.getBytes(StandardCharsets.UTF_8));
        DataPages.Page rejected = pages.upload("/data/import?plant=" + PLANT, files, Map.of("target", PLANT));

        assertThat(rejected.status()).isEqualTo(422);
        String table = rejected.element("import-errors", "table");
        assertThat(table).isNotNull();
        assertThat(table.split("<tr>")).hasSize(1 + 1 + 3); // before the header, the header, one row per bad line
        assertThat(table).contains("bad-2026.csv", ">2<", ">3<", ">4<", "negative", "abc");
        assertThat(rejected.text("import-nothing-changed")).startsWith("Nothing was changed");
        assertThat(count("")).isEqualTo(before);

        // once the rows are read, the engine checks them with the stored data: an overlap is a row error too
        files.put("bad-2026.csv", "source,start,end,quantity,unit\nNG-PAINT,2025-12-15,2026-01-15,100,Nm3\n".getBytes(StandardCharsets.UTF_8));
        DataPages.Page overlap = pages.upload("/data/import?plant=" + PLANT, files, Map.of("target", PLANT));
        assertThat(overlap.status()).isEqualTo(422);
        assertThat(overlap.element("import-errors", "table")).contains("overlaps");
        assertThat(count("")).isEqualTo(before);

        DataPages.Page noFile = pages.upload("/data/import?plant=" + PLANT, Map.of(), Map.of("target", PLANT));
        assertThat(noFile.status()).isEqualTo(422);
        assertThat(noFile.element("import-errors", "table")).contains("Choose at least one file.");
    }

    @Test
    void aGoodImportShowsTheOutcomePerFileAndARepeatIsUnchanged() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("coal-2025-q2.csv", "source,start,end,quantity,unit\nCOAL-BOILER,2025-04-01,2025-07-01,300,t\n"
                .getBytes(StandardCharsets.UTF_8));
        DataPages.Page imported = pages.upload("/data/import?plant=" + PLANT, files, Map.of("target", PLANT));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.text("import-done")).isEqualTo("Imported into plant " + PLANT);
        assertThat(imported.element("import-outcome", "table")).contains("coal-2025-q2.csv", "activity CSV", "imported", ">1<");

        DataPages.Page again = pages.upload("/data/import?plant=" + PLANT, files, Map.of("target", PLANT));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("import-done")).contains("every file had been imported before");
        assertThat(again.body()).contains("imported before as import");
    }

    @Test
    void aPlantFileCreatesThePlantFromTheImportPage() {
        DataPages.Page page = pages.get("/data/import");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"import-form\"", "enctype=\"multipart/form-data\"", "hx-indicator=\"#loading\"",
                "for=\"f-files\"", "/data/template.xlsx");

        DataPages.Page imported = pages.upload("/data/import", Map.of("plant-web-i.yaml", ExampleFiles.plant("WEB-I")), Map.of("target", ""));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("Imported into plant WEB-I", "plant file");
        assertThat(api.get("/api/v1/plants/WEB-I/sources").json().size()).isEqualTo(27);
    }

    @Test
    void theTemplateDownloadsWithThePlantsSourceCodes() {
        DataPages.Page link = pages.get("/data/import?plant=" + PLANT);
        assertThat(link.body()).contains("href=\"/data/template.xlsx?plant=" + PLANT + "\"");
        byte[] workbook = pages.bytes("/data/template.xlsx?plant=" + PLANT);
        assertThat(workbook.length).isGreaterThan(1000);
        assertThat(new String(workbook, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(pages.get("/data/template.xlsx?plant=" + PLANT).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
