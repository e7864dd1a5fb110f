package io.autoghg.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;

/**
 * Limits sign-in attempts per address (against password guessing across accounts) and ingest
 * calls (imports, readings) per client, answering 429 with Retry-After.
 */
final class RateLimitFilter extends org.springframework.web.filter.OncePerRequestFilter {
    private final RateLimiter logins;
    private final RateLimiter ingest;
    private final AuditLog audit;

    RateLimitFilter(int loginsPerMinute, int ingestPerMinute, AuditLog audit) {
        this.logins = new RateLimiter(loginsPerMinute, Clock.systemUTC());
        this.ingest = new RateLimiter(ingestPerMinute, Clock.systemUTC());
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        boolean post = "POST".equals(request.getMethod());
        RateLimiter limiter = null;
        String key = null;
        if (post && path.equals("/login")) {
            limiter = logins;
            key = request.getRemoteAddr();
        } else if (post && (path.startsWith("/api/v1/imports") || path.startsWith("/api/v1/readings"))) {
            limiter = ingest;
            String authorization = request.getHeader("Authorization");
            key = authorization != null ? "token:" + Integer.toHexString(authorization.hashCode()) : request.getRemoteAddr();
        }
        if (limiter != null && !limiter.tryAcquire(key)) {
            audit.record("address:" + request.getRemoteAddr(), "RATE_LIMITED", path, "DENIED", Map.of("method", request.getMethod()));
            response.setHeader("Retry-After", Long.toString(limiter.retryAfterSeconds()));
            Problems.write(response, 429, "too-many-requests", "Too many requests",
                    "too many requests to " + path + " from this client; wait and try again");
            return;
        }
        chain.doFilter(request, response);
    }
}
