package io.autoghg.platform.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A signed-in account or a valid API token, as Spring Security's authentication. */
final class CallerAuthentication extends AbstractAuthenticationToken {
    private final Caller caller;

    CallerAuthentication(Caller caller) {
        super(caller.grants().stream().map(grant -> new SimpleGrantedAuthority("ROLE_" + grant.role().name())).distinct().toList());
        this.caller = caller;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.actorName();
    }

    List<Grant> grants() {
        return caller.grants();
    }
}
