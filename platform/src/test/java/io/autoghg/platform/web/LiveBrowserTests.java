package io.autoghg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Browser;
import io.autoghg.platform.testing.PlatformTest;
import java.util.List;
import java.util.Map;
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
 * The live view in headless Chromium: a gateway's heartbeat (last seen, version, pending bytes, send failures,
 * last problem, device status) and the way from there to its central configuration, where a problem is shown with
 * its field. Writes docs/screenshots/live-gateways.png. Skipped on machines without Chromium.
 */
@PlatformTest
@ExtendWith(Browser.class)
class LiveBrowserTests {
    @Autowired
    Environment environment;

    @Test
    void showsTheGatewayStatusAndOpensItsConfiguration(WebDriver driver) {
        Api api = Api.of(environment);
        if (api.get("/api/v1/plants/LIVE-BRW").status() != 200) {
            assertThat(api.post("/api/v1/plants", Map.of("code", "LIVE-BRW", "name", "Browser plant")).status()).isEqualTo(201);
            assertThat(api.post("/api/v1/plants/LIVE-BRW/meters", Map.of("code", "EM-BRW", "measures", "electricity", "unit", "MWh"))
                    .status()).isEqualTo(201);
        }
        assertThat(api.put("/api/v1/plants/LIVE-BRW/gateways/gw-hall-3/config", Map.of("pollInterval", "15s", "devices", List.of(
                Map.of("name", "feeders-modbus", "type", "modbus-tcp", "host", "10.20.0.5", "port", 502,
                        "meters", List.of(Map.of("code", "EM-BRW", "unit", "MWh", "register", 100)))))).status()).isEqualTo(200);
        Api gateway = api.withToken(api.post("/api/v1/tokens", Map.of("name", "gw-brw-" + System.nanoTime(), "role", "GATEWAY",
                "plantCode", "LIVE-BRW")).json().path("token").asString());
        assertThat(gateway.post("/api/v1/plants/LIVE-BRW/gateways/gw-hall-3/registration", Map.of("version", "0.1.0",
                "hostName", "ipc-hall-3", "transport", "http", "localDevices", 1)).status()).isEqualTo(200);
        assertThat(gateway.post("/api/v1/plants/LIVE-BRW/gateways/gw-hall-3/status", Map.of("configVersion", 1, "polled", 5_760,
                "bad", 12, "sent", 5_700, "sendFailures", 3, "pendingBytes", 2_950, "lastError", "platform unreachable: connect timed out",
                "devices", List.of(Map.of("name", "feeders-modbus", "lastGoodPoll", "2026-11-25T09:59:45Z",
                        "lastError", "EM-BRW: Modbus exception 2 (illegal data address)", "lastErrorAt", "2026-11-25T08:12:00Z"))))
                .status()).isEqualTo(200);

        String base = "http://localhost:" + environment.getProperty("local.server.port");
        Browser.signIn(driver, base);
        driver.get(base + "/live?plant=LIVE-BRW&lang=en");
        WebDriverWait await = new WebDriverWait(driver, Browser.PATIENCE);
        WebElement row = await.until(ExpectedConditions.visibilityOfElementLocated(By.id("gateway-gw-hall-3")));
        assertThat(row.getText()).contains("gw-hall-3", "0.1.0 · ipc-hall-3", "http", "runs version 1 (central: 1)", "5700", "2950",
                "platform unreachable: connect timed out", "feeders-modbus", "read at 2026-11-25T09:59:45Z",
                "EM-BRW: Modbus exception 2 (illegal data address)");
        assertThat(row.getDomAttribute("class")).as("seen a moment ago").isNullOrEmpty();
        Browser.screenshot(driver, "live-gateways");

        row.findElement(By.linkText("gw-hall-3")).click();
        WebElement editor = await.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-document")));
        assertThat(driver.findElement(By.id("gateway-version")).getText()).startsWith("Version 1, changed");
        assertThat(editor.getDomProperty("value")).contains("\"EM-BRW\"", "\"register\" : 100");
        editor.clear();
        editor.sendKeys("{\"devices\": [{\"name\": \"feeders-modbus\", \"type\": \"modbus-tcp\", \"host\": \"10.20.0.5\","
                + " \"meters\": [{\"code\": \"EM-BRW\", \"unit\": \"Nm3\", \"register\": 100}]}]}");
        driver.findElement(By.id("gateway-save")).click();
        WebElement problems = await.until(ExpectedConditions.visibilityOfElementLocated(By.id("gateway-problems")));
        assertThat(problems.getText()).contains("devices[0].meters[0].unit: unit Nm3 does not convert to meter EM-BRW's unit MWh");
    }
}
