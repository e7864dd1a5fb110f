package io.autoghg.platform.security;

import io.autoghg.platform.support.AutoghgProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** The enterprise identity provider, discovered from its issuer (AUTOGHG_OIDC_ISSUER_URI) on first use. */
@Configuration
@ConditionalOnProperty(prefix = "autoghg.oidc", name = "issuer-uri")
class OidcConfiguration {

    @Bean
    ClientRegistrationRepository clientRegistrations(AutoghgProperties properties) {
        AutoghgProperties.Oidc oidc = properties.oidc();
        return new ClientRegistrationRepository() {
            private volatile ClientRegistration registration;

            @Override
            public ClientRegistration findByRegistrationId(String id) {
                if (!"oidc".equals(id)) {
                    return null;
                }
                if (registration == null) {
                    registration = ClientRegistrations.fromIssuerLocation(oidc.issuerUri()).registrationId("oidc")
                            .clientId(oidc.clientId()).clientSecret(oidc.clientSecret())
                            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .scope("openid", "profile", "email").build();
                }
                return registration;
            }
        };
    }
}
