package io.autoghg.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.PlatformTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

@PlatformTest
class TokenApiTests {
    @Autowired
    Environment environment;

    @Test
    void theBootstrapTokenIsAnAdministratorTokenAndOthersAreRejected() {
        Api api = Api.of(environment);
        assertThat(api.get("/api/v1/plants").status()).isEqualTo(200);
        assertThat(api.withToken(null).get("/api/v1/plants").status()).isEqualTo(401);
        assertThat(api.withToken("wrong").get("/api/v1/plants").status()).isEqualTo(401);
        assertThat(api.withToken(null).get("/actuator/health").status()).as("health stays open").isEqualTo(200);
    }

    @Test
    void aCreatedTokenWorksUntilRevoked() {
        Api api = Api.of(environment);
        String token = api.post("/api/v1/tokens", Map.of("name", "gateway-1", "role", "GATEWAY")).json().path("token").asString();
        assertThat(api.withToken(token).get("/api/v1/plants").status()).isEqualTo(200);

        long id = 0;
        for (var entry : api.get("/api/v1/tokens").json()) {
            if (entry.path("name").asString().equals("gateway-1")) {
                id = entry.path("id").asLong();
            }
        }
        assertThat(api.send("DELETE", "/api/v1/tokens/" + id).status()).isEqualTo(204);
        assertThat(api.withToken(token).get("/api/v1/plants").status()).isEqualTo(401);
        assertThat(api.post("/api/v1/tokens", Map.of("name", "x", "role", "KING")).status()).isEqualTo(400);
    }
}
