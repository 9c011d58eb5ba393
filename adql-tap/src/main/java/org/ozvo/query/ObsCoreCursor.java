package org.ozvo.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.ozvo.dali.table.PgSphereValues;
import org.ozvo.schema.obscore.ColumnType;

/**
 * Executes a {@link SqlStatement} and reads its rows forward, once, with each value converted
 * to the Java class of its {@link SelectItem#type()}: String, Integer, Long, Double, Instant
 * (UTC) for timestamps, and DALI {@code double[]} in degrees for pgSphere geometry. Null cells
 * are null.
 *
 * <p>Streaming: with a positive fetch size the driver reads rows in batches, which PostgreSQL
 * only does outside auto-commit; the cursor then switches auto-commit off and restores it
 * (after a rollback, nothing having been written) on {@link #close()}. Small bounded queries
 * should pass fetch size 0 and save that round trip.
 *
 * <p>The connection belongs to the caller and stays open; the cursor closes its own statement
 * and result set. Not thread-safe.
 */
public final class ObsCoreCursor implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final ColumnType[] types;
    private final boolean restoreAutoCommit;
    private boolean closed;

    private ObsCoreCursor(Connection connection, PreparedStatement statement, ResultSet rows,
                          ColumnType[] types, boolean restoreAutoCommit) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.types = types;
        this.restoreAutoCommit = restoreAutoCommit;
    }

    /**
     * Runs the statement.
     *
     * @param connection     an open connection, kept open
     * @param statement      what to run
     * @param fetchSize      rows per round trip for streaming, or 0 to read the result at once
     * @param timeoutSeconds statement timeout, or 0 for none
     */
    public static ObsCoreCursor open(Connection connection, SqlStatement statement, int fetchSize,
                                     int timeoutSeconds) throws SQLException {
        boolean restore = false;
        if (fetchSize > 0 && connection.getAutoCommit()) {
            connection.setAutoCommit(false);
            restore = true;
        }
        PreparedStatement ps = null;
        try {
            ps = statement.prepare(connection);
            ps.setFetchSize(fetchSize);
            if (timeoutSeconds > 0) {
                ps.setQueryTimeout(timeoutSeconds);
            }
            ResultSet rs = ps.executeQuery();
            List<SelectItem> items = statement.items();
            ColumnType[] types = items.stream().map(SelectItem::type).toArray(ColumnType[]::new);
            return new ObsCoreCursor(connection, ps, rs, types, restore);
        } catch (SQLException | RuntimeException e) {
            if (ps != null) {
                ps.close();
            }
            if (restore) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            throw e;
        }
    }

    /** Moves to the next row; false at the end. */
    public boolean next() throws SQLException {
        return rows.next();
    }

    /** Number of columns. */
    public int columnCount() {
        return types.length;
    }

    /**
     * The value of a column of the current row.
     *
     * @param column 0-based index into the select list
     */
    public Object get(int column) throws SQLException {
        int i = column + 1;
        switch (types[column]) {
            case TEXT:
                return rows.getString(i);
            case INT: {
                int v = rows.getInt(i);
                return rows.wasNull() ? null : v;
            }
            case LONG: {
                long v = rows.getLong(i);
                return rows.wasNull() ? null : v;
            }
            case DOUBLE: {
                double v = rows.getDouble(i);
                return rows.wasNull() ? null : v;
            }
            case TIMESTAMP: {
                Timestamp t = rows.getTimestamp(i);
                return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
            }
            case POLYGON:
                return PgSphereValues.toDegrees("spoly", rows.getString(i));
            case POINT:
                return PgSphereValues.toDegrees("spoint", rows.getString(i));
            default:
                throw new IllegalStateException("unhandled type " + types[column]);
        }
    }

    /** A text or number column as a Double, or null. */
    public Double getDouble(int column) throws SQLException {
        Object v = get(column);
        return v == null ? null : ((Number) v).doubleValue();
    }

    /** A timestamp column, or null. */
    public Instant getInstant(int column) throws SQLException {
        return (Instant) get(column);
    }

    /** Closes the result set and statement and restores auto-commit; the connection stays open. */
    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            statement.close();
        } finally {
            if (restoreAutoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
