package org.ozvo.ingest.load;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.ozvo.ingest.db.CopyIn;
import org.ozvo.ingest.db.ObsCoreWriter;
import org.ozvo.ingest.store.FileOp;
import org.ozvo.ingest.store.PendingFileOps;
import org.ozvo.ingest.store.ProductStore;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.obscore.ObsCoreRecord;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Commits loaded files, one transaction per batch: the ObsCore rows (upsert by DID), the
 * ledger of files and products, the removal of products a changed file no longer has, and the
 * journal of file moves; after the commit the moves are made. If the database rejects a batch
 * because of one file's data, the batch is retried file by file so only that file fails.
 * Used by one thread; owns its connection's transactions.
 */
final class BatchWriter {

    /**
     * What a batch did.
     *
     * @param failed           files that could not be committed (their staged files are gone)
     * @param filesCommitted   files whose rows or ledger entries were committed
     * @param productsWritten  ObsCore rows inserted or replaced
     * @param productsRemoved  rows (and files) removed because their file no longer has them
     */
    record Result(List<FileOutcome.Failed> failed, int filesCommitted, int productsWritten, int productsRemoved) {
    }

    private static final String STAGE_FILE = "ingest_stage_file";
    private static final String STAGE_PRODUCT = "ingest_stage_product";

    private final Connection connection;
    private final ProductStore store;
    private final PendingFileOps journal;
    private final ObsCoreWriter obscore;
    private final ConflictCheck conflicts;

    /** @param connection owner connection, used only by this writer; auto-commit is turned off */
    BatchWriter(Connection connection, ProductStore store) throws SQLException {
        this.connection = connection;
        this.store = store;
        this.journal = new PendingFileOps(store);
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS " + STAGE_FILE + " (source_path text, size_bytes bigint,"
                + " mtime_micros bigint, sha256 text, loader_id text, load_options text, original_path text,"
                + " original_copied boolean) ON COMMIT DELETE ROWS");
            st.execute("CREATE TEMP TABLE IF NOT EXISTS " + STAGE_PRODUCT + " (obs_publisher_did text,"
                + " source_path text, obs_collection text, product_path text, product_bytes bigint)"
                + " ON COMMIT DELETE ROWS");
        }
        this.obscore = new ObsCoreWriter(connection);
        this.conflicts = new ConflictCheck(connection);
        connection.commit();
    }

    /**
     * Commits a batch and places its files.
     *
     * @throws SQLException on database trouble that is not about one file's data (connection
     *                      lost, ...): the run must stop; what was staged is cleaned up later
     */
    Result write(List<FileOutcome.Loaded> loaded, List<FileOutcome.Touched> touched) throws SQLException, IOException {
        ConflictCheck.Checked checked = conflicts.check(loaded);
        List<FileOutcome.Failed> failed = new ArrayList<>(checked.failed());
        failed.forEach(f -> loaded.stream().filter(l -> l.path().equals(f.path())).forEach(this::discard));
        List<ConflictCheck.Accepted> accepted = checked.accepted();
        int files = 0;
        int written = 0;
        int removed = 0;
        try {
            removed = commit(accepted, touched);
            files = accepted.size() + touched.size();
            written = accepted.stream().mapToInt(a -> a.file().products().size()).sum();
        } catch (SQLException e) {
            rollback();
            if (!isAboutData(e)) {
                throw e;
            }
            // One file's rows sank the batch: find it by committing the files one by one.
            for (ConflictCheck.Accepted file : accepted) {
                try {
                    removed += commit(List.of(file), List.of());
                    files++;
                    written += file.file().products().size();
                } catch (SQLException fileError) {
                    rollback();
                    if (!isAboutData(fileError)) {
                        throw fileError;
                    }
                    failed.add(new FileOutcome.Failed(file.file().path(), describe(fileError)));
                    discard(file.file());
                }
            }
            if (!touched.isEmpty()) {
                commit(List.of(), touched);
                files += touched.size();
            }
        }
        journal.applyOwn(connection);
        return new Result(failed, files, written, removed);
    }

    /** One transaction; returns the number of products removed. */
    private int commit(List<ConflictCheck.Accepted> accepted, List<FileOutcome.Touched> touched)
            throws SQLException, IOException {
        int removed = 0;
        List<FileOutcome.Loaded> loaded = accepted.stream().map(ConflictCheck.Accepted::file).toList();
        if (!loaded.isEmpty()) {
            stageLedger(loaded);
            removed = removeVanishedProducts();
            forgetSuperseded(accepted.stream().flatMap(a -> a.supersedes().stream()).toList());
            journalReplacedOriginals();
            upsertLedger();
            List<ObsCoreRecord> rows = new ArrayList<>();
            loaded.forEach(l -> l.products().forEach(p -> rows.add(p.record())));
            obscore.upsert(rows);
            journal.add(connection, placements(loaded));
        }
        if (!touched.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE archive.ingested_file SET mtime_micros = ? WHERE source_path = ?")) {
                for (FileOutcome.Touched t : touched) {
                    ps.setLong(1, t.mtimeMicros());
                    ps.setString(2, t.path().toString());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        connection.commit();
        return removed;
    }

    private void stageLedger(List<FileOutcome.Loaded> loaded) throws SQLException, IOException {
        CopyIn.run(connection, "COPY " + STAGE_FILE + " FROM STDIN", out -> {
            for (FileOutcome.Loaded l : loaded) {
                LedgerEntry e = l.entry();
                out.text(e.sourcePath()).number(e.size()).number(e.mtimeMicros()).text(e.sha256()).text(e.loaderId())
                    .text(e.loadOptions()).text(e.originalPath()).bool(e.originalCopied());
                out.endRow();
            }
        });
        CopyIn.run(connection, "COPY " + STAGE_PRODUCT + " FROM STDIN", out -> {
            for (FileOutcome.Loaded l : loaded) {
                for (StagedProduct p : l.products()) {
                    out.text(p.record().publisherDid()).text(l.entry().sourcePath())
                        .text(p.record().getString(ObsCoreColumn.OBS_COLLECTION))
                        .text(p.record().getString(ObsCoreColumn.PRODUCT_PATH)).number(p.bytes());
                    out.endRow();
                }
            }
        });
    }

    /**
     * Products that a reloaded file produced before but not now: rows and ledger entries go
     * in this transaction, their files right after it (journalled). A path about to be written
     * again in this batch is not removed.
     */
    private int removeVanishedProducts() throws SQLException {
        String sql = "WITH gone AS (DELETE FROM archive.ingested_product p USING " + STAGE_FILE + " f"
            + "   WHERE p.source_path = f.source_path AND NOT EXISTS (SELECT 1 FROM " + STAGE_PRODUCT + " s"
            + "   WHERE s.obs_publisher_did = p.obs_publisher_did) RETURNING p.obs_publisher_did, p.product_path),"
            + " dropped AS (DELETE FROM ivoa.obscore o USING gone WHERE o.obs_publisher_did = gone.obs_publisher_did),"
            + " ops AS (" + PendingFileOps.INSERT_REMOVALS + "SELECT ?, ?, 'remove', NULL, g.product_path FROM gone g"
            + "   WHERE NOT EXISTS (SELECT 1 FROM " + STAGE_PRODUCT + " s WHERE s.product_path = g.product_path))"
            + " SELECT count(*) FROM gone";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            journal.bindRunAndDataDir(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Ledger entries of vanished files whose products the batch's files all have: they go, with
     * their copied originals; the new files' ledger entries and rows take their place.
     */
    private void forgetSuperseded(List<String> sourcePaths) throws SQLException {
        if (sourcePaths.isEmpty()) {
            return;
        }
        Array paths = connection.createArrayOf("text", sourcePaths.toArray());
        try (PreparedStatement ps = connection.prepareStatement("WITH f AS (DELETE FROM archive.ingested_file"
                + " WHERE source_path = ANY(?) RETURNING original_path, original_copied) "
                + PendingFileOps.INSERT_REMOVALS + "SELECT ?, ?, 'remove', NULL, original_path FROM f"
                + " WHERE original_copied")) {
            ps.setArray(1, paths);
            journal.bindRunAndDataDir(ps, 2);
            ps.executeUpdate();
        } finally {
            paths.free();
        }
    }

    /** A copied original that a reloaded file now keeps elsewhere (other collection or mode) goes. */
    private void journalReplacedOriginals() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(PendingFileOps.INSERT_REMOVALS
                + "SELECT ?, ?, 'remove', NULL, i.original_path FROM archive.ingested_file i"
                + " JOIN " + STAGE_FILE + " f USING (source_path)"
                + " WHERE i.original_copied AND i.original_path <> f.original_path")) {
            journal.bindRunAndDataDir(ps, 1);
            ps.executeUpdate();
        }
    }

    private void upsertLedger() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("INSERT INTO archive.ingested_file (source_path, size_bytes, mtime_micros, sha256,"
                + " loader_id, load_options, original_path, original_copied, ingested_at)"
                + " SELECT source_path, size_bytes, mtime_micros, sha256, loader_id, load_options, original_path,"
                + " original_copied, now() AT TIME ZONE 'UTC' FROM " + STAGE_FILE
                + " ON CONFLICT (source_path) DO UPDATE SET size_bytes = EXCLUDED.size_bytes,"
                + " mtime_micros = EXCLUDED.mtime_micros, sha256 = EXCLUDED.sha256, loader_id = EXCLUDED.loader_id,"
                + " load_options = EXCLUDED.load_options, original_path = EXCLUDED.original_path,"
                + " original_copied = EXCLUDED.original_copied, ingested_at = EXCLUDED.ingested_at");
            st.executeUpdate("INSERT INTO archive.ingested_product (obs_publisher_did, source_path, obs_collection,"
                + " product_path, product_bytes) SELECT obs_publisher_did, source_path, obs_collection, product_path,"
                + " product_bytes FROM " + STAGE_PRODUCT
                + " ON CONFLICT (obs_publisher_did) DO UPDATE SET source_path = EXCLUDED.source_path,"
                + " obs_collection = EXCLUDED.obs_collection, product_path = EXCLUDED.product_path,"
                + " product_bytes = EXCLUDED.product_bytes");
        }
    }

    private static List<FileOp> placements(List<FileOutcome.Loaded> loaded) {
        List<FileOp> ops = new ArrayList<>();
        for (FileOutcome.Loaded l : loaded) {
            if (l.original() != null) {
                ops.add(FileOp.place(l.original().stagedPath(), l.entry().originalPath()));
            }
            for (StagedProduct p : l.products()) {
                ops.add(FileOp.place(p.stagedPath(), p.record().getString(ObsCoreColumn.PRODUCT_PATH)));
            }
        }
        return ops;
    }

    private void discard(FileOutcome.Loaded file) {
        if (file.original() != null) {
            store.discard(file.original().stagedPath());
        }
        file.products().forEach(p -> store.discard(p.stagedPath()));
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is broken; the caller's next statement reports it.
        }
    }

    /**
     * Data exceptions (22), constraint violations (23) and internal errors (XX000, which is how
     * pgSphere rejects a polygon it cannot build) are about the rows, not the database.
     */
    private static boolean isAboutData(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23") || state.equals("XX000"));
    }

    private static String describe(SQLException e) {
        ServerErrorMessage m = e instanceof PSQLException p ? p.getServerErrorMessage() : null;
        if (m == null) {
            return "database rejected its rows: " + e.getMessage();
        }
        String detail = m.getDetail() == null ? "" : " (" + m.getDetail() + ")";
        if ("ingested_file_original_path_key".equals(m.getConstraint())) {
            return "its original would be copied over another file's" + detail
                + "; rename it or load with --originals reference";
        }
        if ("ingested_product_product_path_key".equals(m.getConstraint())) {
            return "a product's file name collides with another product's" + detail;
        }
        return "database rejected its rows: " + m.getMessage() + detail;
    }
}
