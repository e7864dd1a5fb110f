package io.autoghg.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Sign-in, lockout, one-time passwords, CSRF, secure headers and the audit log, through real HTTP. */
@PlatformTest
class AccountSecurityTests {
    static final String PASSWORD = "Blue-Kettle-Orbit-42";

    @Autowired
    Environment environment;
    @Autowired
    JdbcClient jdbc;

    private Api api() {
        return Api.of(environment);
    }

    private SessionClient session() {
        return new SessionClient("http://localhost:" + environment.getProperty("local.server.port"));
    }

    private long createUser(String username, String password, String role) {
        Api.Response created = api().post("/api/v1/users", Map.of("username", username, "displayName", username, "email",
                username + "@example.com", "password", password, "grants", List.of(Map.of("role", role))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /** Signs in with the one-time password and replaces it, as the console asks at first sign-in. */
    private SessionClient signedIn(String username, String oneTime, String chosen) {
        SessionClient client = session();
        assertThat(client.signIn(username, oneTime).status()).isEqualTo(302);
        SessionClient.Page forced = client.get("/");
        assertThat(forced.status()).isEqualTo(302);
        assertThat(forced.header("Location")).endsWith("/account/password");
        SessionClient.Page changed = client.post("/account/password", client.csrf("/account/password"), "currentPassword", oneTime,
                "newPassword", chosen, "repeatPassword", chosen);
        assertThat(changed.status()).as(changed.body()).isEqualTo(302);
        return client;
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndTheConsoleSendsToTheSignInPage() {
        Api.Response api = api().withToken(null).get("/api/v1/plants");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.contentType()).startsWith("application/problem+json");
        SessionClient.Page console = session().get("/?lang=en");
        assertThat(console.status()).isEqualTo(302);
        assertThat(console.header("Location")).endsWith("/login");
        assertThat(session().get("/login").status()).isEqualTo(200);
    }

    @Test
    void theFirstAdministratorSignsInWithTheConfiguredPasswordAndSeesWhoTheyAre() {
        SessionClient admin = session();
        SessionClient.Page signedIn = admin.signIn("admin", "Correct-Horse-Battery-9");
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("error");
        SessionClient.Page overview = admin.get("/?lang=en");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains("id=\"signed-in-as\"", "user:admin");
        assertThat(admin.get("/api/v1/me").body()).contains("\"actor\":\"user:admin\"", "ADMINISTRATOR");
    }

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElse() {
        createUser("first.timer", PASSWORD, "GROUP_VIEWER");
        SessionClient client = session();
        client.signIn("first.timer", PASSWORD);
        SessionClient.Page api = client.get("/api/v1/plants");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.body()).contains("password-change-required");

        SessionClient.Page weak = client.post("/account/password", client.csrf("/account/password"), "currentPassword", PASSWORD,
                "newPassword", "short", "repeatPassword", "short");
        assertThat(weak.status()).isEqualTo(200);
        assertThat(weak.body()).contains("at least 12 characters");

        String chosen = "Quiet-River-Lantern-7";
        assertThat(client.post("/account/password", client.csrf("/account/password"), "currentPassword", PASSWORD, "newPassword", chosen,
                "repeatPassword", chosen).status()).isEqualTo(302);
        assertThat(client.get("/api/v1/plants").status()).isEqualTo(200);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorResetsIt() {
        long id = createUser("lock.me", PASSWORD, "DATA_ENTRY");
        for (int attempt = 1; attempt <= AccountService.MAX_FAILURES; attempt++) {
            SessionClient.Page wrong = session().signIn("lock.me", "Not-The-Password-" + attempt);
            assertThat(wrong.header("Location")).as("attempt " + attempt)
                    .endsWith(attempt < AccountService.MAX_FAILURES ? "/login?error=bad" : "/login?error=locked");
        }
        SessionClient.Page right = session().signIn("lock.me", PASSWORD);
        assertThat(right.header("Location")).as("even the right password is refused while locked").endsWith("/login?error=locked");
        assertThat(api().get("/api/v1/users/" + id).json().path("locked").asBoolean()).isTrue();

        JsonNode audit = api().get("/api/v1/audit?actor=user:lock.me").json();
        assertThat(audit.findValuesAsString("action")).contains("LOGIN_FAILED", "LOCKED");

        String temporary = "Fresh-Start-Password-3";
        assertThat(api().put("/api/v1/users/" + id + "/password", Map.of("password", temporary)).status()).isEqualTo(204);
        assertThat(session().signIn("lock.me", temporary).header("Location")).doesNotContain("error");
    }

    @Test
    void anUnknownUserAndAWrongPasswordLookTheSame() {
        createUser("known.person", PASSWORD, "DATA_ENTRY");
        assertThat(session().signIn("nobody.here", PASSWORD).header("Location")).endsWith("/login?error=bad");
        assertThat(session().signIn("known.person", "Wrong-Password-Guess-1").header("Location")).endsWith("/login?error=bad");
    }

    @Test
    void aSignedInChangeWithoutTheCsrfTokenIsRefusedAndWithItAccepted() {
        createUser("csrf.check", PASSWORD, "ADMINISTRATOR");
        SessionClient client = signedIn("csrf.check", PASSWORD, "Paper-Lamp-Harbor-88");
        String group = "{\"code\":\"CSRF-G\",\"name\":\"CSRF group\"}";
        SessionClient.Page forged = client.postJson("/api/v1/groups", null, group);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(api().get("/api/v1/groups").body()).doesNotContain("CSRF-G");

        SessionClient.Page genuine = client.postJson("/api/v1/groups", client.csrf("/account/password"), group);
        assertThat(genuine.status()).as(genuine.body()).isEqualTo(201);
    }

    @Test
    void pagesCarryTheSecureHeaders() {
        SessionClient.Page login = session().get("/login");
        assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.header("Permissions-Policy")).contains("camera=()");
        assertThat(login.response().headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly"));
    }

    @Test
    void everyChangeIsAuditedWithSecretsMaskedAndTheChainDetectsAnEditBehindTheServicesBack() {
        createUser("audited.user", "Secret-Words-Stay-Out-1", "DATA_ENTRY");
        JsonNode events = api().get("/api/v1/audit?action=CHANGE&limit=50").json();
        JsonNode creation = null;
        for (JsonNode event : events) {
            if (event.path("target").asString().equals("/api/v1/users") && event.path("details").asString().contains("audited.user")) {
                creation = event;
            }
        }
        assertThat(creation).as("the account creation is in the audit log").isNotNull();
        assertThat(creation.path("actor").asString()).isEqualTo("token:bootstrap");
        assertThat(creation.path("remoteAddr").asString()).isNotBlank();
        assertThat(creation.path("details").asString()).contains("\"status\":201", "\\\"password\\\":\\\"***\\\"")
                .doesNotContain("Secret-Words-Stay-Out-1");

        assertThat(api().get("/api/v1/audit/check").json().path("ok").asBoolean()).isTrue();
        long seq = creation.path("seq").asLong();
        jdbc.sql("update audit_event set actor = 'token:someone-else' where seq = ?").param(seq).update();
        JsonNode broken = api().get("/api/v1/audit/check").json();
        assertThat(broken.path("ok").asBoolean()).isFalse();
        assertThat(broken.path("problem").asString()).isEqualTo("audit entry " + seq + " was changed after it was written");
        jdbc.sql("update audit_event set actor = 'token:bootstrap' where seq = ?").param(seq).update();
        assertThat(api().get("/api/v1/audit/check").json().path("ok").asBoolean()).isTrue();
    }

    @Test
    void refusalsAreAuditedAndAnsweredWith403() {
        String token = api().post("/api/v1/tokens", Map.of("name", "viewer-audit", "role", "GROUP_VIEWER")).json().path("token").asString();
        Api.Response refused = api().withToken(token).post("/api/v1/groups", Map.of("code", "NOPE", "name", "no"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asString()).isEqualTo("token:viewer-audit may not MANAGE_SETUP in *");
        JsonNode denied = api().get("/api/v1/audit?actor=token:viewer-audit&action=DENIED").json();
        assertThat(denied.size()).isGreaterThanOrEqualTo(1);
        assertThat(denied.get(0).path("details").asString()).contains("MANAGE_SETUP");
    }

    @Test
    void aTokenScopedToOnePlantSeesOnlyThatPlant() {
        io.autoghg.platform.testing.ExamplePlants.ensure(api(), "SEC-A");
        io.autoghg.platform.testing.ExamplePlants.ensure(api(), "SEC-B");
        String token = api().post("/api/v1/tokens", Map.of("name", "plant-a-engineer", "role", "PLANT_ENGINEER", "plantCode", "SEC-A"))
                .json().path("token").asString();
        Api.Response plants = api().withToken(token).get("/api/v1/plants");
        assertThat(plants.json().findValuesAsString("code")).containsExactly("SEC-A");
        assertThat(api().withToken(token).get("/api/v1/plants/SEC-A/sources").status()).isEqualTo(200);
        assertThat(api().withToken(token).get("/api/v1/plants/SEC-B/sources").status()).isEqualTo(403);
        assertThat(api().withToken(token).get("/api/v1/plants/SEC-B/inventories/2025").status()).isEqualTo(403);
    }

    @Test
    void whoEnteredADatumIsMaskedForAVerifierButNotForAnAccountant() {
        io.autoghg.platform.testing.ExamplePlants.ensure(api(), "SEC-M");
        String verifier = api().post("/api/v1/tokens", Map.of("name", "verifier-mask", "role", "VERIFIER", "plantCode", "SEC-M",
                "year", 2025)).json().path("token").asString();
        String accountant = api().post("/api/v1/tokens", Map.of("name", "accountant-mask", "role", "ACCOUNTANT", "plantCode", "SEC-M"))
                .json().path("token").asString();
        JsonNode seen = api().withToken(verifier).get("/api/v1/plants/SEC-M/activity?size=5").json();
        assertThat(seen.path("items").get(0).path("enteredBy").asString()).isEqualTo("token:***");
        JsonNode clear = api().withToken(accountant).get("/api/v1/plants/SEC-M/activity?size=5").json();
        assertThat(clear.path("items").get(0).path("enteredBy").asString()).isEqualTo("token:bootstrap");
    }
}
