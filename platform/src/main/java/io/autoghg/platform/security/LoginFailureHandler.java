package io.autoghg.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page, saying whether the password was wrong, the account is locked, the company
 * account has no AutoGHG account, or the company sign-in failed otherwise (cancelled at the provider,
 * an expired or replayed answer, an ID token that does not check out).
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = exception instanceof LockedException ? "locked" : exception.getMessage() != null
                && exception.getMessage().startsWith("no AutoGHG account") ? "no-account"
                : exception instanceof OAuth2AuthenticationException ? "oidc" : "bad";
        response.sendRedirect("/login?error=" + reason);
    }
}
