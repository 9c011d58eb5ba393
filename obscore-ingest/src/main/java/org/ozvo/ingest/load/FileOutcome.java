package org.ozvo.ingest.load;

import java.nio.file.Path;
import java.util.List;
import org.ozvo.ingest.store.StagedFile;

/** What processing one original file gave. */
sealed interface FileOutcome {

    /** The file. */
    Path path();

    /** Same size, time and options as last loaded: nothing to do. */
    record Unchanged(Path path) implements FileOutcome {
    }

    /** Only the modification time changed (same content and options): remember the new time. */
    record Touched(Path path, long mtimeMicros) implements FileOutcome {
    }

    /**
     * New or changed: products staged, rows ready, to be committed.
     *
     * @param entry    the ledger entry to store
     * @param original the staged copy of the original, or null when referenced
     * @param products the staged products, with distinct DIDs
     */
    record Loaded(Path path, LedgerEntry entry, StagedFile original, List<StagedProduct> products)
        implements FileOutcome {
    }

    /** Cannot be loaded; nothing of it was or will be written. */
    record Failed(Path path, String reason) implements FileOutcome {
    }
}
