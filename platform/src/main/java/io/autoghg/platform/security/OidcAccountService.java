package io.autoghg.platform.security;

import java.util.Map;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * OpenID Connect sign-in: the identity provider proves who the person is; the local account of
 * the same username (claim {@code preferred_username} by default) decides what they may do.
 * Nobody gets in without an account an administrator created.
 */
final class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {
    private final OidcUserService delegate = new OidcUserService();
    private final AccountService accounts;
    private final AuditLog audit;
    private final String usernameClaim;

    OidcAccountService(AccountService accounts, AuditLog audit, String usernameClaim) {
        this.accounts = accounts;
        this.audit = audit;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        Object claim = user.getClaims().get(usernameClaim);
        String username = claim == null ? null : claim.toString().strip().toLowerCase();
        if (username == null || !accounts.recordOidcLogin(username)) {
            audit.record("oidc:" + (username == null ? user.getSubject() : username), "LOGIN_FAILED", "oidc", "DENIED",
                    Map.of("reason", "no account", "issuer", String.valueOf(user.getIssuer())));
            throw new OAuth2AuthenticationException(new OAuth2Error("access_denied"),
                    "no AutoGHG account for '" + username + "': an administrator must create it");
        }
        audit.record("user:" + username, "LOGIN", "console", "OK", Map.of("method", "oidc", "issuer", String.valueOf(user.getIssuer())));
        Map<String, Object> claims = new java.util.HashMap<>(user.getClaims());
        claims.put(usernameClaim, username);
        return new DefaultOidcUser(user.getAuthorities(), user.getIdToken(),
                new org.springframework.security.oauth2.core.oidc.OidcUserInfo(claims), usernameClaim);
    }
}
