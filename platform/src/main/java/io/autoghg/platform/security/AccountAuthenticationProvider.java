package io.autoghg.platform.security;

import java.util.Map;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Console sign-in with a local account; every attempt goes to the audit log. */
final class AccountAuthenticationProvider implements AuthenticationProvider {
    private final AccountService accounts;
    private final AuditLog audit;

    AccountAuthenticationProvider(AccountService accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String username = request.getName();
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        try {
            Caller caller = accounts.authenticate(username, password);
            audit.record(caller.actorName(), "LOGIN", "console", "OK", Map.of("method", "password"));
            return new CallerAuthentication(caller);
        } catch (AccountService.LoginFailure failure) {
            audit.record("user:" + (username == null ? "" : username.strip().toLowerCase()), failure.locked() ? "LOCKED" : "LOGIN_FAILED",
                    "console", "DENIED", Map.of("reason", failure.getMessage()));
            throw failure.locked() ? new LockedException(failure.getMessage()) : new BadCredentialsException(failure.getMessage());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
