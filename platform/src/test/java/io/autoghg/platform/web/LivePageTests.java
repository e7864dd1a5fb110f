package io.autoghg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/** The live view: power and gas flow by unit from the latest quarter hour, today's emissions so far, meter status. */
@PlatformTest
class LivePageTests {
    @Autowired
    Environment environment;

    @Test
    void showsLoadByUnitTodaysEmissionsAndMeters() {
        Api api = Api.of(environment);
        if (api.get("/api/v1/plants/LIVE1").status() != 200) {
            assertThat(api.post("/api/v1/plants", Map.of("code", "LIVE1", "name", "Live plant", "timezone", "Asia/Shanghai")).status()).isEqualTo(201);
            assertThat(api.post("/api/v1/plants/LIVE1/org-units", Map.of("code", "PAINT", "name", "Paint shop")).status()).isEqualTo(201);
            for (List<String> meter : List.of(List.of("E-LIVE", "kWh"), List.of("G-LIVE", "Nm3"), List.of("E-QUIET", "kWh"))) {
                assertThat(api.post("/api/v1/plants/LIVE1/meters", Map.of("code", meter.get(0), "measures", "live test", "unit", meter.get(1),
                        "orgUnit", "PAINT")).status()).isEqualTo(201);
            }
            assertThat(api.post("/api/v1/plants/LIVE1/sources", Map.of("code", "NG-LIVE", "type", "STAT_COMB_NG", "orgUnit", "PAINT",
                    "collectionMethod", "METERED", "frequency", "DAY", "meters", List.of("G-LIVE"),
                    "parameters", Map.of("ncv", "0.038931 GJ/Nm3", "carbonContent", "0.01532 tC/GJ", "oxidation", "0.99"))).status())
                    .isEqualTo(201);
        }
        // one reading a few minutes ago (but today in the plant's time zone) per meter, in the same quarter hour
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant midnight = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        Instant bucket = Instant.ofEpochSecond(now.getEpochSecond() / 900 * 900);
        Instant ts = bucket.isBefore(midnight) ? midnight : bucket;
        Api.Response sent = api.post("/api/v1/readings?plant=LIVE1", Map.of("readings", List.of(
                Map.of("meter", "E-LIVE", "ts", ts.toString(), "value", 25, "unit", "kWh"),
                Map.of("meter", "G-LIVE", "ts", ts.toString(), "value", 10, "unit", "Nm3"),
                Map.of("meter", "E-LIVE", "ts", ts.toString(), "value", "NaN", "unit", "kWh"))));
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);

        DataPages.Page page = DataPages.of(environment).get("/live?plant=LIVE1&lang=en");
        assertThat(page.status()).isEqualTo(200);
        // 25 kWh in the quarter hour = 100 kW; 10 Nm3 = 40 Nm3/h
        assertThat(page.body()).contains("id=\"live-load\"", ">PAINT<", ">100.0<", ">40.0<");
        // 10 Nm3 × 0.038931 GJ/Nm3 × 0.01532 tC/GJ × 0.99 × 44/12 = 0.02165 t CO2
        assertThat(page.body()).contains("id=\"live-emissions\"", "0.022 t CO2e");
        assertThat(page.body()).contains("id=\"live-meters\"", "E-QUIET", "never", "row 2 [value]");
        assertThat(DataPages.of(environment).get("/live?plant=LIVE1&lang=zh").body()).contains("实时", "今日累计排放");
    }

    @Test
    void showsTheGatewaysLastHeartbeatAndEditsItsCentralConfiguration() {
        Api api = Api.of(environment);
        if (api.get("/api/v1/plants/LIVE2").status() != 200) {
            assertThat(api.post("/api/v1/plants", Map.of("code", "LIVE2", "name", "Gateway plant")).status()).isEqualTo(201);
            assertThat(api.post("/api/v1/plants/LIVE2/meters", Map.of("code", "E-LIVE2", "measures", "live test", "unit", "kWh"))
                    .status()).isEqualTo(201);
        }
        Api gateway = api.withToken(api.post("/api/v1/tokens", Map.of("name", "gw-live2-" + System.nanoTime(), "role", "GATEWAY",
                "plantCode", "LIVE2")).json().path("token").asString());
        Map<String, Object> device = Map.of("name", "feeders", "type", "modbus-tcp", "host", "10.1.1.1",
                "meters", List.of(Map.of("code", "E-LIVE2", "unit", "kWh", "register", 100)));
        assertThat(api.put("/api/v1/plants/LIVE2/gateways/gw-page/config", Map.of("devices", List.of(device))).status()).isEqualTo(200);
        assertThat(gateway.post("/api/v1/plants/LIVE2/gateways/gw-page/registration", Map.of("version", "0.1.0", "hostName", "ipc-9",
                "transport", "mqtt", "localDevices", 0)).status()).isEqualTo(200);
        assertThat(gateway.post("/api/v1/plants/LIVE2/gateways/gw-page/status", Map.of("configVersion", 1, "polled", 40, "bad", 2,
                "sent", 38, "sendFailures", 5, "pendingBytes", 4321, "lastError", "platform answered 503",
                "devices", List.of(Map.of("name", "feeders", "lastGoodPoll", "2026-11-25T10:00:00Z",
                        "lastError", "E-LIVE2: timeout", "lastErrorAt", "2026-11-25T10:00:15Z")))).status()).isEqualTo(200);

        DataPages pages = DataPages.of(environment);
        DataPages.Page live = pages.get("/live?plant=LIVE2&lang=en");
        String row = live.element("gateway-gw-page", "tr");
        assertThat(row).contains("ipc-9", "0.1.0", "mqtt", "runs version 1 (central: 1)", ">38<", ">5<", ">4321<",
                "platform answered 503", "feeders", "read at 2026-11-25T10:00:00Z", "E-LIVE2: timeout");
        assertThat(row).as("seen just now: not silent").doesNotContain("silent");
        assertThat(pages.get("/live?plant=LIVE2&lang=zh").body()).contains("边缘网关", "运行版本 1（中心：1）");

        DataPages.Page editor = pages.get("/live/gateway?plant=LIVE2&name=gw-page&lang=en");
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.text("gateway-version")).startsWith("Version 1, changed");
        assertThat(editor.body()).contains("id=\"f-document\"", "&quot;E-LIVE2&quot;");

        DataPages.Page refused = pages.post("/live/gateway?plant=LIVE2&name=gw-page&lang=en", "document",
                "{\"devices\":[{\"name\":\"feeders\",\"type\":\"modbus-tcp\",\"host\":\"10.1.1.1\",\"meters\":[{\"code\":\"E-LIVE2\",\"unit\":\"kWh\"}]}]}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"gateway-problems\"", "devices[0].meters[0].register: is required");
        assertThat(api.get("/api/v1/plants/LIVE2/gateways/gw-page/config").json().path("version").asInt()).as("nothing saved").isEqualTo(1);

        DataPages.Page saved = pages.post("/live/gateway?plant=LIVE2&name=gw-page&lang=en", "document",
                "{\"pollInterval\":\"30s\",\"devices\":[{\"name\":\"feeders\",\"type\":\"modbus-tcp\",\"host\":\"10.1.1.1\",\"meters\":[{\"code\":\"E-LIVE2\",\"unit\":\"kWh\",\"register\":100}]}]}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text("gateway-saved")).startsWith("Saved as version 2");
        JsonNode config = api.get("/api/v1/plants/LIVE2/gateways/gw-page/config").json();
        assertThat(config.path("version").asInt()).isEqualTo(2);
        assertThat(config.path("changedBy").asString()).isEqualTo("user:admin");
        assertThat(config.path("config").path("pollInterval").asString()).isEqualTo("30s");
    }
}
