package io.autoghg.edge.uplink;

import io.autoghg.edge.buffer.Journal.Batch;
import io.autoghg.edge.config.GatewayConfig;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /api/v1/readings with the gateway's token. Only a 200 acknowledges a batch; readings the platform
 * rejected inside a 200 (unknown meter, wrong unit) are logged and not sent again (resending cannot fix them).
 * Any other answer (401/403 for a bad token, 429, 5xx) or no answer leaves the batch in the buffer.
 */
final class HttpUplink implements Uplink {

    private static final Logger log = LoggerFactory.getLogger(HttpUplink.class);

    private final GatewayConfig config;
    private final URI endpoint;
    private final HttpClient http;

    HttpUplink(GatewayConfig config) {
        this.config = config;
        this.endpoint = URI.create(config.platformUrl() + "/api/v1/readings?plant="
                + URLEncoder.encode(config.plant(), StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public void send(Batch batch) throws UplinkException {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + config.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ReadingsPayload.json(config.plant(), config.gateway(), batch)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UplinkException("platform unreachable: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UplinkException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new UplinkException("platform answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        String body = response.body();
        if (body.contains("\"rejected\":[{")) {
            log.warn("event=readings-rejected gateway={} batch={} answer={}", config.gateway(), ReadingsPayload.batchId(batch), abbreviate(body));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    @Override
    public void close() {
        // java.net.http.HttpClient has no close() on Java 17
    }
}
