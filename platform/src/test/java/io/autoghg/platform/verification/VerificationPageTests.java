package io.autoghg.platform.verification;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.ExamplePlants;
import io.autoghg.platform.testing.PlatformTest;
import io.autoghg.platform.testing.SessionApi;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The console page /verification over HTTP: an accountant invites through the form and sees the
 * one-time password once; each person gets the forms of their role (the verifier opens and closes
 * findings, the accountant responds), refusals are shown on the page; English and Chinese.
 */
@PlatformTest
class VerificationPageTests {
    static final String PLANT = "VFP";
    static final String PAGE = "/verification?plant=" + PLANT + "&year=2025";
    private static final Pattern PASSWORD = Pattern.compile("id=\"one-time-password\"[\\s\\S]*?<code>([^<]+)</code>");
    private static final Pattern FINDING = Pattern.compile("id=\"finding-(\\d+)\"");

    @Autowired
    Environment environment;

    @Test
    void accountantInvitesVerifierOpensFindingAccountantResponds() {
        ExamplePlants.ensure(Api.of(environment), PLANT);
        SessionApi accountant = People.withRole(environment, "a.page", "ACCOUNTANT", PLANT);

        Api.Response invited = accountant.form(PAGE.replace("/verification?", "/verification/invite?"), "username", "v.page",
                "displayName", "Page verifier");
        assertThat(invited.status()).as(invited.body()).isEqualTo(200);
        Matcher password = PASSWORD.matcher(invited.body());
        assertThat(password.find()).as("the one-time password is shown after the invitation").isTrue();
        String oneTime = password.group(1);
        Api.Response page = accountant.get(PAGE);
        assertThat(page.body()).contains("v.page", "Page verifier", "id=\"invite-form\"").doesNotContain(oneTime)
                .doesNotContain("id=\"new-finding\"", "id=\"statement-form\"", "id=\"sample-form\"");

        SessionApi verifier = SessionApi.signIn(environment, "v.page", oneTime).changePassword(oneTime, "Page-Verifier-Secret-1");
        Api.Response mine = verifier.get(PAGE);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("id=\"new-finding\"", "id=\"sample-form\"").doesNotContain("id=\"invite-form\"")
                .doesNotContain("id=\"statement-form\""); // the period is not in VERIFICATION yet
        Api.Response refused = verifier.form(PAGE.replace("/verification?", "/verification/findings?"), "subjectKind", "DATUM",
                "subjectRef", "not-a-number", "title", "t", "text", "x");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"verification-problems\"", "subjectRef: a DATUM finding names the datum");
        Api.Response opened = verifier.form(PAGE.replace("/verification?", "/verification/findings?"), "subjectKind", "SOURCE",
                "subjectRef", "NG-PAINT", "title", "paint-shop meter calibration", "text", "Please show the calibration record.",
                "severity", "MINOR");
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.body()).contains("id=\"thread\"", "paint-shop meter calibration", "id=\"close-form\"")
                .doesNotContain("id=\"respond-form\"");
        Matcher finding = FINDING.matcher(opened.body());
        assertThat(finding.find()).isTrue();
        String id = finding.group(1);

        Api.Response thread = accountant.get(PAGE + "&finding=" + id);
        assertThat(thread.body()).contains("id=\"respond-form\"", "id=\"comment-form\"").doesNotContain("id=\"close-form\"");
        Api.Response responded = accountant.form("/verification/findings/" + id + "/respond?plant=" + PLANT + "&year=2025",
                "text", "The certificate is on the meter page.");
        assertThat(responded.status()).as(responded.body()).isEqualTo(200);
        assertThat(responded.body()).contains("The certificate is on the meter page.", "Responded (1)");

        assertThat(verifier.get(PAGE + "&lang=zh").body()).contains("核查", "核查发现", "抽样");
        assertThat(verifier.get("/verification?plant=" + PLANT + "&year=2024").status()).as("another year").isEqualTo(403);
    }
}
