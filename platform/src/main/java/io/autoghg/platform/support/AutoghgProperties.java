package io.autoghg.platform.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under "autoghg" (environment variables AUTOGHG_*): data folder, database, demo seeding
 * and the bootstrap token.
 *
 * @param data folder for the embedded database and files (AUTOGHG_DATA, default ./data)
 * @param db external database; when its url is empty an embedded PostgreSQL runs under data/pg
 * @param demo seed the demo plant when the database has no plant (AUTOGHG_DEMO)
 * @param bootstrapToken becomes an administrator API token at first start (AUTOGHG_BOOTSTRAP_TOKEN)
 * @param adminPassword the first administrator's password when no account exists yet (AUTOGHG_ADMIN_PASSWORD);
 *                      when empty a random one is printed at first start and must be changed at first login
 * @param encryptionKey 32 bytes in Base64 for fields encrypted at rest (AUTOGHG_ENCRYPTION_KEY)
 * @param oidc OpenID Connect login for enterprises (AUTOGHG_OIDC_ISSUER_URI, …); off when no issuer is set
 */
@ConfigurationProperties(prefix = "autoghg")
public record AutoghgProperties(String data, Db db, boolean demo, String bootstrapToken, String adminPassword, String encryptionKey,
                                Oidc oidc) {

    public AutoghgProperties {
        data = data == null || data.isBlank() ? "./data" : data;
        db = db == null ? new Db(null, null, null, null) : db;
        oidc = oidc == null ? new Oidc(null, null, null, null) : oidc;
    }

    /** AUTOGHG_OIDC_ISSUER_URI, _CLIENT_ID, _CLIENT_SECRET, _USERNAME_CLAIM (default preferred_username). */
    public record Oidc(String issuerUri, String clientId, String clientSecret, String usernameClaim) {
        public boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }

        public String claim() {
            return usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        }
    }

    /**
     * AUTOGHG_DB_URL, AUTOGHG_DB_USER, AUTOGHG_DB_PASSWORD; AUTOGHG_DB_DURABLE (default true): the embedded
     * PostgreSQL flushes every commit to disk (fsync and synchronous_commit on) — false only for throw-away
     * test databases.
     */
    public record Db(String url, String user, String password, Boolean durable) {
        public boolean external() {
            return url != null && !url.isBlank();
        }

        public boolean flushesCommits() {
            return durable == null || durable;
        }
    }
}
