package io.autoghg.edge;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stands in for the platform's POST /api/v1/readings on a fixed port: records every reading it receives (in
 * arrival order, duplicates included) and answers 200 with the shape of docs/readings.md §4, or 503 while
 * "unavailable"; {@link #stop()} closes the port altogether and {@link #start()} opens it again.
 */
public final class FakePlatform implements AutoCloseable {

    public record Received(String meter, Instant ts, double value) {
        public String key() {
            return meter + "@" + ts;
        }
    }

    private static final Pattern READING = Pattern.compile(
            "\\{\"meter\":\"([^\"]+)\",\"ts\":\"([^\"]+)\",\"value\":([^,]+),\"unit\":\"[^\"]*\"}");

    private final int port;
    private final List<Received> received = new ArrayList<>();
    private final List<String> authorizations = new ArrayList<>();
    private volatile boolean unavailable;
    private HttpServer server;
    private boolean listening;

    public FakePlatform() throws IOException {
        this.port = ModbusMeters.freePort();
        start();
    }

    public synchronized void start() throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
                server.createContext("/api/v1/readings", this::handle);
                server.start();
                listening = true;
                return;
            } catch (IOException e) {
                last = e;
                sleep(100);
            }
        }
        throw last;
    }

    public synchronized void stop() {
        if (listening) {
            server.stop(0);
            listening = false;
        }
    }

    public void unavailable(boolean down) {
        this.unavailable = down;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (unavailable) {
            answer(exchange, 503, "{\"status\":503,\"title\":\"Service Unavailable\"}");
            return;
        }
        int count = 0;
        synchronized (this) {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            Matcher m = READING.matcher(body);
            while (m.find()) {
                received.add(new Received(m.group(1), Instant.parse(m.group(2)), Double.parseDouble(m.group(3))));
                count++;
            }
        }
        answer(exchange, 200, "{\"plant\":\"P1\",\"batch\":null,\"accepted\":" + count
                + ",\"duplicates\":0,\"corrections\":0,\"rejected\":[],"
                + "\"activity\":{\"written\":0,\"corrected\":0,\"unchanged\":0,\"pending\":0,\"refused\":[]}}");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
