package org.ozvo.dali.table;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PgJDBC specifics of how result cells travel, each a no-op with other drivers.
 *
 * <p>PgJDBC asks for binary results only once a statement is prepared on the server (after
 * its prepareThreshold of executions of the same SQL on a connection, which a pool makes
 * common) and text before: the form of a cell depends on the connection's history unless
 * the statement says. Binary suits writers that want Java values (VOTable, FITS): numbers
 * are not parsed from text. Text suits CSV and TSV, which copy the database's own text.
 */
final class PgTransfer {

    /** {@code PGResultSetMetaData.getFormat}: 0 text, 1 binary. */
    private static final int TEXT_FORMAT = 0;

    private PgTransfer() {
    }

    /** Binary results from the first execution: prepare on the server at once. */
    static void binary(Statement st) {
        prepareThreshold(st, -1);
    }

    /**
     * Never prepare on the server, so results come as text: always true for a plain
     * {@link Statement}; a {@link java.sql.PreparedStatement} whose SQL was prepared on the
     * server before on the same connection still gets binary (see {@link #isText}).
     */
    static void text(Statement st) {
        prepareThreshold(st, 0);
    }

    private static void prepareThreshold(Statement st, int threshold) {
        try {
            if (st.isWrapperFor(org.postgresql.PGStatement.class)) {
                st.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(threshold);
            }
        } catch (SQLException | RuntimeException | LinkageError e) {
            // not PgJDBC, or a wrapper that hides it: the driver's default still works
        }
    }

    /**
     * The driver's own result set behind a connection pool's wrapper: Payara's wrapper calls
     * {@code getObject(int, Class)} through reflection, setAccessible included, on every cell.
     * Reading from the driver's object is safe as the statement (wrapper) still closes it.
     */
    static ResultSet driverResultSet(ResultSet rs) {
        try {
            Class<org.postgresql.jdbc.PgResultSet> driver = org.postgresql.jdbc.PgResultSet.class;
            if (!driver.isInstance(rs) && rs.isWrapperFor(driver)) {
                return rs.unwrap(driver);
            }
        } catch (SQLException | RuntimeException | LinkageError e) {
            // not PgJDBC: read through the wrapper
        }
        return rs;
    }

    /** True if column {@code i} (1-based) arrives as PostgreSQL's text output. */
    static boolean isText(ResultSetMetaData md, int i) throws SQLException {
        try {
            if (md.isWrapperFor(org.postgresql.PGResultSetMetaData.class)) {
                return md.unwrap(org.postgresql.PGResultSetMetaData.class).getFormat(i) == TEXT_FORMAT;
            }
        } catch (LinkageError e) {
            // PgJDBC absent
        }
        return false;
    }
}
