package io.autoghg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Browser;
import io.autoghg.platform.testing.PlatformTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;

/**
 * The quality page of the demo plant (seeded at start-up, its own database) in headless Chromium:
 * the four scores, the findings of the shipped data problems, the rule filter, and the screenshot
 * docs/screenshots/quality.png. Skipped without Chromium.
 */
@PlatformTest
@TestPropertySource(properties = "autoghg.demo=true")
@ExtendWith(Browser.class)
class QualityBrowserTests {
    @Autowired
    Environment environment;

    @Test
    void showsTheDemoPlantsScorecardAndFiltersTheFindings(WebDriver driver) {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        String base = "http://localhost:" + environment.getProperty("local.server.port");
        Browser.signIn(driver, base);
        driver.get(base + "/quality?plant=DEMO&year=" + year + "&lang=en");
        WaitFor wait = new WaitFor(driver);
        WebElement completeness = wait.visible("score-completeness");
        assertThat(completeness.getText()).contains("Completeness", "%");
        for (String id : List.of("score-accuracy", "score-consistency", "score-timeliness", "score-measured")) {
            assertThat(driver.findElement(By.id(id)).isDisplayed()).as(id).isTrue();
        }
        WebElement findings = driver.findElement(By.id("findings"));
        assertThat(findings.getText()).contains("missing period", "ELEC-OFFICE", "flat line (stuck meter)", "HM-PAINT",
                "sub-meters vs main meter", "calibration lapsed", "robust z");
        assertThat(driver.findElement(By.id("sources")).getText()).contains("ELEC-OFFICE", "S3-DEALER");
        assertThat(driver.findElement(By.id("trend")).getText()).contains(year + "-09");
        Browser.screenshot(driver, "quality");

        new Select(driver.findElement(By.id("f-rule"))).selectByValue("missing-period");
        driver.findElement(By.id("filter-apply")).click();
        wait.until(d -> d.getCurrentUrl().contains("rule=missing-period"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#findings tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> assertThat(row.getAttribute("data-rule")).isEqualTo("missing-period"));
        assertThat(driver.findElement(By.id("findings")).getText()).contains(year + "-09-15", "S3-DEALER", year + "-08");
    }

    /** Waits up to Browser.PATIENCE. */
    private record WaitFor(WebDriver driver) {
        WebElement visible(String id) {
            return new WebDriverWait(driver, Browser.PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        }

        void until(java.util.function.Function<WebDriver, Boolean> condition) {
            new WebDriverWait(driver, Browser.PATIENCE).until(condition::apply);
        }
    }
}
