package io.autoghg.platform.security;

import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.CurrentActor;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Checks the bearer token of every /api call once tokens exist, and records who is calling. */
@Component
class TokenFilter extends OncePerRequestFilter {
    private final ApiTokenService tokens;

    TokenFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<ApiToken> token = tokens.authenticate(header.substring(7).strip());
            if (token.isEmpty()) {
                reject(response, "the bearer token is not valid or has been revoked");
                return;
            }
            request.setAttribute(CurrentActor.ATTRIBUTE, new Actor("token:" + token.get().name()));
        } else if (tokens.required()) {
            reject(response, "authentication required: send Authorization: Bearer <token>");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void reject(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(401);
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"https://autoghg.io/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"" + detail + "\"}");
    }
}
