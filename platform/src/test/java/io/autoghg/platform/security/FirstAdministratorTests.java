package io.autoghg.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.PlatformApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** A fresh installation prints a one-time administrator password (none is built in); --reset-admin prints a new one. */
class FirstAdministratorTests {
    private static final Pattern PRINTED = Pattern.compile("admin / ([A-Za-z0-9]{16})");

    private record Started(ConfigurableApplicationContext context, String output) {
        String base() {
            return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
        }
    }

    private static Started start(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            return new Started(PlatformApplication.start(args), captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private static String printedPassword(String output) {
        Matcher matcher = PRINTED.matcher(output);
        assertThat(matcher.find()).as("a password is printed:\n" + output).isTrue();
        return matcher.group(1);
    }

    @Test
    void theFirstStartPrintsAOneTimePasswordOnceAndResetAdminPrintsANewOne() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "first-admin-");
        String[] args = {"--server.port=0", "--autoghg.data=" + data, "--logging.level.root=warn", "--autoghg.mqtt.enabled=false"};
        String first;
        Started fresh = start(args);
        try (ConfigurableApplicationContext context = fresh.context()) {
            assertThat(fresh.output()).contains("AutoGHG first login (shown once)");
            first = printedPassword(fresh.output());
            SessionClient browser = new SessionClient(fresh.base());
            assertThat(browser.signIn("admin", first).header("Location")).doesNotContain("error");
            assertThat(browser.get("/").header("Location")).as("the one-time password must be replaced").endsWith("/account/password");
        }

        Started again = start(args);
        try (ConfigurableApplicationContext context = again.context()) {
            assertThat(again.output()).as("printed once only").doesNotContain("admin / ");
        }

        String[] reset = {"--server.port=0", "--autoghg.data=" + data, "--logging.level.root=warn", "--autoghg.mqtt.enabled=false", "--autoghg.reset-admin=true"};
        Started after = start(reset);
        try (ConfigurableApplicationContext context = after.context()) {
            String second = printedPassword(after.output());
            assertThat(second).isNotEqualTo(first);
            assertThat(new SessionClient(after.base()).signIn("admin", first).header("Location")).endsWith("/login?error=bad");
            assertThat(new SessionClient(after.base()).signIn("admin", second).header("Location")).doesNotContain("error");
        }
    }
}
