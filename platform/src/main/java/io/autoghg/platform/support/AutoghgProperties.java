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
 */
@ConfigurationProperties(prefix = "autoghg")
public record AutoghgProperties(String data, Db db, boolean demo, String bootstrapToken) {

    public AutoghgProperties {
        data = data == null || data.isBlank() ? "./data" : data;
        db = db == null ? new Db(null, null, null) : db;
    }

    /** AUTOGHG_DB_URL, AUTOGHG_DB_USER, AUTOGHG_DB_PASSWORD. */
    public record Db(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
