package io.autoghg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/** Before any plant exists (the empty database of DataEmptyStateTests): overview, inventory and trace say so. */
@PlatformTest
@TestPropertySource(properties = "autoghg.test.context=empty-database")
class OverviewEmptyStateTests {
    @Autowired
    Environment environment;

    @Test
    void everyPagePointsToTheDataPageWhileThereIsNoPlant() {
        Api console = Api.of(environment); // console pages answer API tokens too; sessions are covered by DataPages and the browser tests
        for (String path : new String[] {"/?lang=en", "/inventory?table=calculation&lang=en", "/inventory/trace?source=NG-PAINT&lang=en"}) {
            Api.Response page = console.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("class=\"empty\" role=\"status\"",
                    "No plant yet. Import a plant file on the Data page, or start the service with --demo.",
                    "<a class=\"button\" href=\"/data\">Go to the Data page</a>");
        }
        assertThat(console.get("/?lang=zh").body()).contains("尚无工厂", "前往数据页面");
        assertThat(console.get("/inventory/xlsx?table=ghg&lang=en").status()).isEqualTo(404);
    }
}
