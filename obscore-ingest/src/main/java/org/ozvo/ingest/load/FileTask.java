package org.ozvo.ingest.load;

import java.nio.file.Path;

/**
 * One original file to process.
 *
 * @param path     absolute, normalised path
 * @param previous what the ledger knows from an earlier load, or null
 */
record FileTask(Path path, LedgerEntry previous) {
}
