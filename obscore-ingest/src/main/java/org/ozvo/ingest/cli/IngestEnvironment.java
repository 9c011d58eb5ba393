package org.ozvo.ingest.cli;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javax.sql.DataSource;
import org.ozvo.ingest.load.OriginalsMode;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.schema.db.DatabaseSettings;
import org.ozvo.schema.db.SchemaMigrator;

/**
 * The configuration the commands read from the environment: {@code VO_DB_*}
 * ({@link DatabaseSettings}), {@code VO_AUTHORITY}, {@code VO_BASE_URL}, {@code VO_DATA_DIR}
 * ({@link ArchiveLayout}) and {@code VO_ORIGINALS} ({@code copy} or {@code reference}).
 *
 * @param env usually {@code System::getenv}
 */
public record IngestEnvironment(Function<String, String> env) {

    private static final DateTimeFormatter RUN_TIME =
        DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public ArchiveLayout layout() {
        return ArchiveLayout.from(env);
    }

    public DatabaseSettings database() {
        return DatabaseSettings.from(env);
    }

    /** The owner's data source, with the schema brought up to date (ingest writes need V3). */
    public DataSource migratedOwner() throws SQLException {
        DatabaseSettings settings = database();
        DataSource owner = settings.ownerDataSource();
        SchemaMigrator.migrate(owner, settings.readerUser());
        return owner;
    }

    /** Default for {@code --originals}: {@code VO_ORIGINALS}, else copy. */
    public OriginalsMode originals() {
        String value = env.apply("VO_ORIGINALS");
        return value == null || value.isBlank() ? OriginalsMode.COPY : OriginalsMode.parse(value);
    }

    /** A new run id: UTC time and process id, e.g. {@code 20260301T101500Z-4242}; also names staging dirs. */
    public static String newRunId() {
        return RUN_TIME.format(Instant.now()) + "-" + ProcessHandle.current().pid();
    }
}
