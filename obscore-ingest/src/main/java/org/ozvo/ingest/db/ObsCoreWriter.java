package org.ozvo.ingest.db;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.stream.Collectors;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * Inserts or replaces ObsCore rows keyed by {@code obs_publisher_did}: the records are COPYed
 * into a session-private staging table, then one {@code INSERT ... ON CONFLICT DO UPDATE}
 * moves them into {@code ivoa.obscore}. Runs inside the caller's transaction (auto-commit must
 * be off). The DIDs of one call must be distinct. One instance per connection.
 */
public final class ObsCoreWriter {

    static final String STAGE = "ingest_stage_obscore";

    private final Connection connection;

    /**
     * Prepares the staging table on this connection.
     *
     * @param connection owner connection, auto-commit off; not closed here
     */
    public ObsCoreWriter(Connection connection) throws SQLException {
        this.connection = connection;
        String columns = ObsCoreCopyFormat.COLUMNS.stream()
            .map(c -> c.columnName() + " " + c.type().sqlType())
            .collect(Collectors.joining(", "));
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS " + STAGE + " (" + columns + ") ON COMMIT DELETE ROWS");
        }
    }

    /**
     * Writes the records into {@code ivoa.obscore}, replacing rows with the same DID.
     *
     * @return number of rows inserted or updated
     */
    public int upsert(Collection<ObsCoreRecord> records) throws SQLException, IOException {
        if (records.isEmpty()) {
            return 0;
        }
        String columns = ObsCoreCopyFormat.columnList();
        CopyIn.run(connection, "COPY " + STAGE + " (" + columns + ") FROM STDIN", out -> {
            for (ObsCoreRecord record : records) {
                ObsCoreCopyFormat.write(record, out);
            }
        });
        String updates = ObsCoreCopyFormat.COLUMNS.stream()
            .filter(c -> c != ObsCoreColumn.OBS_PUBLISHER_DID)
            .map(c -> c.columnName() + " = EXCLUDED." + c.columnName())
            .collect(Collectors.joining(", "));
        try (Statement st = connection.createStatement()) {
            int n = st.executeUpdate("INSERT INTO ivoa.obscore (" + columns + ") SELECT " + columns + " FROM " + STAGE
                + " ON CONFLICT (obs_publisher_did) DO UPDATE SET " + updates);
            // Empty now, so a second call in the same transaction starts clean.
            st.execute("DELETE FROM " + STAGE);
            return n;
        }
    }
}
