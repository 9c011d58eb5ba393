/**
 * PostgreSQL writing for the ingest: rows in COPY text format ({@link org.ozvo.ingest.db.CopyRowWriter},
 * {@link org.ozvo.ingest.db.ObsCoreCopyFormat}) and the ObsCore upsert through a staging table
 * ({@link org.ozvo.ingest.db.ObsCoreWriter}). Column lists always come from
 * {@link org.ozvo.schema.obscore.ObsCoreColumn#writableColumns()}.
 */
package org.ozvo.ingest.db;
