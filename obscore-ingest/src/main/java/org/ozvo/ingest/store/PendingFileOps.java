package org.ozvo.ingest.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The journal of file operations in {@code archive.pending_file_op}. A transaction that
 * changes rows also records here the file moves and deletions those rows need; once it has
 * committed, the operations are applied and their entries deleted. Entries left by a killed
 * run are applied by the next run ({@link Reconciler}), so rows and files end up matching.
 */
public final class PendingFileOps {

    private final ProductStore store;
    private final String dataDir;

    public PendingFileOps(ProductStore store) {
        this.store = store;
        this.dataDir = store.layout().dataDir().toString();
    }

    /** Records operations in the caller's transaction, after those already recorded. */
    public void add(Connection connection, Collection<FileOp> ops) throws SQLException {
        if (ops.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO archive.pending_file_op"
                + " (run_id, data_dir, op, staged_path, target_path) VALUES (?, ?, ?, ?, ?)")) {
            for (FileOp op : ops) {
                ps.setString(1, store.runId());
                ps.setString(2, dataDir);
                ps.setString(3, op.kind().sqlName());
                ps.setString(4, op.stagedPath());
                ps.setString(5, op.targetPath());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The start of an {@code INSERT ... SELECT} that journals a removal for every path a query
     * yields: append {@code SELECT ?, ?, 'remove', NULL, <path> FROM ...} and bind the first two
     * parameters with {@link #bindRunAndDataDir}. Used for removals decided by SQL.
     */
    public static final String INSERT_REMOVALS =
        "INSERT INTO archive.pending_file_op (run_id, data_dir, op, staged_path, target_path) ";

    /** Binds this run's id and data directory to parameters {@code first} and {@code first + 1}. */
    public void bindRunAndDataDir(PreparedStatement ps, int first) throws SQLException {
        ps.setString(first, store.runId());
        ps.setString(first + 1, dataDir);
    }

    /**
     * Applies this run's committed operations in order and deletes their entries.
     *
     * @param connection a connection outside any open transaction of this run's writer
     * @return number of operations applied
     */
    public int applyOwn(Connection connection) throws SQLException, IOException {
        return apply(connection, "run_id = ? AND data_dir = ?", store.runId());
    }

    /** Applies every committed operation of any run for this data directory (crash recovery). */
    public int applyAll(Connection connection) throws SQLException, IOException {
        return apply(connection, "data_dir = ?", null);
    }

    /** Number of operations not yet applied for this data directory. */
    public long countPending(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT count(*) FROM archive.pending_file_op WHERE data_dir = ?")) {
            ps.setString(1, dataDir);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private int apply(Connection connection, String where, String runId) throws SQLException, IOException {
        List<FileOp> ops = new ArrayList<>();
        long maxId = -1;
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, op, staged_path, target_path"
                + " FROM archive.pending_file_op WHERE " + where + " ORDER BY id")) {
            bind(ps, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    maxId = rs.getLong(1);
                    ops.add(new FileOp(FileOp.Kind.ofSql(rs.getString(2)), rs.getString(3), rs.getString(4)));
                }
            }
        }
        if (ops.isEmpty()) {
            endTransaction(connection);
            return 0;
        }
        for (FileOp op : ops) {
            store.apply(op);
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "DELETE FROM archive.pending_file_op WHERE " + where + " AND id <= ?")) {
            int next = bind(ps, runId);
            ps.setLong(next, maxId);
            ps.executeUpdate();
        }
        endTransaction(connection);
        return ops.size();
    }

    private int bind(PreparedStatement ps, String runId) throws SQLException {
        if (runId == null) {
            ps.setString(1, dataDir);
            return 2;
        }
        ps.setString(1, runId);
        ps.setString(2, dataDir);
        return 3;
    }

    private static void endTransaction(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
