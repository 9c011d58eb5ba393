package org.ozvo.schema.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database up to the current schema: Flyway migrations from
 * {@code classpath:db/migration}, then the TAP_SCHEMA rows from the Java model. Safe to run
 * any number of times, from the server at startup and from the ingest command.
 */
public final class SchemaMigrator {

    private SchemaMigrator() {
    }

    /**
     * Migrates the database.
     *
     * @param owner      a data source connecting as the database owner
     * @param readerRole the read-only role that network queries use; granted SELECT
     * @return number of migrations applied by this call
     */
    public static int migrate(DataSource owner, String readerRole) throws SQLException {
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
            .dataSource(owner)
            .locations("classpath:db/migration")
            .placeholders(Map.of("reader_role", readerRole))
            .load()
            .migrate();
        try (Connection connection = owner.getConnection()) {
            TapSchemaWriter.write(connection);
        }
        return result.migrationsExecuted;
    }
}
