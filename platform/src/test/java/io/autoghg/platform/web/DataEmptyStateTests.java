package io.autoghg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/** Before any plant exists (a database of its own): the pages explain that and point to the import page. */
@PlatformTest
@TestPropertySource(properties = "autoghg.test.context=empty-database")
class DataEmptyStateTests {
    @Autowired
    Environment environment;

    @Test
    void everyPagePointsToTheImportPageWhileThereIsNoPlant() {
        DataPages pages = DataPages.of(environment);
        for (String path : new String[] {"/setup", "/setup?tab=sources", "/data", "/data/new", "/evidence"}) {
            DataPages.Page page = pages.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("No plant yet. Import a plant file (YAML) first",
                    "<a class=\"button\" href=\"/data/import\">Go to the import page</a>");
        }
        DataPages.Page factors = pages.get("/setup?tab=factors");
        assertThat(factors.body()).as("the library does not depend on a plant").contains("id=\"factor-library\"")
                .doesNotContain("No plant yet");
        DataPages.Page imports = pages.get("/data/import");
        assertThat(imports.status()).isEqualTo(200);
        assertThat(imports.body()).contains("id=\"import-form\"", "Download the XLSX template<");
        assertThat(pages.get("/setup?lang=zh").body()).contains("尚无工厂", "前往导入页面");
    }
}
