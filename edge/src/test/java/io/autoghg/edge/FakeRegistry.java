package io.autoghg.edge;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for the platform's gateway endpoints of plant P1, gateway gw-test (docs/api.md): registration, the
 * configuration pull with ETag/If-None-Match (304 while unchanged, 404 while there is none) and the status
 * heartbeat, each request recorded; and POST /api/v1/readings, recording which meters arrive.
 */
final class FakeRegistry implements AutoCloseable {
    private static final Pattern METER = Pattern.compile("\"meter\":\"([^\"]+)\"");
    private static final String BASE = "/api/v1/plants/P1/gateways/gw-test";

    private final HttpServer server;
    private final List<String> registrations = new ArrayList<>();
    private final List<String> ifNoneMatch = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private final List<String> meters = new ArrayList<>();
    private int version;
    private String document;

    FakeRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(BASE + "/registration", this::registration);
        server.createContext(BASE + "/config", this::config);
        server.createContext(BASE + "/status", this::status);
        server.createContext("/api/v1/readings", this::readings);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next central configuration version: the devices part as JSON. */
    synchronized void publish(String devicesJson) {
        version++;
        document = "{\"pollInterval\":\"100ms\",\"devices\":" + devicesJson + "}";
    }

    synchronized List<String> registrations() {
        return List.copyOf(registrations);
    }

    synchronized List<String> ifNoneMatch() {
        return List.copyOf(ifNoneMatch);
    }

    synchronized List<String> statuses() {
        return List.copyOf(statuses);
    }

    synchronized List<String> meters() {
        return List.copyOf(meters);
    }

    private synchronized String central() {
        return document == null ? "null" : "{\"plant\":\"P1\",\"gateway\":\"gw-test\",\"version\":" + version
                + ",\"changedAt\":\"2026-11-25T10:00:00Z\",\"changedBy\":\"user:engineer\",\"config\":" + document + "}";
    }

    private void registration(HttpExchange exchange) throws IOException {
        synchronized (this) {
            registrations.add(body(exchange));
        }
        answer(exchange, 200, "{\"plant\":\"P1\",\"gateway\":\"gw-test\",\"registeredAt\":\"2026-11-25T10:00:00Z\",\"config\":"
                + central() + "}");
    }

    private void config(HttpExchange exchange) throws IOException {
        String tag = exchange.getRequestHeaders().getFirst("If-None-Match");
        int current;
        synchronized (this) {
            ifNoneMatch.add(String.valueOf(tag));
            current = version;
        }
        if (current == 0) {
            answer(exchange, 404, "{\"status\":404,\"detail\":\"no central configuration yet\"}");
        } else if (("\"" + current + "\"").equals(tag)) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
        } else {
            answer(exchange, 200, central());
        }
    }

    private void status(HttpExchange exchange) throws IOException {
        synchronized (this) {
            statuses.add(body(exchange));
        }
        answer(exchange, 200, "{\"configVersion\":" + version + "}");
    }

    private void readings(HttpExchange exchange) throws IOException {
        String body = body(exchange);
        int count = 0;
        synchronized (this) {
            Matcher m = METER.matcher(body);
            while (m.find()) {
                meters.add(m.group(1));
                count++;
            }
        }
        answer(exchange, 200, "{\"plant\":\"P1\",\"accepted\":" + count + ",\"duplicates\":0,\"corrections\":0,\"rejected\":[]}");
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
