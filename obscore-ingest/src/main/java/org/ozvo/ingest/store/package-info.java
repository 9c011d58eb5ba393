/**
 * Files under the data directory and their consistency with the database: products and
 * originals are written to a staging directory first ({@link org.ozvo.ingest.store.ProductStore}),
 * the moves into place are journalled in the same transaction as the rows
 * ({@link org.ozvo.ingest.store.PendingFileOps}) and applied after the commit, and a later run
 * replays whatever a killed run left ({@link org.ozvo.ingest.store.Reconciler}). Only one
 * writer runs at a time ({@link org.ozvo.ingest.store.IngestLock}).
 */
package org.ozvo.ingest.store;
