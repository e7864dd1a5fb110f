package io.autoghg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The quality page over HTTP for a plant with a daily electricity source that misses three days:
 * scores, the finding, filters, filling the gap from the form, and the data dictionary download.
 */
@PlatformTest
class QualityPageTests {
    static final String PLANT = "QPAGE";

    @Autowired
    Environment environment;

    private DataPages pages;

    @BeforeEach
    void plant() {
        pages = DataPages.of(environment);
        Api api = Api.of(environment);
        if (api.get("/api/v1/plants/" + PLANT).status() == 200) {
            return;
        }
        StringBuilder csv = new StringBuilder("source,start,end,quantity,unit\n");
        for (int day = 1; day <= 20; day++) {
            if (day < 8 || day > 10) {
                csv.append(String.format("ELEC,2025-06-%02d,2025-06-%02d,%d,kWh%n", day, day + 1, 2000 + 5 * day));
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("plant.yaml", ("""
                plant: {code: QPAGE, name: "Quality page plant", timezone: Asia/Shanghai, gwp: AR5}
                orgUnits:
                  - {code: SITE, name: "Site-wide", nameZh: "厂区公共"}
                sources:
                  - {code: ELEC, type: ELEC_PURCHASED, name: "Grid electricity", orgUnit: SITE}
                """).getBytes(StandardCharsets.UTF_8));
        files.put("activity.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(api.upload("/api/v1/imports", files).status()).isEqualTo(200);
    }

    @Test
    void showsTheScoresAndFindingsAndFillsAGapFromTheForm() {
        DataPages.Page page = pages.get("/quality?plant=QPAGE&year=2025&lang=en");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Data quality · Quality page plant · 2025", "id=\"score-completeness\"",
                "ELEC: no data for 3 day(s), 2025-06-08 to 2025-06-10", "Download the data dictionary (XLSX)");
        assertThat(page.text("findings-count")).endsWith("findings");

        DataPages.Page filtered = pages.get("/quality?plant=QPAGE&year=2025&lang=en&rule=missing-period&severity=error&source=ELEC");
        assertThat(filtered.body()).contains("ELEC: no data for 3 day(s)").doesNotContain("data-rule=\"timeliness\"");

        DataPages.Page filled = pages.post("/quality/fill?plant=QPAGE&year=2025&lang=en", "source", "ELEC", "item", "",
                "from", "2025-06-08", "to", "2025-06-10", "method", "linear");
        assertThat(filled.status()).as(filled.body()).isEqualTo(200);
        assertThat(filled.body()).contains("3 estimated row(s) stored", "linear interpolation",
                "gap filled by linear interpolation between 2025-06-07 (2,035 kWh");
        assertThat(filled.body()).doesNotContain("ELEC: no data for 3 day(s)");

        DataPages.Page again = pages.post("/quality/fill?plant=QPAGE&year=2025&lang=en", "source", "ELEC", "item", "",
                "from", "2025-06-08", "to", "2025-06-10", "method", "linear");
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body()).contains("Nothing was filled", "no missing days from 2025-06-08 to 2025-06-10");

        DataPages.Page badDate = pages.post("/quality/fill?plant=QPAGE&year=2025&lang=en", "source", "ELEC", "from", "June",
                "to", "2025-06-10", "method", "linear");
        assertThat(badDate.status()).isEqualTo(422);
        assertThat(badDate.body()).contains("from: &#39;June&#39; is not a date");
    }

    @Test
    void speaksChineseAndSaysSoWithoutAPlantYear() {
        DataPages.Page page = pages.get("/quality?plant=QPAGE&year=2025&lang=zh");
        assertThat(page.body()).contains("数据质量", "完整性", "准确性", "一致性", "及时性", "缺失期间");
    }

    @Test
    void downloadsTheDataDictionary() throws IOException {
        byte[] xlsx = pages.bytes("/quality/data-dictionary.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("Tables").getPhysicalNumberOfRows()).isGreaterThan(100);
            assertThat(workbook.getSheet("Codes").getRow(1).getCell(0).getStringCellValue()).isEqualTo("source type");
        }
    }
}
