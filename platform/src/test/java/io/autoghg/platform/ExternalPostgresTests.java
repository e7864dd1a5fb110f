package io.autoghg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.ExampleFiles;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The external-database path: migrations and a smoke test against a PostgreSQL server given by
 * AUTOGHG_TEST_EXTERNAL_DB_URL (.ci/run starts Debian's postgresql and sets it).
 */
@EnabledIfEnvironmentVariable(named = "AUTOGHG_TEST_EXTERNAL_DB_URL", matches = ".+")
class ExternalPostgresTests {

    @Test
    void migratesAndServesAnInventoryOnAnExternalServer() {
        String[] args = {"--server.port=0", "--autoghg.db.url=" + System.getenv("AUTOGHG_TEST_EXTERNAL_DB_URL"),
                "--autoghg.db.user=" + System.getenv().getOrDefault("AUTOGHG_TEST_EXTERNAL_DB_USER", "autoghg"),
                "--autoghg.db.password=" + System.getenv().getOrDefault("AUTOGHG_TEST_EXTERNAL_DB_PASSWORD", "autoghg"),
                "--autoghg.bootstrap-token=external-token", "--autoghg.data=target/external-data", "--logging.level.root=warn", "--autoghg.mqtt.enabled=false"};
        try (ConfigurableApplicationContext context = PlatformApplication.start(args)) {
            Api api = new Api("http://localhost:" + context.getEnvironment().getProperty("local.server.port"), "external-token");
            String plant = "EXT-" + System.currentTimeMillis();
            assertThat(api.upload("/api/v1/imports", Map.of("plant.yaml", ExampleFiles.plant(plant),
                    "activity.csv", ExampleFiles.activity())).status()).isEqualTo(200);
            // the example plant's total (see the accounting module's ExamplePlantTests): 164,775.903553 t CO2e
            assertThat(api.get("/api/v1/plants/" + plant + "/inventories/2025").json().path("totals").path("total").decimalValue())
                    .isEqualByComparingTo("164775.903553");
        }
    }
}
