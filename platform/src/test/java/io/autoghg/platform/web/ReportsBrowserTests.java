package io.autoghg.platform.web;

import io.autoghg.platform.testing.ExamplePlants;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Browser;
import io.autoghg.platform.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The reports page in headless Chromium: reached from the navigation, the status box refreshed by
 * htmx when the year changes, and the form's download answered with the chosen file. Writes
 * docs/screenshots/reports.png. Skipped without Chromium.
 */
@PlatformTest
@ExtendWith(Browser.class)
class ReportsBrowserTests {
    @Autowired
    Environment environment;

    @Test
    void choosesAYearAndAReportAndDownloadsIt(WebDriver driver) {
        ExamplePlants.ensure(Api.of(environment), "RPT-BRW");
        String base = "http://localhost:" + environment.getProperty("local.server.port");
        WebDriverWait wait = new WebDriverWait(driver, Browser.PATIENCE);
        Browser.signIn(driver, base);
        driver.get(base + "/periods?plant=RPT-BRW&year=2025&lang=zh");
        driver.findElement(By.linkText("报告")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report-form")));
        assertThat(driver.getCurrentUrl()).contains("/reports?plant=RPT-BRW");

        Select year = new Select(driver.findElement(By.id("r-year")));
        year.selectByValue("2025");
        new Select(driver.findElement(By.id("r-standard"))).selectByValue("ghgp");
        new Select(driver.findElement(By.id("r-format"))).selectByValue("xlsx");
        // what the Download button sends, fetched by the page itself (a real download would land in the browser's folder)
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('report-form');
                const url = form.action + '?' + new URLSearchParams(new FormData(form));
                fetch(url).then(r => done(r.status + ' ' + r.headers.get('content-disposition') + ' ' + url)).catch(e => done('error ' + e));
                """);
        assertThat(String.valueOf(answer)).startsWith("200 ").contains("RPT-BRW-2025-ghgp-zh.xlsx", "standard=ghgp", "language=zh",
                "format=xlsx");

        // htmx refreshes the status box when the year changes: an old year has no inventory, 2025 now has a draft version
        String oldest = year.getOptions().get(year.getOptions().size() - 1).getAttribute("value");
        year.selectByValue(oldest);
        // htmx may swap the box again while it is read: wait until the text settles, re-finding it each time
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("report-status")).getText().contains("尚无清单"));
        year.selectByValue("2025");
        String draft = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            String text = d.findElement(By.id("report-status")).getText();
            return text.contains("草稿") && text.contains("DRAFT") ? text : null;
        });
        assertThat(draft).contains("1");
        Browser.screenshot(driver, "reports");
        assertThat(Api.of(environment).get("/api/v1/plants/RPT-BRW/periods/2025").json().path("state").asString()).isEqualTo("OPEN");
    }
}
