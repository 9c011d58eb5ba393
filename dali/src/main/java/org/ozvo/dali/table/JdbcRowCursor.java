package org.ozvo.dali.table;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link RowCursor} streaming a PostgreSQL query: the connection is switched to autocommit
 * off and the statement is forward-only with a fetch size, which is what makes PgJDBC use a
 * server-side cursor instead of loading the whole result (stack.md Gotcha 11). Memory use is
 * one fetch batch, whatever the row count.
 *
 * <p>Cells are converted to the classes of their {@link ColumnSpec} once per column decision:
 * pgSphere values become DALI {@code double[]} in degrees, timestamps ISO-8601 strings without
 * zone ({@code 2020-01-02T03:04:05.678}; UTC for zoned ones), numerics doubles.
 *
 * <p>The cursor owns the connection it was opened on: {@link #close()} rolls the read-only
 * transaction back, restores autocommit and closes the connection (returning it to its pool).
 * {@link #cancel()} may be called from another thread to stop a running statement (UWS abort,
 * client gone); everything else is single-threaded.
 */
public final class JdbcRowCursor implements RowCursor {

    /** Rows per round trip; large enough to amortise latency, small enough for flat memory. */
    public static final int DEFAULT_FETCH_SIZE = 2000;

    private final Connection connection;
    private final Statement statement;
    private final ResultSet rs;
    private final List<ColumnSpec> columns;
    private final Reader[] readers;
    private final Object[] row;
    private boolean closed;

    private JdbcRowCursor(Connection connection, Statement statement, ResultSet rs,
                          List<ColumnSpec> columns, Reader[] readers) {
        this.connection = connection;
        this.statement = statement;
        this.rs = rs;
        this.columns = columns;
        this.readers = readers;
        this.row = new Object[readers.length];
    }

    /**
     * Runs a query and returns a cursor over its rows. The connection must not be in use
     * otherwise; autocommit is switched off here (statements run earlier on the same
     * transaction, such as {@code SET LOCAL statement_timeout} or temporary upload tables,
     * stay visible).
     *
     * @param connection owned by the cursor from now on, also if this method throws
     * @param sql        the SELECT, with {@code ?} for {@code binds}
     * @param binds      bind values, in order; may be empty
     * @param declared   metadata per result column by position; a missing (shorter list) or null
     *                   entry is derived from JDBC metadata with the JDBC column label as name
     * @param maxRows    at most this many rows are fetched (e.g. MAXREC+1); negative for all
     * @param fetchSize  rows per round trip; {@code <= 0} for {@link #DEFAULT_FETCH_SIZE}
     * @throws SQLException as the database reports it (syntax, timeout, permission); the
     *                      connection is closed then
     */
    public static JdbcRowCursor open(Connection connection, String sql, List<?> binds, List<ColumnSpec> declared,
                                     long maxRows, int fetchSize) throws SQLException {
        return open(connection, sql, binds, declared, List.of(), maxRows, fetchSize);
    }

    /**
     * Like {@link #open(Connection, String, List, List, long, int)}, with FIELD names for the
     * derived (undeclared) columns: {@code names.get(i)}, when present and not null, replaces
     * the JDBC label of column i.
     */
    public static JdbcRowCursor open(Connection connection, String sql, List<?> binds, List<ColumnSpec> declared,
                                     List<String> names, long maxRows, int fetchSize) throws SQLException {
        return open(connection, sql, binds, declared, names, maxRows, fetchSize, false);
    }

    /**
     * Like {@link #open(Connection, String, List, List, List, long, int)}, optionally with
     * <em>database text cells</em>: numbers and plain text then arrive as the database printed
     * them, as {@link DatabaseText} (e.g. {@code 1e-07}, {@code NaN}), and timestamps and dates
     * as {@link DatabaseText} in their DALI form, which saves decoding, parsing and re-formatting
     * them. Only for writers whose {@link org.ozvo.dali.write.TableWriter#acceptsDatabaseText()}
     * is true (CSV, TSV); geometries, arrays and booleans are converted as usual.
     */
    public static JdbcRowCursor open(Connection connection, String sql, List<?> binds, List<ColumnSpec> declared,
                                     List<String> names, long maxRows, int fetchSize, boolean databaseText)
            throws SQLException {
        Statement st = null;
        try {
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
            }
            ResultSet rs;
            if (databaseText && binds.isEmpty()) {
                // A plain statement has its own entry in PgJDBC's query cache: a binary
                // (prepared) run of the same SQL on this pooled connection cannot leak into it.
                st = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                limit(st, fetchSize, maxRows);
                PgTransfer.text(st);
                rs = st.executeQuery(sql);
            } else {
                PreparedStatement ps = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
                st = ps;
                limit(ps, fetchSize, maxRows);
                if (databaseText) {
                    PgTransfer.text(ps);
                } else {
                    PgTransfer.binary(ps);
                }
                for (int i = 0; i < binds.size(); i++) {
                    ps.setObject(i + 1, binds.get(i));
                }
                rs = ps.executeQuery();
            }
            ResultSet cells = PgTransfer.driverResultSet(rs);
            ResultSetMetaData md = cells.getMetaData();
            int n = md.getColumnCount();
            List<ColumnSpec> specs = new ArrayList<>(n);
            Reader[] readers = new Reader[n];
            for (int i = 1; i <= n; i++) {
                ColumnSpec spec = i <= declared.size() ? declared.get(i - 1) : null;
                if (spec == null) {
                    String name = i <= names.size() && names.get(i - 1) != null ? names.get(i - 1) : md.getColumnLabel(i);
                    spec = JdbcColumns.describe(md, i, name);
                }
                specs.add(spec);
                String pgType = md.getColumnTypeName(i);
                readers[i - 1] = databaseText
                    ? databaseTextReader(spec, pgType, PgTransfer.isText(md, i), i)
                    : reader(spec, pgType, i);
            }
            return new JdbcRowCursor(connection, st, cells, List.copyOf(specs), readers);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(st, connection);
            throw e;
        }
    }

    private static void limit(Statement st, int fetchSize, long maxRows) throws SQLException {
        st.setFetchSize(fetchSize > 0 ? fetchSize : DEFAULT_FETCH_SIZE);
        if (maxRows >= 0) {
            st.setMaxRows((int) Math.min(maxRows, Integer.MAX_VALUE)); // pool wrappers lack setLargeMaxRows
        }
    }

    /** Column metadata of the result, declared or derived, in cell order. */
    public List<ColumnSpec> columns() {
        return columns;
    }

    @Override
    public boolean next() throws IOException {
        try {
            if (closed || !rs.next()) {
                return false;
            }
            for (int i = 0; i < readers.length; i++) {
                row[i] = readers[i].read(rs);
            }
            return true;
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public Object get(int column) {
        return row[column];
    }

    /** Asks the database to stop the running statement; safe from any thread. */
    public void cancel() {
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException e) {
            // the statement is finishing or gone; nothing left to cancel
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(statement, connection);
    }

    private static void closeQuietly(Statement st, Connection connection) {
        try {
            if (st != null) {
                st.close();
            }
        } catch (SQLException | RuntimeException ignored) {
            // closing the connection below releases it anyway
        }
        try {
            if (!connection.isClosed()) {
                if (!connection.getAutoCommit()) {
                    connection.rollback(); // read-only work: nothing to keep, drops ON COMMIT DROP temp tables
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException | RuntimeException ignored) {
            // a broken connection is discarded by the pool on close
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // nothing more to release
        }
    }

    /** Reads one cell of the current row as its column's value class. */
    @FunctionalInterface
    private interface Reader {
        Object read(ResultSet rs) throws SQLException;
    }

    private static boolean isNumber(ColumnSpec spec) {
        return !spec.isText() && !spec.isArray() && !spec.datatype().equals("boolean");
    }

    /**
     * Database text mode: numbers and plain text as the database's bytes when they came as
     * text; timestamps and dates rewritten to the DALI form from those bytes (the slow
     * conversion only for what {@link IsoTimestampText} refuses); the rest as usual.
     */
    private static Reader databaseTextReader(ColumnSpec spec, String pgType, boolean textFormat, int i) {
        String lowerType = pgType == null ? "" : pgType.toLowerCase(Locale.ROOT);
        Reader usual = reader(spec, pgType, i);
        if (PgSphereValues.isGeometryType(pgType) || !(isNumber(spec) || spec.isText())) {
            return usual;
        }
        if (!textFormat) {
            // binary despite asking for text (a bound statement prepared on the server earlier)
            return isNumber(spec) ? rs -> rs.getString(i) : usual;
        }
        if (isNumber(spec)) {
            return rs -> text(rs.getBytes(i));
        }
        if (lowerType.equals("timestamp")) {
            return rs -> {
                byte[] raw = rs.getBytes(i);
                byte[] iso = raw == null ? null : IsoTimestampText.ofTimestamp(raw);
                return iso != null || raw == null ? text(iso) : usual.read(rs);
            };
        }
        if (lowerType.equals("date")) {
            return rs -> {
                byte[] raw = rs.getBytes(i);
                byte[] iso = raw == null ? null : IsoTimestampText.ofDate(raw);
                return iso != null || raw == null ? text(iso) : usual.read(rs);
            };
        }
        if (lowerType.startsWith("timestamp") || lowerType.equals("bytea")) {
            return usual; // zoned timestamps go to UTC; getBytes would decode bytea
        }
        return rs -> text(rs.getBytes(i));
    }

    private static DatabaseText text(byte[] utf8) {
        return utf8 == null ? null : new DatabaseText(utf8);
    }

    private static Reader reader(ColumnSpec spec, String pgType, int i) {
        if (PgSphereValues.isGeometryType(pgType)) {
            return rs -> PgSphereValues.toDegrees(pgType, rs.getString(i));
        }
        String lowerType = pgType == null ? "" : pgType.toLowerCase(Locale.ROOT);
        if (spec.isText()) {
            if (lowerType.equals("timestamptz")) {
                return rs -> {
                    java.time.OffsetDateTime t = rs.getObject(i, java.time.OffsetDateTime.class);
                    return t == null ? null
                        : IsoLocalDateTime.format(t.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime());
                };
            }
            if (lowerType.startsWith("timestamp")) {
                return rs -> {
                    java.time.LocalDateTime t = rs.getObject(i, java.time.LocalDateTime.class); // no Calendar on this path
                    return t == null ? null : IsoLocalDateTime.format(t);
                };
            }
            if (lowerType.equals("date")) {
                return rs -> {
                    java.time.LocalDate d = rs.getObject(i, java.time.LocalDate.class);
                    return d == null ? null : IsoLocalDateTime.format(d.atStartOfDay());
                };
            }
            return rs -> rs.getString(i);
        }
        Class<?> type = spec.valueClass();
        if (type == Integer.class) {
            return rs -> {
                int v = rs.getInt(i);
                return rs.wasNull() ? null : v;
            };
        } else if (type == Long.class) {
            return rs -> {
                long v = rs.getLong(i);
                return rs.wasNull() ? null : v;
            };
        } else if (type == Short.class) {
            return rs -> {
                short v = rs.getShort(i);
                return rs.wasNull() ? null : v;
            };
        } else if (type == Double.class) {
            return rs -> {
                double v = rs.getDouble(i);
                return rs.wasNull() ? null : v;
            };
        } else if (type == Float.class) {
            return rs -> {
                float v = rs.getFloat(i);
                return rs.wasNull() ? null : v;
            };
        } else if (type == Boolean.class) {
            return rs -> {
                boolean v = rs.getBoolean(i);
                return rs.wasNull() ? null : v;
            };
        } else if (type.isArray()) {
            return rs -> toPrimitiveArray(rs.getArray(i), type);
        }
        return rs -> rs.getObject(i);
    }

    private static Object toPrimitiveArray(Array array, Class<?> type) throws SQLException {
        if (array == null) {
            return null;
        }
        Object[] values = (Object[]) array.getArray();
        Object out = java.lang.reflect.Array.newInstance(type.getComponentType(), values.length);
        for (int k = 0; k < values.length; k++) {
            Number num = (Number) values[k];
            if (type == double[].class) {
                ((double[]) out)[k] = num == null ? Double.NaN : num.doubleValue();
            } else if (type == float[].class) {
                ((float[]) out)[k] = num == null ? Float.NaN : num.floatValue();
            } else if (type == long[].class) {
                ((long[]) out)[k] = num == null ? 0 : num.longValue();
            } else if (type == int[].class) {
                ((int[]) out)[k] = num == null ? 0 : num.intValue();
            } else if (type == short[].class) {
                ((short[]) out)[k] = num == null ? 0 : num.shortValue();
            }
        }
        return out;
    }
}
