package io.autoghg.platform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API as a person uses it after signing in on the console: the session cookie instead of
 * a bearer token, and the page's CSRF token in the X-CSRF-TOKEN header of every change.
 *
 * <pre>
 * SessionApi verifier = SessionApi.signIn(environment, "v.li", oneTimePassword).changePassword(oneTimePassword, "Another-Secret-42");
 * verifier.post("/api/v1/plants/P1/periods/2025/verification/findings", Map.of(...));
 * </pre>
 */
public final class SessionApi {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private String csrf;

    private SessionApi(String base) {
        this.base = base;
    }

    /** Signs in with the sign-in form (302 expected); a one-time password still has to be changed before the API answers. */
    public static SessionApi signIn(Environment environment, String username, String password) {
        SessionApi session = new SessionApi("http://localhost:" + environment.getProperty("local.server.port"));
        session.csrf = session.token("/login");
        Api.Response signedIn = session.form("/login", "username", username, "password", password);
        if (signedIn.status() != 302 || session.get("/account/password").status() != 200) {
            throw new IllegalStateException("sign-in of " + username + " failed");
        }
        session.csrf = session.token("/account/password");
        return session;
    }

    /** Chooses a new password on the console's password page, as the first sign-in with a one-time password asks. */
    public SessionApi changePassword(String current, String next) {
        Api.Response changed = form("/account/password", "currentPassword", current, "newPassword", next, "repeatPassword", next);
        if (changed.status() != 302) {
            throw new IllegalStateException("the password change was refused: " + changed.status() + " " + changed.body());
        }
        csrf = token("/account/password");
        return this;
    }

    public Api.Response get(String path) {
        return send(request(path).GET());
    }

    public Api.Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Api.Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    /** A multipart POST: plain fields and one file part (left out when {@code content} is null). */
    public Api.Response multipart(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        return multipart(path, fields, fileField, fileName, "application/octet-stream", content);
    }

    public Api.Response multipart(String path, Map<String, String> fields, String fileField, String fileName, String contentType,
                                  byte[] content) {
        String boundary = "b-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (content != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A console form post (application/x-www-form-urlencoded); pairs name, value, … */
    public Api.Response form(String path, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private String token(String page) {
        Matcher matcher = CSRF.matcher(get(page).body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return matcher.group(1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en");
    }

    private Api.Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Response(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
