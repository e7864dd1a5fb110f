package io.autoghg.edge.registration;

import io.autoghg.edge.json.Json;

import io.autoghg.edge.config.GatewayConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The gateway's calls to {@code /api/v1/plants/{plant}/gateways/{gateway}/…} over HTTP with its token, whatever
 * transport its readings use: registration, the configuration pull (with If-None-Match) and the status heartbeat.
 */
final class PlatformClient {
    private final GatewayConfig config;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    PlatformClient(GatewayConfig config) {
        this.config = config;
        this.base = config.platformUrl() + "/api/v1/plants/" + segment(config.plant()) + "/gateways/" + segment(config.gateway());
    }

    /** Registers; the answer's {@code config} is the current central configuration or null. */
    Map<String, Object> register(Map<String, Object> registration) throws RegistrationException {
        HttpResponse<String> response = send(post("/registration", registration));
        expect(200, response, "registration");
        return parse(response.body());
    }

    /** The central configuration when its version is not {@code known}; empty when unchanged (304) or there is none (404). */
    Optional<Map<String, Object>> pull(Integer known) throws RegistrationException {
        HttpRequest.Builder request = request("/config").GET();
        if (known != null) {
            request.header("If-None-Match", "\"" + known + "\"");
        }
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 304 || response.statusCode() == 404) {
            return Optional.empty();
        }
        expect(200, response, "configuration pull");
        return Optional.of(parse(response.body()));
    }

    void status(Map<String, Object> status) throws RegistrationException {
        expect(200, send(post("/status", status)), "status");
    }

    private HttpRequest.Builder post(String path, Map<String, Object> body) {
        return request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + config.token());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws RegistrationException {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RegistrationException("platform unreachable: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistrationException("interrupted");
        }
    }

    private static void expect(int status, HttpResponse<String> response, String what) throws RegistrationException {
        if (response.statusCode() != status) {
            String body = response.body() == null ? "" : response.body();
            throw new RegistrationException(what + ": platform answered " + response.statusCode() + ": "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) throws RegistrationException {
        try {
            Object value = new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
        } catch (YAMLException e) {
            throw new RegistrationException("the platform's answer is not JSON: " + e.getMessage());
        }
        throw new RegistrationException("the platform's answer is not a JSON object");
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A call to the platform failed: unreachable, refused, or an unexpected answer. */
    static final class RegistrationException extends Exception {
        RegistrationException(String message) {
            super(message);
        }
    }
}
