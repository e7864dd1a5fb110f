package io.autoghg.platform.verification;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.SessionApi;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;

/** People of the verification tests: accounts made by the administrator, signed in on the console, their first password changed. */
final class People {
    static final String PASSWORD = "Chosen-After-First-Login-7";

    private People() {
    }

    /** A person with one role for the whole plant, signed in, the one-time password already replaced. */
    static SessionApi withRole(Environment environment, String username, String role, String plant) {
        String oneTime = "One-Time-" + username.replace('.', '-') + "-42";
        Api.Response created = Api.of(environment).post("/api/v1/users", Map.of("username", username, "displayName", username,
                "password", oneTime, "grants", List.of(Map.of("role", role, "plantCode", plant))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return SessionApi.signIn(environment, username, oneTime).changePassword(oneTime, PASSWORD);
    }

    static String period(String plant, int year) {
        return "/api/v1/plants/" + plant + "/periods/" + year;
    }

    static String verification(String plant, int year) {
        return period(plant, year) + "/verification";
    }
}
