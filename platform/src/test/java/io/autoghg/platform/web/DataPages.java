package io.autoghg.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;

/**
 * Fetches and posts console pages over HTTP like a browser without JavaScript: signed in with a
 * session cookie (no token), form posts carrying the page's CSRF token, multipart uploads.
 */
final class DataPages {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    private String csrf = "";

    private DataPages(String base) {
        this.base = base;
    }

    static DataPages of(Environment environment) {
        return of(environment, io.autoghg.platform.testing.Browser.ADMIN, io.autoghg.platform.testing.Browser.ADMIN_PASSWORD);
    }

    /** Signs in on the sign-in page (its CSRF token, then the form) as the given person. */
    static DataPages of(Environment environment, String username, String password) {
        DataPages pages = new DataPages("http://localhost:" + environment.getProperty("local.server.port"));
        pages.csrf = pages.token(pages.get("/login").body());
        Page signedIn = pages.post("/login", "username", username, "password", password);
        if (signedIn.status() != 302) {
            throw new IllegalStateException("sign-in failed: " + signedIn.status());
        }
        pages.csrf = pages.token(pages.get("/account/password").body());
        return pages;
    }

    private String token(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    record Page(int status, String body, String contentType) {
        /** The message shown next to an input (the span with id e-NAME), or null when there is none. */
        String fieldError(String field) {
            Matcher matcher = Pattern.compile("id=\"e-" + Pattern.quote(field) + "\"[^>]*>([^<]*)<").matcher(body);
            return matcher.find() ? unescape(matcher.group(1)) : null;
        }

        /** The text of the element with this id (up to its first child tag). */
        String text(String id) {
            Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(body);
            return matcher.find() ? unescape(matcher.group(1)).strip() : null;
        }

        /** The value attribute of the input with id f-NAME. */
        String inputValue(String field) {
            Matcher matcher = Pattern.compile("<input[^>]*id=\"f-" + Pattern.quote(field) + "\"[^>]*value=\"([^\"]*)\"").matcher(body);
            return matcher.find() ? unescape(matcher.group(1)) : null;
        }

        /** The HTML of the element with this id up to the end of the first closing tag of that name. */
        String element(String id, String tag) {
            int start = body.indexOf("id=\"" + id + "\"");
            if (start < 0) {
                return null;
            }
            int open = body.lastIndexOf("<" + tag, start);
            int close = body.indexOf("</" + tag + ">", start);
            return body.substring(open, close + tag.length() + 3);
        }

        private static String unescape(String html) {
            return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
        }
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    byte[] bytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form as application/x-www-form-urlencoded; pairs name, value, name, value … (a name may repeat). */
    Page post(String path, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Uploads files (name → content) as multipart field "files", plus plain fields. */
    Page upload(String path, Map<String, byte[]> files, Map<String, String> fields) {
        return upload(path, "files", files, fields);
    }

    /** Uploads files (name → content) as multipart parts named {@code part}, plus plain fields. */
    Page upload(String path, String part, Map<String, byte[]> files, Map<String, String> fields) {
        String boundary = "b-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
