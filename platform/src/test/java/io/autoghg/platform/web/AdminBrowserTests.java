package io.autoghg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Browser;
import io.autoghg.platform.testing.PlatformTest;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Signing in and out, and the administration page, in headless Chromium; writes the screenshots
 * docs/screenshots/sign-in.png and admin-users.png. Skipped without Chromium.
 */
@PlatformTest
@ExtendWith(Browser.class)
class AdminBrowserTests {
    @Autowired
    Environment environment;

    private String base;

    @BeforeEach
    void base() {
        base = "http://localhost:" + environment.getProperty("local.server.port");
    }

    private static WebDriverWait await(WebDriver driver) {
        return new WebDriverWait(driver, Browser.PATIENCE);
    }

    @Test
    void aWrongPasswordIsRefusedTheRightOneOpensTheOverviewAndSignOutReturnsToSignIn(WebDriver driver) {
        driver.get(base + "/login?lang=en");
        driver.findElement(By.id("username")).sendKeys(Browser.ADMIN);
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.id("sign-in")).click();
        WebElement error = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertThat(error.getText()).isEqualTo("Wrong username or password.");
        assertThat(driver.getCurrentUrl()).contains("/login?error=bad");
        Browser.screenshot(driver, "sign-in");

        driver.findElement(By.id("username")).sendKeys(Browser.ADMIN);
        driver.findElement(By.id("password")).sendKeys(Browser.ADMIN_PASSWORD);
        driver.findElement(By.id("sign-in")).click();
        await(driver).until(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/");
        assertThat(driver.findElement(By.id("signed-in-as")).getText()).isEqualTo("user:admin");
        assertThat(driver.findElement(By.cssSelector("nav a.active")).getText()).isEqualTo("Overview");

        driver.findElement(By.id("sign-out")).click();
        await(driver).until(d -> d.getCurrentUrl().contains("/login"));
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).isEqualTo("You have signed out.");
        driver.get(base + "/admin");
        assertThat(URI.create(driver.getCurrentUrl()).getPath()).as("signed out: back to the sign-in page").isEqualTo("/login");
    }

    @Test
    void anAdministratorCreatesAnAccountOnTheUsersTab(WebDriver driver) {
        Browser.signIn(driver, base);
        driver.get(base + "/?lang=en");
        driver.findElement(By.id("nav-admin")).click();
        await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("create-user")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Administration");

        driver.findElement(By.id("f-username")).sendKeys("browser-bob");
        driver.findElement(By.id("f-displayName")).sendKeys("Bob Browser");
        driver.findElement(By.id("f-email")).sendKeys("bob@example.com");
        driver.findElement(By.id("f-password")).sendKeys("Bob-One-Time-2026");
        new Select(driver.findElement(By.id("f-role"))).selectByValue("ACCOUNTANT");
        driver.findElement(By.id("f-plantCode")).sendKeys("P1");
        driver.findElement(By.id("create-user-submit")).click();

        WebElement row = await(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-browser-bob")));
        assertThat(row.getText()).contains("browser-bob", "Bob Browser", "ACCOUNTANT · plant:P1", "must change password");
        assertThat(driver.findElement(By.cssSelector("#admin-panel .ok")).getText()).contains("Account browser-bob created");
        assertThat(driver.findElement(By.id("f-password")).getDomProperty("value")).as("the password is not shown again").isEmpty();
        Browser.screenshot(driver, "admin-users");
    }
}
