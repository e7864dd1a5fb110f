package io.autoghg.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * JUnit 5 extension giving a test a {@link WebDriver} on Debian's headless Chromium
 * (/usr/bin/chromium with /usr/bin/chromedriver), with a fresh profile, quit after each test.
 * Without Chromium or ChromeDriver on the machine the test is aborted (reported as skipped) before
 * its set-up runs, never failed. {@link #screenshot} writes full-page PNGs to docs/screenshots.
 *
 * <pre>
 * &#64;PlatformTest
 * &#64;ExtendWith(Browser.class)
 * class SomeBrowserTests {
 *     &#64;Test
 *     void opens(WebDriver driver) { driver.get(...); Browser.screenshot(driver, "page"); }
 * }
 * </pre>
 */
public final class Browser implements BeforeEachCallback, ParameterResolver, AfterEachCallback {
    /** Debian's Chromium; another binary with -Dautoghg.chromium=PATH. */
    public static final Path CHROMIUM = Path.of(System.getProperty("autoghg.chromium", "/usr/bin/chromium"));
    /** Debian's ChromeDriver; another one with -Dautoghg.chromedriver=PATH. */
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("autoghg.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("../docs/screenshots");
    public static final String SKIPPED = "no Chromium/ChromeDriver on this machine; browser tests skipped";
    /** How long tests should wait for a page to show something. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browser.class);

    /** A running browser and its throw-away profile. */
    private record Session(WebDriver driver, Path profile) {
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Aborts (skips) the test before anything else runs when there is no browser. */
    @Override
    public void beforeEach(ExtensionContext extension) {
        if (!available()) {
            Assumptions.abort(SKIPPED);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        Session session = extension.getStore(NAMESPACE).get(Session.class, Session.class);
        if (session == null) {
            session = start();
            extension.getStore(NAMESPACE).put(Session.class, session);
        }
        return session.driver();
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        Session session = extension.getStore(NAMESPACE).remove(Session.class, Session.class);
        if (session != null) {
            try {
                session.driver().quit();
            } finally {
                delete(session.profile());
            }
        }
    }

    private static Session start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("autoghg-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        try {
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Session(driver, profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** The test profile's first administrator (application-test.yml). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Correct-Horse-Battery-9";

    /** Signs in on the console's sign-in page, as a person would. */
    public static void signIn(WebDriver driver, String base) {
        signIn(driver, base, ADMIN, ADMIN_PASSWORD);
    }

    public static void signIn(WebDriver driver, String base, String username, String password) {
        driver.get(base + "/login?lang=en");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("sign-in")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, PATIENCE).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * Saves the whole page (not only the window) as docs/screenshots/{name}.png and returns the file.
     */
    public static Path screenshot(WebDriver driver, String name) {
        byte[] png;
        if (driver instanceof ChromeDriver chrome) {
            @SuppressWarnings("unchecked")
            Map<String, Object> metrics = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", ((Number) size.get("width")).doubleValue(),
                    "height", ((Number) size.get("height")).doubleValue(), "scale", 1);
            Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            png = Base64.getDecoder().decode((String) shot.get("data"));
        } else {
            png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
