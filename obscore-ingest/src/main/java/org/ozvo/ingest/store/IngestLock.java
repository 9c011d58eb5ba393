package org.ozvo.ingest.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Makes sure only one command writes to the archive at a time (load, delete, synth): a
 * PostgreSQL session advisory lock, held by a dedicated connection and released when it
 * closes, also when the process dies.
 */
public final class IngestLock implements AutoCloseable {

    /** Arbitrary constant naming the lock ("ozvoings"). */
    static final long KEY = 0x6f7a766f696e6773L;

    private final Connection connection;

    private IngestLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Takes the lock.
     *
     * @throws IllegalStateException if another ingest command holds it
     */
    public static IngestLock acquire(DataSource owner) throws SQLException {
        Connection connection = owner.getConnection();
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    connection.close();
                    throw new IllegalStateException("another bin/ingest command is writing to this database;"
                        + " wait for it to finish (or stop it) and run again");
                }
            }
        } catch (SQLException | RuntimeException e) {
            if (!connection.isClosed()) {
                connection.close();
            }
            throw e;
        }
        return new IngestLock(connection);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
