package org.ozvo.testing;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.ozvo.schema.db.DatabaseSettings;
import org.ozvo.schema.db.SchemaMigrator;

/**
 * The real PostgreSQL + pgSphere database that tests use: {@code VO_DB_*} from the environment
 * (bin/test points them at the throwaway {@code vo_test} database), else bin/setup's defaults
 * for {@code vo_test}. Migrated once per JVM.
 */
public final class TestDatabase {

    private static DatabaseSettings settings;
    private static boolean migrated;

    private TestDatabase() {
    }

    /** Connection settings of the test database. */
    public static synchronized DatabaseSettings settings() {
        if (settings == null) {
            settings = DatabaseSettings.from(key -> {
                String value = System.getenv(key);
                if (value != null && !value.isBlank()) {
                    return value;
                }
                return switch (key) {
                    case "VO_DB_URL" -> "jdbc:postgresql://localhost:5432/vo_test";
                    case "VO_DB_USER", "VO_DB_PASSWORD" -> "vo";
                    default -> "vo_reader";
                };
            });
        }
        return settings;
    }

    /** The owner's data source, with the schema migrated. */
    public static synchronized DataSource owner() throws SQLException {
        DataSource owner = settings().ownerDataSource();
        if (!migrated) {
            SchemaMigrator.migrate(owner, settings().readerUser());
            migrated = true;
        }
        return owner;
    }

    /** The read-only role's data source, with the schema migrated. */
    public static DataSource reader() throws SQLException {
        owner();
        return settings().readerDataSource();
    }
}
