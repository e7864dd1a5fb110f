package io.autoghg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.ExampleFiles;
import io.autoghg.platform.testing.PlatformTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The reporting-cycle page: states, history and transition buttons, in English and Chinese. */
@PlatformTest
class PeriodPageTests {
    @Autowired
    Environment environment;

    private DataPages pages;

    @BeforeEach
    void plant() {
        pages = DataPages.of(environment);
        Api api = Api.of(environment);
        if (api.get("/api/v1/plants/CYC-PAGE").status() == 404) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("plant.yaml", ExampleFiles.plant("CYC-PAGE"));
            files.put("activity.csv", ExampleFiles.activity());
            assertThat(api.upload("/api/v1/imports", files).status()).isEqualTo(200);
        }
    }

    @Test
    void showsTheStatesAndPostsTransitions() {
        DataPages.Page page = pages.get("/periods?plant=CYC-PAGE&lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Reporting cycle", "id=\"period-2025\"", "Open", "Move to Data collection");

        DataPages.Page moved = pages.post("/periods/transition?plant=CYC-PAGE&lang=en", "period", "2025", "to", "DATA_COLLECTION",
                "reason", "");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.body()).contains("id=\"period-done\"", "Move to Review", "id=\"history-2025\"");
        assertThat(Api.of(environment).get("/api/v1/plants/CYC-PAGE/periods/2025").json().path("state").asString())
                .isEqualTo("DATA_COLLECTION");

        DataPages.Page illegal = pages.post("/periods/transition?plant=CYC-PAGE&lang=en", "period", "2025", "to", "CLOSED",
                "reason", "");
        assertThat(illegal.status()).isEqualTo(422);
        assertThat(illegal.body()).contains("id=\"period-problems\"", "to: ");

        DataPages.Page zh = pages.get("/periods?plant=CYC-PAGE&lang=zh");
        assertThat(zh.status()).isEqualTo(200);
        assertThat(zh.body()).contains("报告周期", "数据收集", "转到审核");
    }
}
