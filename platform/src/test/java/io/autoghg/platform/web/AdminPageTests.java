package io.autoghg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The administration page as a signed-in administrator (accounts, grants, tokens, audit log), and
 * as a plant engineer, who gets the "no access" page and no link to it.
 */
@PlatformTest
class AdminPageTests {
    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    private DataPages pages;
    private Api api;

    @BeforeEach
    void signIn() {
        pages = DataPages.of(environment);
        api = Api.of(environment);
    }

    private long userId(String username) {
        for (JsonNode user : api.get("/api/v1/users").json()) {
            if (user.path("username").asString().equals(username)) {
                return user.path("id").asLong();
            }
        }
        throw new AssertionError("no account " + username);
    }

    @Test
    void createsAnAccountWithAGrantAndListsIt() {
        DataPages.Page users = pages.get("/admin?lang=en");
        assertThat(users.status()).isEqualTo(200);
        assertThat(users.body()).contains("Administration", "id=\"tab-users\"", "id=\"user-admin\"", "ADMINISTRATOR · everywhere",
                "id=\"nav-admin\"");

        DataPages.Page created = pages.post("/admin/users?lang=en", "username", "page-alice", "displayName", "Alice Example",
                "email", "alice@example.com", "password", "Temp-Password-42x", "role", "PLANT_ENGINEER", "plantCode", "ADM-P1",
                "groupCode", "", "year", "");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat(created.body()).contains("Account page-alice created");
        String row = created.element("user-page-alice", "tr");
        assertThat(row).contains("Alice Example", "alice@example.com", "PLANT_ENGINEER · plant:ADM-P1", "must change password");
        assertThat(created.inputValue("username")).as("a fresh form after success").isEmpty();

        JsonNode account = api.get("/api/v1/users/" + userId("page-alice")).json();
        assertThat(account.path("mustChangePassword").asBoolean()).isTrue();
        assertThat(account.path("grants").get(0).path("role").asString()).isEqualTo("PLANT_ENGINEER");
    }

    @Test
    void showsRefusalsNextToTheirFields() {
        DataPages.Page badName = pages.post("/admin/users?lang=en", "username", "Bad Name!", "password", "Temp-Password-42x",
                "role", "", "plantCode", "", "groupCode", "", "year", "");
        assertThat(badName.status()).isEqualTo(422);
        assertThat(badName.fieldError("username")).contains("lower-case letters, digits");
        assertThat(badName.inputValue("username")).as("the form keeps what was typed").isEqualTo("Bad Name!");

        DataPages.Page taken = pages.post("/admin/users?lang=en", "username", "admin", "password", "Temp-Password-42x");
        assertThat(taken.status()).isEqualTo(422);
        assertThat(taken.fieldError("username")).contains("taken");

        DataPages.Page weak = pages.post("/admin/users?lang=en", "username", "page-weak", "password", "short");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.fieldError("password")).contains("at least 12 characters");

        DataPages.Page periodWithoutPlant = pages.post("/admin/users?lang=en", "username", "page-period", "role", "VERIFIER",
                "year", "2025");
        assertThat(periodWithoutPlant.status()).isEqualTo(422);
        assertThat(periodWithoutPlant.fieldError("year")).contains("names the plant");

        DataPages.Page scopeWithoutRole = pages.post("/admin/users?lang=en", "username", "page-norole", "plantCode", "ADM-P1");
        assertThat(scopeWithoutRole.fieldError("role")).contains("choose a role");
        assertThat(api.get("/api/v1/users").body()).doesNotContain("page-weak", "page-period", "page-norole");
    }

    @Test
    void changesGrantsPasswordAndStateOfAnAccount() {
        api.post("/api/v1/users", Map.of("username", "page-carol", "password", "Carol-Temp-Pass-1",
                "grants", List.of(Map.of("role", "DATA_ENTRY", "plantCode", "ADM-P1"))));
        long id = userId("page-carol");
        String path = "/admin/users/" + id;

        DataPages.Page account = pages.get(path + "?lang=en");
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.body()).contains("Account page-carol", "Data entry (DATA_ENTRY)", "plant:ADM-P1");

        DataPages.Page granted = pages.post(path + "/grants?lang=en", "role", "VERIFIER", "plantCode", "ADM-P1", "year", "2025");
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.body()).contains("Role VERIFIER granted", "period:ADM-P1/2025");

        DataPages.Page badYear = pages.post(path + "/grants?lang=en", "role", "VERIFIER", "plantCode", "ADM-P1", "year", "20x5");
        assertThat(badYear.status()).isEqualTo(422);
        assertThat(badYear.fieldError("year")).contains("20x5");
        DataPages.Page both = pages.post(path + "/grants?lang=en", "role", "VERIFIER", "plantCode", "ADM-P1", "groupCode", "G1");
        assertThat(both.fieldError("groupCode")).contains("not both");

        Matcher verifierGrant = Pattern.compile("id=\"grant-(\\d+)\"[^<]*<td[^>]*>Verifier").matcher(granted.body());
        assertThat(verifierGrant.find()).as(granted.body()).isTrue();
        DataPages.Page removed = pages.post(path + "/grants/" + verifierGrant.group(1) + "/remove?lang=en");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body()).contains("Grant removed").doesNotContain("period:ADM-P1/2025");
        assertThat(api.get("/api/v1/users/" + id).json().path("grants")).hasSize(1);

        DataPages.Page weak = pages.post(path + "/password?lang=en", "password", "short");
        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.fieldError("password")).contains("at least 12 characters");
        assertThat(pages.post(path + "/password?lang=en", "password", "Carol-Next-Pass-2").body()).contains("One-time password set");

        DataPages.Page disabled = pages.post(path + "/disabled?lang=en", "disabled", "true");
        assertThat(disabled.body()).contains("Account disabled", "Enable account");
        assertThat(api.get("/api/v1/users/" + id).json().path("disabled").asBoolean()).isTrue();
        assertThat(pages.post(path + "/disabled?lang=en", "disabled", "false").body()).contains("Account enabled");
        assertThat(api.get("/api/v1/users/" + id).json().path("disabled").asBoolean()).isFalse();

        DataPages.Page self = pages.post("/admin/users/" + userId("admin") + "/disabled?lang=en", "disabled", "true");
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.fieldError("disabled")).contains("your own account");
    }

    @Test
    void createsATokenShownOnceAndRevokesIt() {
        DataPages.Page created = pages.post("/admin/tokens?lang=en", "name", "adm-gateway", "role", "GATEWAY", "plantCode", "ADM-P1",
                "groupCode", "", "year", "");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String secret = created.text("token-secret");
        assertThat(secret).startsWith("agt_");
        assertThat(created.body()).contains("shown only this once", "Token adm-gateway created");
        assertThat(api.withToken(secret).get("/api/v1/me").json().path("actor").asString()).isEqualTo("token:adm-gateway");

        Matcher row = Pattern.compile("id=\"token-(\\d+)\"").matcher(created.body());
        assertThat(row.find()).isTrue();
        String id = row.group(1);
        assertThat(created.element("token-" + id, "tr")).contains("adm-gateway", "GATEWAY", "plant:ADM-P1", "id=\"revoke-" + id + "\"");
        assertThat(pages.get("/admin/tokens?lang=en").body()).as("the secret is not shown again").doesNotContain(secret);

        DataPages.Page revoked = pages.post("/admin/tokens/" + id + "/revoke?lang=en");
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.body()).contains("revoked").doesNotContain("id=\"revoke-" + id + "\"");
        assertThat(api.withToken(secret).get("/api/v1/me").status()).isEqualTo(401);

        DataPages.Page noRole = pages.post("/admin/tokens?lang=en", "name", "", "role", "");
        assertThat(noRole.status()).isEqualTo(422);
        assertThat(noRole.fieldError("name")).isNotBlank();
        assertThat(noRole.fieldError("role")).isNotBlank();
    }

    @Test
    void showsTheAuditLogWithItsChainCheck() {
        DataPages.Page audit = pages.get("/admin/audit?lang=en");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.element("chain", "p")).contains("chain-ok", "Audit chain intact");
        assertThat(audit.body()).contains("id=\"audit\"", "LOGIN", "user:admin");

        DataPages.Page logins = pages.get("/admin/audit?lang=en&actor=user:admin&action=LOGIN&limit=5");
        assertThat(logins.body()).contains("<option value=\"LOGIN\" selected=\"selected\">").doesNotContain(">CHANGE</td>");

        DataPages.Page zh = pages.get("/admin/audit?lang=zh");
        assertThat(zh.body()).contains("审计链完整", "管理", "用户", "令牌");
    }

    @Test
    void showsWhereTheAuditChainIsBroken() {
        JsonNode login = api.get("/api/v1/audit?action=LOGIN&limit=1").json().get(0);
        long seq = login.path("seq").asLong();
        jdbc.sql("update audit_event set actor = 'user:mallory' where seq = ?").param(seq).update();
        try {
            DataPages.Page broken = pages.get("/admin/audit?lang=en");
            assertThat(broken.element("chain", "div")).contains("chain-broken", "Audit chain broken at entry " + seq + " (of ",
                    "audit entry " + seq + " was changed after it was written");
        } finally {
            jdbc.sql("update audit_event set actor = ? where seq = ?").params(login.path("actor").asString(), seq).update();
        }
        assertThat(pages.get("/admin/audit?lang=en").body()).contains("chain-ok");
    }

    @Test
    void aPlantEngineerGetsNoAccessAndNoLink() {
        assertThat(api.post("/api/v1/users", Map.of("username", "page-eng", "password", "Engineer-Once-77",
                "grants", List.of(Map.of("role", "PLANT_ENGINEER", "plantCode", "ADM-P1")))).status()).isEqualTo(201);
        DataPages engineer = DataPages.of(environment, "page-eng", "Engineer-Once-77");
        assertThat(engineer.get("/admin?lang=en").status()).as("first the one-time password must go").isEqualTo(302);
        DataPages.Page changed = engineer.post("/account/password", "currentPassword", "Engineer-Once-77",
                "newPassword", "Engineer-Own-Pass-88", "repeatPassword", "Engineer-Own-Pass-88");
        assertThat(changed.status()).isEqualTo(302);

        DataPages.Page refused = engineer.get("/admin?lang=en");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("You may not open this page", "user:page-eng", "ADMINISTER").doesNotContain("id=\"nav-admin\"");
        assertThat(engineer.get("/admin/users/" + userId("admin")).status()).isEqualTo(403);
        assertThat(engineer.get("/admin/audit").status()).isEqualTo(403);
        assertThat(engineer.post("/admin/tokens", "name", "sneaky", "role", "ADMINISTRATOR").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/tokens").body()).doesNotContain("sneaky");

        DataPages.Page overview = engineer.get("/?lang=en");
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains("user:page-eng").doesNotContain("id=\"nav-admin\"");
        assertThat(api.get("/api/v1/audit?actor=user:page-eng&action=DENIED").json().size()).isPositive();
    }
}
