package org.ozvo.ingest.db;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Runs one {@code COPY ... FROM STDIN} (PgJDBC CopyManager) fed by a {@link CopyRowWriter}.
 * Errors the server reports come out as the {@link SQLException} they are (PgJDBC wraps them
 * in IOExceptions on the stream), and a COPY whose rows could not all be written is cancelled
 * rather than ended, so it never commits half a batch.
 */
public final class CopyIn {

    /** Writes the rows of one COPY. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(CopyRowWriter out) throws IOException;
    }

    private CopyIn() {
    }

    /**
     * @param sql e.g. {@code COPY t (a, b) FROM STDIN} (text format)
     * @return rows written
     */
    public static long run(Connection connection, String sql, Rows rows) throws SQLException, IOException {
        PGCopyOutputStream stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 16);
        CopyRowWriter out = new CopyRowWriter(stream);
        try {
            rows.writeTo(out);
            out.close();
            return out.rows();
        } catch (IOException e) {
            cancel(stream);
            SQLException server = sqlCause(e);
            if (server != null) {
                throw server;
            }
            throw e;
        } catch (RuntimeException e) {
            cancel(stream);
            throw e;
        }
    }

    private static void cancel(PGCopyOutputStream stream) {
        try {
            if (stream.isActive()) {
                stream.cancelCopy();
            }
        } catch (SQLException e) {
            // The connection is broken; the exception being thrown says what happened first.
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
