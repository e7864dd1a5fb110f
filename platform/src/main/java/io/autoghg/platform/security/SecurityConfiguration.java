package io.autoghg.platform.security;

import io.autoghg.platform.support.AutoghgProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain for the console and the API: API tokens (bearer) for machines, a session
 * after sign-in (password or OpenID Connect) for people, CSRF protection for sessions, secure
 * headers, rate limits, the audit log. What a caller may do is decided by {@link Access} in the
 * services, not here: this chain only decides who the caller is.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** A bean, so that Spring Boot does not also create its default in-memory user with a generated password. */
    @Bean
    AccountAuthenticationProvider accountProvider(AccountService accounts, AuditLog audit) {
        return new AccountAuthenticationProvider(accounts, audit);
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, AccountAuthenticationProvider accountProvider, AccountService accounts, ApiTokenService tokens, AuditLog audit,
                                    AutoghgProperties properties, ObjectProvider<ClientRegistrationRepository> registrations,
                                    @Value("${autoghg.rate-limit.logins-per-minute:20}") int loginsPerMinute,
                                    @Value("${autoghg.rate-limit.ingest-per-minute:600}") int ingestPerMinute) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith("/api/");
        RequestMatcher bearer = BearerTokenFilter::hasBearer;
        http.authenticationManager(authenticationManager(accountProvider, properties.oidc().enabled()
                        ? new OidcAccountService(accounts, audit, properties.oidc().claim()) : null))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/actuator/health/**",
                                "/actuator/health", "/actuator/info", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**",
                                "/swagger-ui.html", "/oauth2/**", "/login/oauth2/**").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new RateLimitFilter(loginsPerMinute, ingestPerMinute, audit), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, audit), BasicAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeFilter(accounts), BasicAuthenticationFilter.class)
                .addFilterAfter(new AuditFilter(audit), PasswordChangeFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(new LoginFailureHandler()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                // CSRF protects sessions: a request with a bearer token, or an API call without any session, has nothing to forge
                .csrf(csrf -> csrf.ignoringRequestMatchers(bearer, request -> api.matches(request) && request.getRequestedSessionId() == null))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor((request, response, e) -> Problems.write(response, 401, "unauthorized",
                                "Unauthorized", "authentication required: send Authorization: Bearer <token>, or sign in"), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .defaultAccessDeniedHandlerFor((request, response, e) -> Problems.write(response, 403, "forbidden", "Forbidden",
                                csrfMessage(request, e.getMessage())), api))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()"))
                        .frameOptions(frame -> frame.deny()));
        if (properties.oidc().enabled()) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .clientRegistrationRepository(registrations.getObject())
                    .failureHandler(new LoginFailureHandler()));
        }
        return http.build();
    }

    /**
     * One explicit manager, so that a password is checked once (a parent manager would try it again after a failure).
     * oauth2Login() hands its providers to http.authenticationProvider(), which an explicit manager ignores: the
     * OpenID Connect provider, with the account check of {@link OidcAccountService}, is therefore added here.
     */
    private static ProviderManager authenticationManager(AccountAuthenticationProvider accountProvider, OidcAccountService oidcAccounts) {
        return oidcAccounts == null ? new ProviderManager(accountProvider) : new ProviderManager(accountProvider,
                new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(), oidcAccounts));
    }

    private static String csrfMessage(HttpServletRequest request, String message) {
        return "a signed-in browser request that changes data needs the CSRF token of the page (" + message + "); "
                + "programs should send Authorization: Bearer <token> instead";
    }
}
