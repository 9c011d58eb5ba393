/**
 * What a long-running command tells the operator: the failure report of a run
 * ({@link org.ozvo.ingest.report.IngestReport}) and progress with rate and ETA
 * ({@link org.ozvo.ingest.report.Progress}) on stderr.
 */
package org.ozvo.ingest.report;
