package org.ozvo.schema.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the archive database is and who connects to it, read from the environment
 * ({@code VO_DB_URL}, {@code VO_DB_USER}, {@code VO_DB_PASSWORD}, {@code VO_DB_READER_USER},
 * {@code VO_DB_READER_PASSWORD}). The owner runs migrations and writes; the reader runs
 * queries that come from the network.
 */
public record DatabaseSettings(String url, String ownerUser, String ownerPassword,
                               String readerUser, String readerPassword) {

    /** Environment variable names, in the order they are reported. */
    public static final List<String> KEYS = List.of(
        "VO_DB_URL", "VO_DB_USER", "VO_DB_PASSWORD", "VO_DB_READER_USER", "VO_DB_READER_PASSWORD");

    /**
     * Reads the settings.
     *
     * @param env usually {@code System::getenv}
     * @throws IllegalStateException naming every missing key
     */
    public static DatabaseSettings from(Function<String, String> env) {
        List<String> missing = new ArrayList<>();
        Map<String, String> values = new java.util.HashMap<>();
        for (String key : KEYS) {
            String value = env.apply(key);
            if (value == null || value.isBlank()) {
                missing.add(key);
            } else {
                values.put(key, value);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing database settings: " + String.join(", ", missing)
                + " (set them in the environment; bin/env.sh has the defaults)");
        }
        return new DatabaseSettings(values.get("VO_DB_URL"), values.get("VO_DB_USER"),
            values.get("VO_DB_PASSWORD"), values.get("VO_DB_READER_USER"), values.get("VO_DB_READER_PASSWORD"));
    }

    /** An unpooled data source for the owner role (command-line tools and tests). */
    public DataSource ownerDataSource() {
        return dataSource(ownerUser, ownerPassword);
    }

    /** An unpooled data source for the read-only role. */
    public DataSource readerDataSource() {
        return dataSource(readerUser, readerPassword);
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        ds.setConnectTimeout(10);
        return ds;
    }
}
