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
}
