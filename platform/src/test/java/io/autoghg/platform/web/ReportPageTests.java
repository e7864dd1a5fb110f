package io.autoghg.platform.web;

import io.autoghg.platform.testing.ExamplePlants;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The reports page: the form, the draft or locked status of a year, the status fragment for htmx and the download. */
@PlatformTest
class ReportPageTests {
    @Autowired
    Environment environment;

    private DataPages pages;

    @BeforeEach
    void plant() {
        pages = DataPages.of(environment);
        ExamplePlants.ensure(Api.of(environment), "RPT-PAGE");
    }

    @Test
    void showsWhetherTheReportIsADraftOrLockedAndDownloadsIt() {
        DataPages.Page page = pages.get("/reports?plant=RPT-PAGE&year=2025&lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Reports · Example Vehicle Assembly Plant", "id=\"report-form\"", "GB/T 32150 inventory report",
                "Statistical tables", "./autoghg report");
        // a year without data has no inventory version
        DataPages.Page empty = pages.get("/reports/status?plant=RPT-PAGE&year=2019&lang=en");
        assertThat(empty.body()).contains("id=\"report-none\"", "2019 has no inventory yet");

        byte[] pdf = pages.bytes("/reports/download?plant=RPT-PAGE&year=2025&standard=gbt32150&language=zh&format=pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        DataPages.Page draft = pages.get("/reports/status?plant=RPT-PAGE&year=2025&lang=en");
        assertThat(draft.body()).contains("id=\"report-draft\"", "is not closed (state: Open)", "DRAFT");

        Api api = Api.of(environment);
        for (String to : new String[] {"DATA_COLLECTION", "REVIEW", "VERIFICATION", "CLOSED"}) {
            assertThat(api.post("/api/v1/plants/RPT-PAGE/periods/2025/transitions", Map.of("to", to)).status()).isEqualTo(200);
        }
        DataPages.Page locked = pages.get("/reports?plant=RPT-PAGE&year=2025&lang=zh");
        assertThat(locked.body()).contains("报告 · Example Vehicle Assembly Plant", "id=\"report-locked\"", "2025 年度已关闭", "清单版本 1");

        DataPages.Page wrong = pages.get("/reports/download?plant=RPT-PAGE&year=2025&standard=gri&language=zh&format=pdf");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("standard: ");
    }
}
