package org.ozvo.ingest.delete;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.ozvo.ingest.store.PendingFileOps;
import org.ozvo.ingest.store.ProductStore;

/**
 * Deletes every row of a collection together with its product files, its ledger entries and
 * the copied originals no other row needs. Works in chunks, each one transaction whose file
 * removals are journalled and carried out after the commit, so an interrupted delete leaves no
 * row without its file nor file without its row, and running it again finishes it. An original
 * file that also produced rows in other collections stays in the ledger, marked so that the
 * next load reads it again. Call while holding the {@link org.ozvo.ingest.store.IngestLock}.
 */
public final class CollectionDeleter {

    /**
     * What a delete did.
     *
     * @param rows          ObsCore rows deleted
     * @param sourceFiles   original files forgotten by the ledger
     * @param fileOps       file removals carried out (products and copied originals)
     */
    public record Result(long rows, long sourceFiles, long fileOps) {
    }

    private static final int CHUNK = 20_000;

    /**
     * CTE marking the original files of deleted products (CTE {@code p}) as changed, with an
     * impossible size and checksum, in the same transaction: the next load reads them again,
     * and {@link #forgetSourceFiles} finds them even after an interrupted delete.
     */
    private static final String MARK_SOURCES = " m AS (UPDATE archive.ingested_file SET size_bytes = -1, sha256 = ''"
        + "   WHERE source_path IN (SELECT source_path FROM p)),";

    private final DataSource owner;
    private final PendingFileOps journal;

    public CollectionDeleter(DataSource owner, ProductStore store) {
        this.owner = owner;
        this.journal = new PendingFileOps(store);
    }

    public Result delete(String collection) throws SQLException, IOException {
        long rows = 0;
        long ops = 0;
        long files;
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            for (int n; (n = deleteChunk(c, collection)) > 0; ) {
                rows += n;
                c.commit();
                ops += journal.applyOwn(c);
            }
            ops += deleteLedgerLeftovers(c, collection);
            files = forgetSourceFiles(c);
            c.commit();
            ops += journal.applyOwn(c);
        }
        return new Result(rows, files, ops);
    }

    /** Deletes up to {@link #CHUNK} rows with their ledger entries and journals their files. */
    private int deleteChunk(Connection c, String collection) throws SQLException {
        String sql = "WITH d AS (DELETE FROM ivoa.obscore WHERE obs_publisher_did IN (SELECT obs_publisher_did"
            + "   FROM ivoa.obscore WHERE obs_collection = ? LIMIT " + CHUNK + ")"
            + "   RETURNING obs_publisher_did, product_path),"
            + " p AS (DELETE FROM archive.ingested_product ip USING d WHERE ip.obs_publisher_did = d.obs_publisher_did"
            + "   RETURNING ip.source_path, ip.product_path),"
            + MARK_SOURCES
            + " ops AS (" + PendingFileOps.INSERT_REMOVALS + "SELECT ?, ?, 'remove', NULL, product_path"
            + "   FROM (SELECT product_path FROM d UNION SELECT product_path FROM p) paths"
            + "   WHERE product_path IS NOT NULL)"
            + " SELECT count(*) FROM d";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, collection);
            journal.bindRunAndDataDir(ps, 2);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Ledger entries of the collection whose rows had already gone (e.g. deleted by hand). */
    private long deleteLedgerLeftovers(Connection c, String collection) throws SQLException {
        String sql = "WITH p AS (DELETE FROM archive.ingested_product WHERE obs_collection = ?"
            + "   RETURNING source_path, product_path),"
            + MARK_SOURCES
            + " ops AS (" + PendingFileOps.INSERT_REMOVALS + "SELECT ?, ?, 'remove', NULL, product_path FROM p)"
            + " SELECT count(*) FROM p";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, collection);
            journal.bindRunAndDataDir(ps, 2);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Marked original files with nothing left are forgotten, and their copied originals removed. */
    private long forgetSourceFiles(Connection c) throws SQLException {
        String forget = "WITH f AS (DELETE FROM archive.ingested_file i WHERE i.size_bytes = -1"
            + "   AND NOT EXISTS (SELECT 1 FROM archive.ingested_product p WHERE p.source_path = i.source_path)"
            + "   RETURNING original_path, original_copied),"
            + " ops AS (" + PendingFileOps.INSERT_REMOVALS + "SELECT ?, ?, 'remove', NULL, original_path FROM f"
            + "   WHERE original_copied)"
            + " SELECT count(*) FROM f";
        try (PreparedStatement ps = c.prepareStatement(forget)) {
            journal.bindRunAndDataDir(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
