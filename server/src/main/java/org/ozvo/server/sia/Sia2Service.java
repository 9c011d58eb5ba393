package org.ozvo.server.sia;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ozvo.dali.fault.FatalFault;
import org.ozvo.dali.fault.TransientFault;
import org.ozvo.dali.table.JdbcRowCursor;
import org.ozvo.dali.table.RowCursor;
import org.ozvo.dali.table.TableResult;
import org.ozvo.query.ObsCoreQuery;
import org.ozvo.query.PgSqlRenderer;
import org.ozvo.query.SqlStatement;
import org.ozvo.server.app.Databases;
import org.ozvo.server.app.ServerSettings;

/**
 * Runs SIA 2.0 queries on the read-only pool: MAXREC+1 rows (so the writer can tell overflow),
 * streamed through a server-side cursor under a statement timeout. MAXREC=0 answers with the
 * metadata only and the parameter OPTIONs (looked up at most every {@link #OPTIONS_LIFETIME}).
 * Thread-safe.
 */
@ApplicationScoped
public class Sia2Service {

    /** Longest a query may run before the database cancels it. */
    static final int STATEMENT_TIMEOUT_MS = 120_000;

    /** How long the MAXREC=0 OPTIONs are reused; they only change with an ingest. */
    static final Duration OPTIONS_LIFETIME = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(Sia2Service.class.getName());

    @Inject
    Databases databases;

    @Inject
    ServerSettings settings;

    @Inject
    Sia2Description description;

    // The DISTINCT behind the OPTIONs scans every image row (docs/bench/sia.md); cache it.
    private volatile Sia2Options cachedOptions;
    private volatile Instant optionsLoaded = Instant.EPOCH;

    /**
     * Runs a request. The caller writes and then closes the result, which returns the
     * connection to its pool.
     *
     * @throws TransientFault if the database is unreachable or the query ran too long
     * @throws FatalFault     for any other database failure
     */
    public TableResult run(Sia2Request request) {
        long maxrec = description.limits().effective(request.maxrec());
        if (maxrec == 0) {
            return Sia2Results.result(RowCursor.empty(), 0, settings.layout(), options());
        }
        ObsCoreQuery query = Sia2QueryBuilder.build(request, maxrec + 1);
        if (query.matchesNothing()) {
            return Sia2Results.result(RowCursor.empty(), maxrec, settings.layout(), Sia2Options.NONE);
        }
        SqlStatement sql = PgSqlRenderer.render(query);
        Connection connection = connect();
        try {
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                st.execute("SET LOCAL statement_timeout = " + STATEMENT_TIMEOUT_MS);
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw fault(e);
        }
        try {
            // The cursor owns the connection from here, also when opening fails.
            JdbcRowCursor rows = JdbcRowCursor.open(connection, sql.sql(), sql.binds(), Sia2Results.columns(),
                maxrec + 1, 0);
            return Sia2Results.result(rows, maxrec, settings.layout(), Sia2Options.NONE);
        } catch (SQLException e) {
            throw fault(e);
        }
    }

    private Sia2Options options() {
        Sia2Options cached = cachedOptions;
        if (cached != null && optionsLoaded.plus(OPTIONS_LIFETIME).isAfter(Instant.now())) {
            return cached;
        }
        try (Connection c = connect()) {
            Sia2Options fresh = Sia2Options.load(c);
            cachedOptions = fresh;
            optionsLoaded = Instant.now();
            return fresh;
        } catch (SQLException e) {
            throw fault(e);
        }
    }

    private Connection connect() {
        try {
            return databases.reader().getConnection();
        } catch (SQLException e) {
            throw new TransientFault("the database is not available, try again later", e);
        }
    }

    private static RuntimeException fault(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("57014")) {
            return new TransientFault("the query ran longer than " + STATEMENT_TIMEOUT_MS / 1000
                + " s; narrow it down (POS, BAND, TIME, COLLECTION) or lower MAXREC", e);
        }
        if (state.startsWith("08")) {
            return new TransientFault("the database is not available, try again later", e);
        }
        LOG.log(Level.SEVERE, "SIA2 query failed", e);
        return new FatalFault("the query failed in the database", e);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException | RuntimeException ignored) {
            // already broken; the pool discards it
        }
    }
}
