package io.autoghg.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** An account with a one-time password may do nothing but choose a new one. */
final class PasswordChangeFilter extends OncePerRequestFilter {
    static final String PAGE = "/account/password";
    private final AccountService accounts;

    PasswordChangeFilter(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals(PAGE) || path.equals("/logout") || path.equals("/login") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/webjars/") || path.startsWith("/actuator/") || path.equals("/error");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CallerAuthentication signedIn && signedIn.getPrincipal().kind() == Caller.Kind.USER
                && accounts.mustChangePassword(signedIn.getPrincipal().id())) {
            if (request.getRequestURI().startsWith("/api/")) {
                Problems.write(response, 403, "password-change-required", "Password change required",
                        "choose a new password first (" + PAGE + ")");
            } else {
                response.sendRedirect(PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
