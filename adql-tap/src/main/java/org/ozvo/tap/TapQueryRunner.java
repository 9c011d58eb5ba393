package org.ozvo.tap;

import adql.db.DBTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.ozvo.adql.AdqlCompiler;
import org.ozvo.adql.AdqlTables;
import org.ozvo.adql.CompiledQuery;
import org.ozvo.adql.OutputColumn;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.dali.table.JdbcRowCursor;
import org.ozvo.dali.table.TableResult;

/**
 * Runs one TAP query: in a single read-only transaction on the given connection it sets the
 * statement timeout, loads the uploads into temporary tables, checks and translates the ADQL
 * against the published plus uploaded tables, and opens a streaming cursor that fetches at
 * most MAXREC+1 rows (the extra row only tells the writer about overflow). MAXREC=0 plans the
 * query without running it, to get the column metadata.
 *
 * <p>Thread-safe (stateless apart from the limits). The returned {@link TableResult} owns the
 * connection: closing it rolls back (dropping the upload tables) and closes the connection.
 */
public final class TapQueryRunner {

    /** Name of the result TABLE and of the UWS result (TAP 1.1 section 2.2). */
    public static final String RESULT_NAME = "result";

    /** Spatial queries returning at most this many rows read the index without a bitmap. */
    static final long STREAM_FROM_INDEX_BELOW = 10_000;

    private final TapLimits limits;

    public TapQueryRunner(TapLimits limits) {
        this.limits = limits;
    }

    public TapLimits limits() {
        return limits;
    }

    /**
     * Executes the request.
     *
     * @param connection     a connection of the read-only role, owned by the result from now on
     *                       (closed here if this method fails)
     * @param request        the validated request
     * @param uploads        where inline and remote uploads are read from
     * @param timeoutSeconds statement timeout; {@code <= 0} for none
     * @param cancelHook     receives, before anything runs, an action that another thread may call
     *                       to cancel whatever the connection is doing (upload COPY, planning,
     *                       execution, fetching; UWS abort); a no-op once the result is closed;
     *                       may be null
     * @throws org.ozvo.dali.fault.Fault for bad queries, uploads and database failures
     */
    public TableResult run(Connection connection, TapRequest request, UploadResolver uploads, int timeoutSeconds,
                           java.util.function.Consumer<Runnable> cancelHook) {
        return run(connection, request, uploads, timeoutSeconds, cancelHook, false);
    }

    /**
     * Like {@link #run(Connection, TapRequest, UploadResolver, int, java.util.function.Consumer)};
     * with {@code databaseText} number and text cells stay the database's text, as
     * {@link org.ozvo.dali.table.DatabaseText} (for writers that
     * {@link org.ozvo.dali.write.TableWriter#acceptsDatabaseText() accept it}: CSV, TSV).
     */
    public TableResult run(Connection connection, TapRequest request, UploadResolver uploads, int timeoutSeconds,
                           java.util.function.Consumer<Runnable> cancelHook, boolean databaseText) {
        long maxrec = limits.effectiveMaxrec(request.maxrec());
        if (cancelHook != null) {
            cancelHook.accept(() -> cancel(connection));
        }
        try {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                // JIT compilation costs tens of milliseconds whenever the planner's (often poor)
                // estimate for a geometry join is large; interactive latency matters more here.
                // One round trip for both settings.
                st.execute("SET LOCAL jit = off" + (timeoutSeconds > 0
                    ? "; SET LOCAL statement_timeout = " + (timeoutSeconds * 1000L) : ""));
            }
            List<DBTable> tables = new ArrayList<>(AdqlTables.published());
            tables.addAll(new UploadLoader(limits).load(connection, request.uploads(), uploads));
            CompiledQuery compiled = new AdqlCompiler(tables).compile(request.query(), request.lang());
            List<ColumnSpec> declared = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (OutputColumn c : compiled.columns()) {
                declared.add(c.declared());
                names.add(c.name());
            }
            long rowLimit = compiled.top() >= 0 ? Math.min(compiled.top(), maxrec + 1) : maxrec + 1;
            if (compiled.spatialPredicate() && rowLimit <= STREAM_FROM_INDEX_BELOW) {
                // The planner estimates 1000 rows for any pgSphere predicate, so it collects
                // every match in a bitmap first (36k rows for a 1 degree cone in a dense field)
                // before reading the first TOP rows; a plain GiST index scan stops after them.
                try (Statement st = connection.createStatement()) {
                    st.execute("SET LOCAL enable_bitmapscan = off");
                }
            }
            String sql = maxrec == 0 ? "SELECT * FROM (" + compiled.sql() + ") AS q LIMIT 0" : compiled.sql();
            JdbcRowCursor cursor = JdbcRowCursor.open(connection, sql, List.of(), declared, names,
                maxrec == 0 ? -1 : maxrec + 1, 0, databaseText);
            return TableResult.builder(cursor.columns(), cursor)
                .maxrec(maxrec)
                .tableName(RESULT_NAME)
                .info("standardID", "ivo://ivoa.net/std/TAP")
                .info("QUERY", request.query())
                .build();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw SqlFaults.of(e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Cancels the running statement through the request's own connection handle: once that
     * handle is closed (result closed, connection back in the pool) unwrapping fails and
     * nothing else can be cancelled by mistake.
     */
    private static void cancel(Connection connection) {
        try {
            if (!connection.isClosed()) {
                connection.unwrap(org.postgresql.PGConnection.class).cancelQuery();
            }
        } catch (SQLException | RuntimeException e) {
            // finished or closed meanwhile: nothing to cancel
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException ignored) {
            // discarded by the pool if broken
        }
        try {
            connection.close();
        } catch (SQLException | RuntimeException ignored) {
            // nothing more to release
        }
    }
}
