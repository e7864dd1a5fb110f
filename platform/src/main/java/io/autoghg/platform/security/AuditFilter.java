package io.autoghg.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Writes every change (POST, PUT, PATCH, DELETE) and every read of sensitive data or export to
 * the audit log: who, when, from where, what was sent (secrets masked) and what came back.
 */
final class AuditFilter extends OncePerRequestFilter {
    private static final int KEEP = 4096;
    /** Evidence files, ledger bundles, spreadsheets, reports, accounts, tokens, the audit log itself (API and console page). */
    static final Pattern SENSITIVE_READ = Pattern.compile(
            "^/api/v1/(plants/[^/]+/evidence/\\d+/content|plants/[^/]+/ledger/\\d+/bundle|plants/[^/]+/reports/.*|users.*|tokens.*|audit.*)$"
                    + "|.*\\.xlsx$|^/evidence/\\d+/content$|^/inventory/export.*|^/admin(/.*)?$");
    /**
     * A gateway's status heartbeat (every minute per gateway) changes only its last-seen status; a successful one is
     * not written (docs/security.md §8), refused and failed ones are.
     */
    static final Pattern HEARTBEAT = Pattern.compile("^/api/v1/plants/[^/]+/gateways/[^/]+/status$");
    private static final Pattern SECRET_FIELDS = Pattern.compile(
            "(\"(?:password|currentPassword|newPassword|token|clientSecret|secret)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

    private final AuditLog audit;

    AuditFilter(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/") || path.startsWith("/actuator/")
                || path.equals("/login") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean change = !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod()));
        boolean sensitive = !change && SENSITIVE_READ.matcher(request.getRequestURI()).matches();
        if (!change && !sensitive) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingRequestWrapper wrappedRequest = new ContentCachingRequestWrapper(request, KEEP);
        ContentCachingResponseWrapper wrappedResponse = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(wrappedRequest, wrappedResponse);
        } finally {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("method", request.getMethod());
            if (request.getQueryString() != null) {
                details.put("query", request.getQueryString());
            }
            details.put("status", wrappedResponse.getStatus());
            if (change) {
                details.put("request", body(wrappedRequest.getContentAsByteArray(), request.getContentType()));
                details.put("response", body(wrappedResponse.getContentAsByteArray(), wrappedResponse.getContentType()));
            } else {
                details.put("bytes", wrappedResponse.getContentSize());
            }
            String userAgent = request.getHeader("User-Agent");
            if (userAgent != null) {
                details.put("userAgent", userAgent.length() > 200 ? userAgent.substring(0, 200) : userAgent);
            }
            int status = wrappedResponse.getStatus();
            if (status < 400 && HEARTBEAT.matcher(request.getRequestURI()).matches()) {
                wrappedResponse.copyBodyToResponse();
                return;
            }
            try {
                // recorded before the answer leaves, so a client that saw the answer finds the entry
                audit.record(actor(), change ? "CHANGE" : "EXPORT", request.getRequestURI(),
                        status < 400 ? "OK" : status == 401 || status == 403 ? "DENIED" : "FAILED", details);
            } finally {
                wrappedResponse.copyBodyToResponse();
            }
        }
    }

    private String actor() {
        return io.autoghg.platform.support.CurrentActor.name(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The text of a JSON or form body with secrets masked; other bodies by size only. */
    static String body(byte[] content, String contentType) {
        if (content.length == 0) {
            return "";
        }
        if (contentType == null || !(contentType.contains("json") || contentType.contains("x-www-form-urlencoded"))) {
            return "(" + content.length + " bytes of " + (contentType == null ? "unknown type" : contentType.split(";")[0]) + ")";
        }
        String text = new String(content, 0, Math.min(content.length, KEEP), StandardCharsets.UTF_8);
        text = SECRET_FIELDS.matcher(text).replaceAll("$1\"***\"");
        text = text.replaceAll("((?:^|&)(?:password|currentPassword|newPassword|_csrf)=)[^&]*", "$1***");
        return content.length > KEEP ? text + "…(" + content.length + " bytes)" : text;
    }
}
