package io.autoghg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * A small HTTP client of the service for the CLI: base URL from --server, AUTOGHG_URL or
 * http://localhost:8080; bearer token from AUTOGHG_TOKEN.
 */
final class ServiceClient {
    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServiceClient(String server) {
        String url = server != null ? server : System.getenv().getOrDefault("AUTOGHG_URL", "http://localhost:8080");
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        // the system property serves tests and embedding; people set AUTOGHG_TOKEN
        this.token = System.getProperty("autoghg.token", System.getenv("AUTOGHG_TOKEN"));
    }

    record Response(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    Response get(String path) {
        return send(request(path).GET().build());
    }

    /** A response kept as bytes (a file), with the headers that describe it. */
    record Download(int status, byte[] body, java.net.http.HttpHeaders headers) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body read as text, e.g. for a problem detail. */
        Response asText() {
            return new Response(status, new String(body, StandardCharsets.UTF_8));
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    Download download(String path) {
        HttpResponse<byte[]> response = exchange(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.body(), response.headers());
    }

    private CliException unreachable() {
        return new CliException("cannot reach the service at " + base + " (start it with ./autoghg serve, or set --server / AUTOGHG_URL)", 3);
    }

    Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    /** POSTs a body of the given content type (e.g. readings as JSON or CSV). */
    Response post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    Response upload(String path, List<Path> files) throws IOException {
        String boundary = "autoghg-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5));
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }

    /** Sends the request; an unreachable service or a broken connection becomes a CLI error with exit code 3. */
    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (ConnectException e) {
            throw unreachable();
        } catch (IOException e) {
            throw new CliException("request to " + base + " failed: " + e.getMessage(), 3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted", 3);
        }
    }
}
