package io.autoghg.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.ExampleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import tools.jackson.databind.JsonNode;

/**
 * The example plant (examples/plant-p1.yaml with its 2025 activity) under a test's own code and a
 * Chinese name, 25,000 vehicles a month; and the text of a PDF page by page.
 */
final class ReportPlants {
    static final String NAME = "示例整车厂";

    private ReportPlants() {
    }

    static synchronized void ensure(Api api, String plant) {
        if (api.get("/api/v1/plants/" + plant).status() == 200) {
            return;
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("plant.yaml", plantFile(plant, NAME));
        files.put("activity.csv", ExampleFiles.activity());
        Api.Response imported = api.upload("/api/v1/imports", files);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        for (int month = 1; month <= 12; month++) {
            assertThat(api.put("/api/v1/plants/" + plant + "/production/" + YearMonth.of(2025, month), Map.of("vehicles", 25_000))
                    .status()).isEqualTo(200);
        }
    }

    static byte[] plantFile(String plant, String name) {
        return new String(ExampleFiles.plant(plant), StandardCharsets.UTF_8)
                .replace("name: \"Example Vehicle Assembly Plant\"", "name: \"" + name + "\"").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The example activity of 2025 moved one year back, for a base year: rows of earlier years are
     * left out, and so are moved rows whose source and period the example already has (its December
     * 2024 electricity row).
     */
    static byte[] activity2024() {
        List<String> lines = ExampleFiles.read(ExampleFiles.ACTIVITY).lines().toList();
        java.util.Set<String> kept = lines.stream().filter(line -> line.contains(",2024-"))
                .map(line -> String.join(",", java.util.Arrays.asList(line.split(",")).subList(0, 3))).collect(java.util.stream.Collectors.toSet());
        StringBuilder moved = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            if (line.contains(",2024-")) {
                continue;
            }
            String earlier = java.util.regex.Pattern.compile(",(\\d{4})-").matcher(line)
                    .replaceAll(date -> "," + (Integer.parseInt(date.group(1)) - 1) + "-");
            if (!kept.contains(String.join(",", java.util.Arrays.asList(earlier.split(",")).subList(0, 3)))) {
                moved.append(earlier).append('\n');
            }
        }
        return moved.toString().getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode inventory(Api api, String plant, int year) {
        return api.get("/api/v1/plants/" + plant + "/inventories/" + year).json();
    }

    static BigDecimal total(JsonNode inventory, String key) {
        return inventory.path("totals").path(key).decimalValue();
    }

    /** The text of every page, in order. */
    static List<String> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
