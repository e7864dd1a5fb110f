package io.autoghg.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Reports of the demo plant (seeded at start-up, the same database as the other demo tests) for the
 * last full year. With -Dautoghg.samples=DIR the files are also written to DIR — the samples in
 * docs/samples are made with -Dautoghg.samples=../docs/samples (docs/reports.md, section 8).
 */
@PlatformTest
@TestPropertySource(properties = "autoghg.demo=true")
class ReportSamplesTests {
    static final List<String> SAMPLES = List.of("gbt32150-zh.pdf", "gbt32150-en.pdf", "iso14064-en.pdf", "ghgp-en.pdf", "tables-zh.pdf",
            "gbt32150-zh.xlsx");

    @Autowired
    Environment environment;

    @Test
    void theDemoPlantsReportsNameItInChineseAndShowItsTotals() throws IOException {
        Api api = Api.of(environment);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        JsonNode inventory = api.get("/api/v1/plants/DEMO/inventories/" + year).json();
        String total = String.format(java.util.Locale.ROOT, "%,.3f", inventory.path("totals").path("total").decimalValue());
        String gbt = String.format(java.util.Locale.ROOT, "%,.3f", inventory.path("totals").path("gbt32150Total").decimalValue());
        String target = System.getProperty("autoghg.samples");
        // without -Dautoghg.samples only the two GB/T 32150 PDFs are made and checked (each takes seconds with the demo's data)
        for (String sample : target == null ? SAMPLES.subList(0, 2) : SAMPLES) {
            String[] parts = sample.split("[-.]");
            HttpResponse<byte[]> response = api.download("/api/v1/plants/DEMO/reports/" + year + "?standard=" + parts[0] + "&lang="
                    + parts[1] + "&format=" + parts[2]);
            assertThat(response.statusCode()).as(sample).isEqualTo(200);
            assertThat(response.body().length).as(sample + " stays small").isLessThan(2_000_000);
            if (parts[2].equals("pdf")) {
                String text = String.join("\n", ReportPlants.pages(response.body()));
                assertThat(text).as(sample).contains("示范整车厂", total, "sha256 " + inventory.path("inputsHash").asString());
                if (parts[0].equals("gbt32150")) {
                    assertThat(text).contains(gbt);
                }
            }
            if (target != null) {
                Files.createDirectories(Path.of(target));
                Files.write(Path.of(target, "demo-" + sample), response.body());
            }
        }
    }
}
