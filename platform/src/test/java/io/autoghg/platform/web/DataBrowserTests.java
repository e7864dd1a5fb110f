package io.autoghg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Browser;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.PlatformTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The data and set-up pages in headless Chromium for the example plant imported as WEB-E: a manual
 * entry with its uploaded evidence changes the plant's total, a bad import file lists its row errors,
 * and the screenshots of docs/screenshots (evidence, data-entry, import-errors, setup-sources,
 * factor-library). Skipped without Chromium.
 */
@PlatformTest
@ExtendWith(Browser.class)
class DataBrowserTests {
    static final String PLANT = "WEB-E";

    @Autowired
    Environment environment;

    private Api api;
    private String base;

    @BeforeEach
    void importExample() {
        api = Api.of(environment);
        if (Browser.available()) {
            DataPageTests.importExample(api, PLANT);
        }
        base = "http://localhost:" + environment.getProperty("local.server.port");
    }

    private static WebDriverWait await(WebDriver driver) {
        return new WebDriverWait(driver, Browser.PATIENCE);
    }

    /** Date inputs take typed text in the browser's locale; setting the value (and telling the page) is what a date picker does. */
    private static void setValue(WebDriver driver, String id, String value) {
        ((JavascriptExecutor) driver).executeScript("const input = document.getElementById(arguments[0]); input.value = arguments[1];"
                + " input.dispatchEvent(new Event('change', {bubbles: true}));", id, value);
    }

    /** Waits until htmx has no request in flight (e.g. the evidence picker refreshing after a date changed). */
    private static void settle(WebDriver driver) {
        await(driver).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return document.querySelector('.htmx-request') === null"));
    }

    private BigDecimal total() {
        return api.get("/api/v1/plants/" + PLANT + "/inventories/2025").json().path("totals").path("total").decimalValue();
    }

    @Test
    void entersAManualDatumAndSeesTheTotalChange(WebDriver driver, @TempDir Path folder) throws IOException {
        Browser.signIn(driver, base);
        BigDecimal before = total();
        // the evidence first: a manual entry is submitted only with evidence whose period covers it
        Path receipt = folder.resolve("sf6-refill-2025-11.pdf");
        Files.write(receipt, Evidences.pdf("SF6 refill of breaker B7, 2 kg"));
        driver.get(base + "/evidence?plant=" + PLANT + "&year=2025&lang=en");
        driver.findElement(By.id("f-file")).sendKeys(receipt.toAbsolutePath().toString());
        new Select(driver.findElement(By.id("f-type"))).selectByValue("PURCHASE_REPORT");
        setValue(driver, "f-periodStart", "2025-11-01");
        setValue(driver, "f-periodEnd", "2025-12-01");
        driver.findElement(By.id("f-issuer")).sendKeys("Linde Gas");
        driver.findElement(By.id("f-amount")).sendKeys("2");
        driver.findElement(By.id("f-amountUnit")).sendKeys("kg");
        driver.findElement(By.id("evidence-submit")).click();
        WebElement uploaded = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-uploaded")));
        Matcher number = Pattern.compile("evidence (\\d+)").matcher(uploaded.getText());
        assertThat(number.find()).as(uploaded.getText()).isTrue();
        String evidence = number.group(1);
        assertThat(driver.findElement(By.id("evidence-" + evidence)).getText()).contains("sf6-refill-2025-11.pdf", "Linde Gas");
        Browser.screenshot(driver, "evidence");

        driver.get(base + "/data/new?plant=" + PLANT + "&year=2025&lang=en");
        new Select(driver.findElement(By.id("f-source"))).selectByValue("SF6-SWITCHGEAR");
        setValue(driver, "f-start", "2025-11-01");
        setValue(driver, "f-end", "2025-12-01");
        settle(driver);
        driver.findElement(By.id("f-quantity")).sendKeys("2");
        driver.findElement(By.id("f-unit")).sendKeys("kg");
        driver.findElement(By.id("f-uncertaintyPct")).sendKeys("5");
        driver.findElement(By.id("f-evidenceRefs")).sendKeys("WO-2025-1104 (SF6 refill of breaker B7)");
        await(driver).until(ExpectedConditions.elementToBeClickable(By.id("f-evidence-" + evidence))).click();
        driver.findElement(By.id("entry-save")).click();

        WebElement shown = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("new-total")));
        BigDecimal after = total();
        // 2 kg SF6 × GWP 23,500 (AR5) = 47 t CO2e more
        assertThat(after.subtract(before)).isEqualByComparingTo("47");
        assertThat(shown.getText()).isEqualTo(new Formats().t(after));
        assertThat(driver.findElement(By.id("entry-result")).getText())
                .contains("Total of plant WEB-E, 2025", "before this change: " + new Formats().t(before));
        assertThat(driver.findElement(By.id("f-source")).getDomProperty("value")).as("the form is ready for the next entry")
                .isEqualTo("SF6-SWITCHGEAR");
        Browser.screenshot(driver, "data-entry");

        // the same month again overlaps the stored datum: the message appears next to the start, nothing is stored
        setValue(driver, "f-start", "2025-11-15");
        setValue(driver, "f-end", "2025-12-15");
        settle(driver);
        driver.findElement(By.id("f-quantity")).sendKeys("1");
        driver.findElement(By.id("entry-save")).click();
        WebElement error = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("e-start")));
        assertThat(error.getText()).contains("overlaps");
        assertThat(driver.findElement(By.id("f-start")).getDomProperty("value")).isEqualTo("2025-11-15");
        assertThat(driver.getCurrentUrl()).as("htmx posted the form in place").endsWith("&lang=en");
        assertThat(total()).isEqualByComparingTo(after);
    }

    @Test
    void uploadsABadImportFileAndSeesTheRowErrors(WebDriver driver, @TempDir Path folder) throws IOException {
        Browser.signIn(driver, base);
        long before = api.get("/api/v1/plants/" + PLANT + "/activity?size=1").json().path("total").asLong();
        Path bad = folder.resolve("activity-2026-01.csv");
        Files.writeString(bad, """
                source,start,end,quantity,unit
                NG-PAINT,2026-01-01,2026-02-01,-100,Nm3
                ELEC-GRID,2026-01-01,2026-02-01,13 500,MWh
                LPG-FORKLIFT,2026-01-31,2026-01-01,2500,kg
                DIESEL-GEN,2026-01-01,2026-02-01,1800,L
                """);
        driver.get(base + "/data/import?plant=" + PLANT + "&lang=en");
        new Select(driver.findElement(By.id("f-target"))).selectByValue(PLANT);
        driver.findElement(By.id("f-files")).sendKeys(bad.toAbsolutePath().toString());
        driver.findElement(By.id("import-submit")).click();

        WebElement errors = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
        List<WebElement> rows = errors.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).contains("activity-2026-01.csv", "2", "quantity", "negative");
        assertThat(rows.get(1).getText()).contains("3");
        assertThat(rows.get(2).getText()).contains("4");
        assertThat(driver.findElement(By.id("import-nothing-changed")).getText()).startsWith("Nothing was changed");
        assertThat(api.get("/api/v1/plants/" + PLANT + "/activity?size=1").json().path("total").asLong()).isEqualTo(before);
        Browser.screenshot(driver, "import-errors");
    }

    @Test
    void showsTheRankedSourcesAndTheFactorLibrary(WebDriver driver) {
        Browser.signIn(driver, base);
        driver.get(base + "/setup?tab=sources&plant=" + PLANT + "&lang=en");
        WebElement sources = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("sources")));
        assertThat(sources.getText()).contains("NG-PAINT", "Stationary combustion – natural gas", "固定源燃烧—天然气");
        Browser.screenshot(driver, "setup-sources");

        // a parameter the library does not know: the message appears next to the text area, the text is kept
        driver.findElement(By.id("f-code")).sendKeys("WEB-E-NG");
        new Select(driver.findElement(By.id("f-type"))).selectByValue("STAT_COMB_NG");
        driver.findElement(By.id("f-parameters")).sendKeys("warp=9");
        driver.findElement(By.cssSelector("#tab-panel form button[type=submit]")).click();
        WebElement error = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("e-parameters")));
        assertThat(error.getText()).contains("unknown parameter 'warp'");
        assertThat(driver.findElement(By.id("f-parameters")).getDomProperty("value")).isEqualTo("warp=9");

        driver.findElement(By.id("tab-factors")).click();
        WebElement library = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("factor-library")));
        assertThat(library.getText()).contains("fuel.natural-gas.ncv", "389.31", "NDRC 2015");
        assertThat(driver.findElement(By.id("gwp")).getText()).contains("AR6", "29.8");
        Browser.screenshot(driver, "factor-library");
    }
}
