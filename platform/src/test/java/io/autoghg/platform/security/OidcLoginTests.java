package io.autoghg.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import io.autoghg.platform.PlatformApplication;
import io.autoghg.platform.security.oidcprovider.OidcProvider;
import io.autoghg.platform.testing.Api;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Company sign-in with a real OpenID provider (Spring Authorization Server, in this JVM): a person
 * goes from the platform to the provider, signs in there, and comes back with an authorization
 * code that the platform exchanges for a signed ID token; the username in it must belong to an
 * AutoGHG account, whose grants then decide what the person may do.
 */
class OidcLoginTests {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = "oidc-test-token";
    private static final String CLIENT_ID = "autoghg";
    private static final String CLIENT_SECRET = "provider-client-secret";

    @TempDir
    static Path data;
    private static ConfigurableApplicationContext provider;
    private static ConfigurableApplicationContext platform;
    /** The platform at 127.0.0.1, the provider at localhost: both set JSESSIONID, and cookies tell sites apart by host, not port. */
    private static String base;
    private static String issuer;

    @BeforeAll
    static void startProviderAndPlatform() throws IOException {
        int port = freePort();
        int providerPort = freePort();
        base = "http://127.0.0.1:" + port;
        issuer = "http://localhost:" + providerPort;
        // both start at once: the platform reads the provider's settings only at the first company sign-in
        CompletableFuture<ConfigurableApplicationContext> starting = OidcProvider.startInBackground(providerPort,
                new OidcProvider.Client(CLIENT_ID, CLIENT_SECRET, base + "/login/oauth2/code/oidc"),
                // the login at the provider is not the AutoGHG username: the claim is what counts, lower-cased
                new OidcProvider.Person("lina@corp.example", "provider-password-1", "Li.Na"),
                new OidcProvider.Person("stranger@corp.example", "provider-password-2", "stranger"));
        try {
            platform = PlatformApplication.start("--server.port=" + port, "--autoghg.data=" + data, "--autoghg.bootstrap-token=" + TOKEN,
                    "--autoghg.mqtt.enabled=false", "--logging.level.root=warn",
                    "--spring.autoconfigure.exclude=" + OidcProvider.AUTO_CONFIGURATION,
                    "--autoghg.oidc.issuer-uri=" + issuer, "--autoghg.oidc.client-id=" + CLIENT_ID,
                    "--autoghg.oidc.client-secret=" + CLIENT_SECRET);
        } finally {
            provider = starting.join();
        }
        Api.Response created = api().post("/api/v1/users", Map.of("username", "li.na", "displayName", "Li Na",
                "email", "li.na@example.com", "grants", List.of(Map.of("role", "GROUP_VIEWER"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("local").asBoolean()).as("no password: company sign-in only").isFalse();
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void thePlatformStartsAsInProductionWithTheProviderNextToIt() {
        assertThat(platform.getBeanNamesForType(SecurityFilterChain.class)).containsExactly("filterChain");
        assertThat(platform.getBeanNamesForType(AuthorizationServerSettings.class)).isEmpty();
        assertThat(platform.getBeanNamesForType(JWKSource.class)).isEmpty();
    }

    @Test
    void theSignInPageOffersTheCompanyAccount() {
        Browser browser = new Browser();
        Browser.Page login = browser.get(base + "/login?lang=en");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("href=\"/oauth2/authorization/oidc\"", "Sign in with your company account");
    }

    @Test
    void aPersonWithAnAccountSignsInAtTheProviderAndGetsTheGrantsOfTheAccount() {
        Browser browser = new Browser();
        Browser.Page back = signInAtProvider(browser, "lina@corp.example", "provider-password-1");

        assertThat(back.location()).isEqualTo(base + "/");
        assertThat(browser.get(base + "/?lang=en").body()).contains("id=\"signed-in-as\"", "user:li.na");
        Browser.Page me = browser.get(base + "/api/v1/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        JsonNode caller = JSON.readTree(me.body());
        assertThat(caller.path("actor").asString()).isEqualTo("user:li.na");
        assertThat(caller.path("grants").findValuesAsString("role")).containsExactly("GROUP_VIEWER");

        JsonNode account = account("li.na");
        assertThat(account.path("lastLoginAt").isNull()).as("the admin page shows when the account last signed in").isFalse();

        JsonNode logins = api().get("/api/v1/audit?actor=user:li.na&action=LOGIN").json();
        assertThat(logins).hasSize(1);
        assertThat(logins.get(0).path("outcome").asString()).isEqualTo("OK");
        assertThat(logins.get(0).path("details").asString()).contains("\"method\":\"oidc\"", "\"issuer\":\"" + issuer + "\"");
    }

    @Test
    void aPersonTheProviderKnowsButAutoghgDoesNotIsSentBackWithoutASession() {
        Browser browser = new Browser();
        Browser.Page back = signInAtProvider(browser, "stranger@corp.example", "provider-password-2");

        assertThat(back.location()).isEqualTo(base + "/login?error=no-account");
        assertThat(browser.get(base + "/login?error=no-account&lang=en").body()).contains("id=\"login-error\"",
                "not yet known to AutoGHG");
        assertThat(browser.get(base + "/api/v1/me").status()).isEqualTo(401);

        JsonNode refusals = api().get("/api/v1/audit?actor=oidc:stranger&action=LOGIN_FAILED").json();
        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0).path("outcome").asString()).isEqualTo("DENIED");
        assertThat(refusals.get(0).path("details").asString()).contains("no account");
    }

    @Test
    void anAnswerThePlatformDidNotAskForIsRefused() {
        Browser browser = new Browser();
        Browser.Page back = browser.get(base + "/login/oauth2/code/oidc?code=forged&state=forged");

        assertThat(back.status()).isEqualTo(302);
        assertThat(back.location()).isEqualTo(base + "/login?error=oidc");
        assertThat(browser.get(base + "/login?error=oidc&lang=en").body()).contains("id=\"login-error\"",
                "The sign-in with your company account did not complete");
        assertThat(browser.get(base + "/api/v1/me").status()).isEqualTo(401);
    }

    /**
     * The authorization-code flow as a browser walks it: platform → provider's authorization
     * endpoint → its sign-in page → back to the authorization endpoint → the platform's callback
     * with the code. Returns the platform's answer to the callback (a redirect).
     */
    private static Browser.Page signInAtProvider(Browser browser, String login, String password) {
        Browser.Page toProvider = browser.get(base + "/oauth2/authorization/oidc");
        assertThat(toProvider.status()).isEqualTo(302);
        assertThat(toProvider.location()).startsWith(issuer + "/oauth2/authorize?")
                .contains("client_id=" + CLIENT_ID, "scope=openid%20profile%20email", "state=", "nonce=");

        Browser.Page toSignIn = browser.follow(toProvider);
        assertThat(toSignIn.status()).isEqualTo(302);
        assertThat(toSignIn.location()).isEqualTo(issuer + "/login");
        Browser.Page signInPage = browser.follow(toSignIn);
        assertThat(signInPage.status()).isEqualTo(200);

        Browser.Page signedIn = browser.post(signInPage.uri(), "username", login, "password", password, "_csrf", signInPage.csrf());
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).as("back to the authorization endpoint, not the sign-in page with an error")
                .startsWith(issuer + "/oauth2/authorize?");

        Browser.Page withCode = browser.follow(signedIn);
        assertThat(withCode.status()).as(withCode.body()).isEqualTo(302);
        assertThat(withCode.location()).startsWith(base + "/login/oauth2/code/oidc?code=").contains("state=");

        Browser.Page back = browser.follow(withCode);
        assertThat(back.status()).as(back.body()).isEqualTo(302);
        return back;
    }

    private static JsonNode account(String username) {
        for (JsonNode account : api().get("/api/v1/users").json()) {
            if (account.path("username").asString().equals(username)) {
                return account;
            }
        }
        throw new AssertionError("no account " + username);
    }

    private static Api api() {
        return new Api(base, TOKEN);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A browser for two sites: keeps cookies, follows no redirect by itself, resolves relative locations. */
    static final class Browser {
        /** What a browser asks for when it follows a link: pages first, anything else too. */
        private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        private static final Pattern CSRF = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
        private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        record Page(int status, URI uri, String body, String location) {
            String csrf() {
                Matcher input = CSRF.matcher(body);
                assertThat(input.find()).as("a _csrf field on " + uri).isTrue();
                Matcher value = VALUE.matcher(input.group());
                assertThat(value.find()).isTrue();
                return value.group(1);
            }
        }

        Page get(String uri) {
            return send(HttpRequest.newBuilder(URI.create(uri)).GET());
        }

        Page follow(Page redirect) {
            return get(redirect.location());
        }

        Page post(URI uri, String... pairs) {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < pairs.length; i += 2) {
                form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
            return send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
        }

        private Page send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = http.send(request.header("Accept", ACCEPT).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                String location = response.headers().firstValue("Location").map(to -> response.uri().resolve(to).toString()).orElse(null);
                return new Page(response.statusCode(), response.uri(), response.body(), location);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
