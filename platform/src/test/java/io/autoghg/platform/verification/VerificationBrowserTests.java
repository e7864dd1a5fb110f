package io.autoghg.platform.verification;

import static io.autoghg.platform.verification.People.verification;
import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Browser;
import io.autoghg.platform.testing.PlatformTest;
import io.autoghg.platform.testing.SessionApi;
import io.autoghg.platform.testing.ExamplePlants;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The verifier's console (/verification) in headless Chromium: the first sign-in with the one-time
 * password, the findings with a plant's response, opening a finding through the form, the sample
 * with its evidence, and the screenshot docs/screenshots/verification.png. Skipped without Chromium.
 */
@PlatformTest
@ExtendWith(Browser.class)
class VerificationBrowserTests {
    static final String PLANT = "VFB";
    static final String PASSWORD = "Browser-Verifier-Pass-3";

    @Autowired
    Environment environment;

    @Test
    void theVerifierWorksOnFindingsInTheConsole(WebDriver driver) {
        Api admin = Api.of(environment);
        ExamplePlants.ensure(admin, PLANT);
        for (String to : List.of("DATA_COLLECTION", "REVIEW", "VERIFICATION")) {
            assertThat(admin.post(People.period(PLANT, 2025) + "/transitions", Map.of("to", to)).status()).isEqualTo(200);
        }
        String oneTime = admin.post(verification(PLANT, 2025) + "/invitations", Map.of("username", "v.chen",
                "displayName", "Chen Jing (verification body)")).json().path("oneTimePassword").asString();
        long datum = admin.get("/api/v1/plants/" + PLANT + "/activity?source=NG-PAINT&from=2025-03-01&to=2025-04-01").json()
                .path("items").get(0).path("id").asLong();

        // the verifier's first sign-in: the one-time password must be replaced first
        String base = "http://localhost:" + environment.getProperty("local.server.port");
        Browser.signIn(driver, base, "v.chen", oneTime);
        assertThat(driver.getCurrentUrl()).contains("/account/password");
        driver.findElement(By.id("current-password")).sendKeys(oneTime);
        driver.findElement(By.id("new-password")).sendKeys(PASSWORD);
        driver.findElement(By.id("repeat-password")).sendKeys(PASSWORD);
        driver.findElement(By.id("change-password")).click();
        new WebDriverWait(driver, Browser.PATIENCE).until(d -> !d.getCurrentUrl().contains("/account/password"));

        // a finding and a sample made earlier (API), answered by the plant
        SessionApi verifier = SessionApi.signIn(environment, "v.chen", PASSWORD);
        long finding = verifier.post(verification(PLANT, 2025) + "/findings", Map.of("subjectKind", "DATUM",
                "subjectRef", String.valueOf(datum), "title", "meter reading does not match the invoice",
                "text", "The March invoice states 960 000 Nm3; the datum has 1 000 000 Nm3.", "severity", "MAJOR")).json().path("id").asLong();
        assertThat(admin.post(verification(PLANT, 2025) + "/findings/" + finding + "/response",
                Map.of("text", "The meter was read on 2 April; the invoice ends on 31 March. We will correct the datum.")).status())
                .isEqualTo(200);
        assertThat(verifier.post(verification(PLANT, 2025) + "/samples", Map.of("size", 6, "seed", 42)).status()).isEqualTo(201);

        driver.get(base + "/verification?plant=" + PLANT + "&year=2025&lang=en");
        WebDriverWait wait = new WebDriverWait(driver, Browser.PATIENCE);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("findings")));
        assertThat(driver.findElement(By.id("finding-" + finding)).getText()).contains("meter reading does not match the invoice",
                "Major", "Responded");
        assertThat(driver.findElements(By.id("invite-form"))).as("a verifier invites no one").isEmpty();
        assertThat(driver.findElement(By.id("samples")).getText()).contains("6 of 300 submitted data, seed 42");

        // a second finding through the form
        new Select(driver.findElement(By.id("f-subjectKind"))).selectByValue("SOURCE");
        driver.findElement(By.id("f-subjectRef")).sendKeys("NG-BOILER");
        driver.findElement(By.id("f-title")).sendKeys("boiler efficiency assumption");
        driver.findElement(By.id("f-text")).sendKeys("Please show how the boiler gas is split from the paint shop's.");
        driver.findElement(By.id("open-finding")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("thread")));
        assertThat(driver.findElement(By.id("thread")).getText()).contains("boiler efficiency assumption", "NG-BOILER");
        assertThat(driver.findElements(By.id("respond-form"))).as("the plant responds, not the verifier").isEmpty();

        // the answered finding's thread, with the forms a verifier has
        driver.findElement(By.linkText("F-" + finding)).click();
        wait.until(d -> d.getCurrentUrl().contains("finding=" + finding));
        assertThat(driver.findElement(By.id("thread")).getText()).contains("The meter was read on 2 April", "Response");
        assertThat(driver.findElement(By.id("close-form")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("statement-form")).isDisplayed()).isTrue();
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        Browser.screenshot(driver, "verification");

        driver.get(base + "/verification?plant=" + PLANT + "&year=2025&lang=zh&finding=" + finding);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("核查");
    }
}
