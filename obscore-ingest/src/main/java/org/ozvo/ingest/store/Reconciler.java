package org.ozvo.ingest.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Finishes what an interrupted run left behind, before a new run writes anything: applies the
 * journalled file operations of committed transactions, then deletes staged files that no
 * committed transaction refers to. Afterwards every row has its file and every file its row,
 * as far as the ingest's own writes go. Call only while holding the {@link IngestLock}.
 */
public final class Reconciler {

    /**
     * What reconciling did.
     *
     * @param operationsApplied journalled moves and deletions carried out
     * @param stagedFilesDeleted uncommitted staged files removed
     */
    public record Result(int operationsApplied, long stagedFilesDeleted) {
        public boolean changedAnything() {
            return operationsApplied > 0 || stagedFilesDeleted > 0;
        }
    }

    private Reconciler() {
    }

    public static Result reconcile(DataSource owner, ProductStore store) throws SQLException, IOException {
        int applied;
        try (Connection connection = owner.getConnection()) {
            applied = new PendingFileOps(store).applyAll(connection);
        }
        return new Result(applied, store.clearStaging());
    }
}
