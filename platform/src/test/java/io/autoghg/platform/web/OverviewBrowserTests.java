package io.autoghg.platform.web;

import io.autoghg.platform.testing.ExamplePlants;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Browser;
import io.autoghg.platform.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The console in headless Chromium: the overview of a plant and its total, the language switch,
 * and the drill-down from the total to the calculation table and on to a source's trace. Writes
 * the screenshots of docs/screenshots. Skipped on machines without Chromium.
 */
@PlatformTest
@ExtendWith(Browser.class)
class OverviewBrowserTests {
    @Autowired
    Environment environment;

    private String base;

    @BeforeEach
    void importExample() {
        ExamplePlants.ensure(Api.of(environment), "WEB-BRW");
        base = "http://localhost:" + environment.getProperty("local.server.port");
    }

    private static WebDriverWait await(WebDriver driver) {
        return new WebDriverWait(driver, Browser.PATIENCE);
    }

    /** Waits until ECharts has drawn into every chart container of the page. */
    private static void chartsDrawn(WebDriver driver) {
        await(driver).until(d -> d.findElements(By.cssSelector(".chart")).stream()
                .allMatch(chart -> !chart.findElements(By.tagName("canvas")).isEmpty()));
    }

    @Test
    void opensTheOverviewOfAPlantAndSeesItsTotal(WebDriver driver) {
        Browser.signIn(driver, base);
        driver.get(base + "/?plant=WEB-BRW&year=2025&lang=en");
        WebElement total = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("total-tco2e")));
        assertThat(total.getText()).contains(ExamplePlants.TOTAL, "Total emissions");
        assertThat(driver.findElement(By.id("intensity")).getText()).contains("0.549");
        chartsDrawn(driver);
        assertThat(driver.findElements(By.cssSelector(".chart canvas"))).hasSize(4);
        Browser.screenshot(driver, "overview");
    }

    @Test
    void switchesLanguage(WebDriver driver) {
        Browser.signIn(driver, base);
        driver.get(base + "/?plant=WEB-BRW&year=2025&lang=en");
        assertThat(driver.findElement(By.cssSelector("nav")).getText()).contains("Overview");
        driver.findElement(By.id("lang-zh")).click();
        await(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav"), "总览"));
        assertThat(driver.findElement(By.id("total-tco2e")).getText()).contains("排放总量", ExamplePlants.TOTAL);
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
        chartsDrawn(driver);
        Browser.screenshot(driver, "overview-zh");

        driver.get(base + "/inventory?plant=WEB-BRW&year=2025");
        assertThat(driver.findElement(By.tagName("h1")).getText()).as("the choice is remembered").contains("温室气体排放清单");
    }

    @Test
    void drillsFromTheTotalToTheCalculationTableAndOnToATrace(WebDriver driver) {
        Browser.signIn(driver, base);
        driver.get(base + "/?plant=WEB-BRW&year=2025&lang=en");
        await(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#total-tco2e a"))).click();
        WebElement table = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("table-calculation-0")));
        assertThat(driver.getCurrentUrl()).contains("table=calculation");
        assertThat(table.getText()).contains("NG-PAINT", ExamplePlants.NG_PAINT, ExamplePlants.TOTAL);
        Browser.screenshot(driver, "inventory-calculation");

        table.findElement(By.cssSelector("a[href$='source=NG-PAINT']")).click();
        WebElement trace = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("trace")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("NG-PAINT");
        assertThat(trace.getText()).contains("ncv", "0.038931", "GJ/Nm3", "plant file override", "energy = fuel consumed × NCV");
        Browser.screenshot(driver, "trace");
    }

    @Test
    void switchesInventoryTabsInPlace(WebDriver driver) {
        Browser.signIn(driver, base);
        driver.get(base + "/inventory?plant=WEB-BRW&year=2025&lang=en");
        await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("table-ghg-0")));
        driver.findElement(By.id("tab-factors")).click();
        await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("table-factors-0")));
        assertThat(driver.getCurrentUrl()).as("htmx pushes the tab's address").contains("table=factors");
        assertThat(driver.findElement(By.id("tab-factors")).getDomAttribute("aria-current")).isEqualTo("page");
        assertThat(driver.findElement(By.id("table-factors-0")).getText()).contains("gridFactor", "0.5703");
    }
}
