/**
 * {@code bin/ingest load}: original files to ObsCore rows and archive files, in parallel,
 * idempotently and resumably. {@link org.ozvo.ingest.load.IngestPipeline} runs a scanner
 * thread (walk + ledger look-up), worker threads ({@link org.ozvo.ingest.load.FileProcessor}:
 * change detection, loader, staged FITS and originals) and one writer
 * ({@link org.ozvo.ingest.load.BatchWriter}: one transaction per batch for rows, bookkeeping
 * and the journal of file moves, then the moves).
 */
package org.ozvo.ingest.load;
