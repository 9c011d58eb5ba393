package org.ozvo.server.ssa;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ozvo.dali.fault.FatalFault;
import org.ozvo.dali.fault.TransientFault;
import org.ozvo.dali.table.RowCursor;
import org.ozvo.dali.table.TableResult;
import org.ozvo.datalink.links.ArchiveUrls;
import org.ozvo.datalink.links.DescriptorXml;
import org.ozvo.datalink.links.Descriptors;
import org.ozvo.query.DistanceUnit;
import org.ozvo.query.ObsCoreCursor;
import org.ozvo.query.ObsCoreQuery;
import org.ozvo.query.PgSqlRenderer;
import org.ozvo.query.SelectItem;
import org.ozvo.query.SqlStatement;
import org.ozvo.server.app.Databases;
import org.ozvo.server.app.ServerSettings;
import org.ozvo.server.ssa.query.CollectionMatcher;
import org.ozvo.server.ssa.query.SsaQueryBuilder;
import org.ozvo.server.ssa.request.SsaRequest;
import org.ozvo.server.ssa.response.SsaFields;
import org.ozvo.server.ssa.response.SsaMetadata;
import org.ozvo.server.ssa.response.SsaRowCursor;
import org.ozvo.server.ssa.response.SsaTable;

/**
 * Answers SSA requests: builds the query, runs it on the read-only pool and hands back a
 * {@link TableResult} whose cursor streams the rows. The query runs before anything is
 * written, so database failures still become proper error documents. Thread-safe.
 */
@ApplicationScoped
public class SsaService {

    private static final Logger LOG = Logger.getLogger(SsaService.class.getName());

    /** Queries taking longer are cancelled. */
    static final int TIMEOUT_SECONDS = 60;
    /** Up to this many rows are read in one go; larger results are streamed in batches. */
    private static final int BATCH = 1000;

    @Inject
    Databases databases;

    @Inject
    ServerSettings settings;

    private SsaFields fields;
    private List<String> descriptors;

    @PostConstruct
    void init() {
        String publisher = System.getenv("VO_PUBLISHER");
        fields = new SsaFields(settings.layout(),
            publisher == null || publisher.isBlank() ? "OzVO demonstration archive" : publisher.trim());
        descriptors = List.of(DescriptorXml.render(
            Descriptors.links(new ArchiveUrls(settings.layout()), SsaFields.PUBDID_ID)));
    }

    /** The FORMAT=METADATA response: every input parameter and every output field. */
    public TableResult metadata(String runId) {
        List<String> collections;
        try (Connection c = databases.reader().getConnection()) {
            collections = CollectionCatalog.collections(c);
        } catch (SQLException e) {
            throw databaseFault(e);
        }
        return SsaTable.of(fields, RowCursor.empty(), -1, SsaMetadata.inputParams(collections), descriptors, runId);
    }

    /**
     * The response to a queryData request. The caller writes it and then closes it, which
     * returns the connection to the pool.
     */
    public TableResult query(SsaRequest r) {
        String runId = r.runId().orElse(null);
        if (r.maxrec() == 0) {
            return SsaTable.of(fields, RowCursor.empty(), 0, List.of(), descriptors, runId);
        }
        long writeLimit = Math.min(r.maxrec(), SsaQueryBuilder.rowLimit(r));
        Connection c = null;
        try {
            c = databases.reader().getConnection();
            List<String> collections = null;
            if (!r.collections().isEmpty()) {
                collections = CollectionMatcher.match(r.collections(), CollectionCatalog.collections(c));
            }
            ObsCoreQuery q = SsaQueryBuilder.build(r, collections, select(r));
            if (q.matchesNothing()) {
                c.close();
                return SsaTable.of(fields, RowCursor.empty(), writeLimit, List.of(), descriptors, runId);
            }
            SqlStatement sql = PgSqlRenderer.render(q);
            ObsCoreCursor cursor = ObsCoreCursor.open(c, sql, q.limit() > BATCH ? BATCH : 0, TIMEOUT_SECONDS);
            return SsaTable.of(fields, new SsaRowCursor(c, cursor, sql.items(), fields.fields()), writeLimit,
                List.of(), descriptors, runId);
        } catch (SQLException e) {
            closeQuietly(c);
            throw databaseFault(e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static List<SelectItem> select(SsaRequest r) {
        List<SelectItem> items = new ArrayList<>(SelectItem.columns(SsaFields.selectedColumns()));
        r.cone().ifPresent(cone -> items.add(
            SelectItem.distance(SsaRowCursor.SCORE, cone.ra(), cone.dec(), DistanceUnit.ARCSEC)));
        return items;
    }

    /** Connection problems are transient (503), anything else a server failure (500). */
    static RuntimeException databaseFault(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e instanceof SQLTransientException || state.startsWith("08") || state.equals("57014")
            || state.startsWith("53")) {
            LOG.log(Level.WARNING, "SSA query failed (transient): " + e.getMessage());
            return new TransientFault(state.equals("57014") ? "the query took too long and was cancelled"
                : "the database is not available at the moment; try again later", e);
        }
        LOG.log(Level.SEVERE, "SSA query failed", e);
        return new FatalFault("the query failed in the database", e);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the pool discards a broken connection
            }
        }
    }
}
