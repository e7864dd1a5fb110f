package io.autoghg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.ExampleFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Restarting the service keeps every datum: the embedded database's data directory persists. */
class PersistenceTests {

    @Test
    void dataSurvivesARestart() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "restart-");
        String[] args = {"--server.port=0", "--autoghg.data=" + data, "--autoghg.bootstrap-token=restart-token",
                "--logging.level.root=warn", "--autoghg.mqtt.enabled=false"};
        String total;
        try (ConfigurableApplicationContext first = PlatformApplication.start(args)) {
            Api api = api(first);
            assertThat(api.upload("/api/v1/imports", Map.of("plant.yaml", ExampleFiles.plant("KEEP"),
                    "activity.csv", ExampleFiles.activity())).status()).isEqualTo(200);
            total = api.get("/api/v1/plants/KEEP/inventories/2025").json().path("totals").path("total").asString();
        }
        try (ConfigurableApplicationContext second = PlatformApplication.start(args)) {
            Api api = api(second);
            assertThat(api.get("/api/v1/plants/KEEP/activity?size=1").json().path("total").asLong()).isEqualTo(301);
            assertThat(api.get("/api/v1/plants/KEEP/inventories/2025").json().path("version").asInt()).isEqualTo(1);
            assertThat(api.get("/api/v1/plants/KEEP/inventories/2025").json().path("totals").path("total").asString()).isEqualTo(total);
        }
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api("http://localhost:" + context.getEnvironment().getProperty("local.server.port"), "restart-token");
    }
}
