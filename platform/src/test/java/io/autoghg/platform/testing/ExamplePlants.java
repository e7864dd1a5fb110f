package io.autoghg.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The example plant (examples/plant-p1.yaml with its 2025 activity) imported under a test's own plant
 * code, with 25,000 vehicles produced in every month of 2025 (300,000 in the year).
 */
public final class ExamplePlants {
    /** Total of the example plant for 2025 (accounting's ExamplePlantTests), as the console shows it. */
    public static final String TOTAL = "164,775.904";
    /** NG-PAINT: 12,000,000 Nm3 × 0.038931 GJ/Nm3 × 0.01532 tC/GJ × 0.99 × 44/12 = 25,980.182 395 2 t CO2. */
    public static final String NG_PAINT = "25,980.182";

    private ExamplePlants() {
    }

    public static synchronized void ensure(Api api, String plant) {
        if (api.get("/api/v1/plants/" + plant).status() == 200) {
            return;
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("plant.yaml", ExampleFiles.plant(plant));
        files.put("activity.csv", ExampleFiles.activity());
        Api.Response imported = api.upload("/api/v1/imports", files);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        for (int month = 1; month <= 12; month++) {
            Api.Response production = api.put("/api/v1/plants/" + plant + "/production/" + YearMonth.of(2025, month),
                    Map.of("vehicles", 25_000));
            assertThat(production.status()).as(production.body()).isEqualTo(200);
        }
    }
}
