package io.autoghg.platform.security.oidcprovider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID provider for tests, in the test's JVM: Spring Authorization Server with Spring
 * Boot's defaults (discovery, JWK set, authorization, token and user-info endpoints, a form sign-in
 * page), one registered client and a few people.
 *
 * <p>Deliberately not a {@code @Configuration}: the platform's component scan of
 * {@code io.autoghg.platform} must not pick it up. It imports only the auto-configuration it needs
 * (a web server with a servlet for its filters to run in, security, the authorization server) and
 * reads no {@code application.yml}, so nothing of the platform (database, Flyway, MQTT, …) starts
 * with it.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        SecurityFilterAutoConfiguration.class, OAuth2AuthorizationServerAutoConfiguration.class,
        OAuth2AuthorizationServerJwtAutoConfiguration.class})
public class OidcProvider {
    /**
     * For {@code --spring.autoconfigure.exclude=}: the authorization server's auto-configuration, which
     * other applications in the tests (the platform) must start without, as they do in production.
     */
    public static final String AUTO_CONFIGURATION = OAuth2AuthorizationServerAutoConfiguration.class.getName() + ","
            + OAuth2AuthorizationServerJwtAutoConfiguration.class.getName();

    /** A person known to the provider: what they type at its sign-in page, and the username it asserts in its ID token. */
    public record Person(String login, String password, String preferredUsername) {
    }

    /** The relying party registered at the provider (authorization code, client_secret_basic, no consent screen). */
    public record Client(String id, String secret, String redirectUri) {
    }

    record People(List<Person> all) {
        Person byLogin(String login) {
            return all.stream().filter(person -> person.login().equals(login)).findFirst().orElseThrow();
        }
    }

    /**
     * Starts the provider in the background (its issuer is {@code http://localhost:<port>}), so that
     * the application under test can start at the same time. Returns once the provider has set up
     * logging: an application started next in this JVM then finds it done, instead of setting it up
     * at the same moment (which would attach every log appender twice).
     */
    public static CompletableFuture<ConfigurableApplicationContext> startInBackground(int port, Client client, Person... people) {
        CountDownLatch loggingReady = new CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() -> application(port, client, people)
                .listeners(event -> {
                    if (event instanceof ApplicationEnvironmentPreparedEvent) {  // after Spring Boot's logging listener
                        loggingReady.countDown();
                    }
                })
                .run());
        started.whenComplete((context, failure) -> loggingReady.countDown());
        try {
            loggingReady.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return started;
    }

    private static SpringApplicationBuilder application(int port, Client client, Person... people) {
        String registration = "spring.security.oauth2.authorizationserver.client.autoghg.";
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.config.name", "oidc-provider");  // none exists: the platform's application.yml stays out
        properties.put("spring.main.banner-mode", "off");
        properties.put("server.port", String.valueOf(port));
        properties.put("spring.security.oauth2.authorizationserver.issuer", "http://localhost:" + port);
        properties.put("logging.level.root", "warn");
        properties.put(registration + "registration.client-id", client.id());
        properties.put(registration + "registration.client-secret", "{noop}" + client.secret());
        properties.put(registration + "registration.client-authentication-methods", "client_secret_basic");
        properties.put(registration + "registration.authorization-grant-types", "authorization_code");
        properties.put(registration + "registration.redirect-uris", client.redirectUri());
        properties.put(registration + "registration.scopes", "openid,profile,email");
        properties.put(registration + "require-authorization-consent", "false");
        return new SpringApplicationBuilder(OidcProvider.class)
                .properties(properties)
                .initializers(context -> context.getBeanFactory().registerSingleton("people", new People(List.of(people))));
    }

    @Bean
    UserDetailsService users(People people) {
        return new InMemoryUserDetailsManager(people.all().stream()
                .map(person -> User.withUsername(person.login()).password("{noop}" + person.password()).roles("USER").build())
                .toList());
    }

    /** Spring Authorization Server puts only the subject in the ID token; company providers also send preferred_username. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> preferredUsername(People people) {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims().claim("preferred_username", people.byLogin(context.getPrincipal().getName()).preferredUsername());
            }
        };
    }
}
