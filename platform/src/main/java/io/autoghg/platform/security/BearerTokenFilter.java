package io.autoghg.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates requests that carry "Authorization: Bearer <API token>"; a wrong token is refused at once. */
final class BearerTokenFilter extends OncePerRequestFilter {
    private final ApiTokenService tokens;
    private final AuditLog audit;

    BearerTokenFilter(ApiTokenService tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasBearer(request)) {
            Optional<Caller> caller = tokens.authenticate(request.getHeader("Authorization").substring(7).strip());
            if (caller.isEmpty()) {
                audit.record("anonymous", "TOKEN_REJECTED", request.getRequestURI(), "DENIED", Map.of("method", request.getMethod()));
                Problems.write(response, 401, "unauthorized", "Unauthorized", "the bearer token is not valid or has been revoked");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new CallerAuthentication(caller.get()));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
