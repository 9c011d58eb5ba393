/**
 * Result table writers: one {@link org.ozvo.dali.write.TableWriter} per output format (VOTable
 * TABLEDATA/BINARY/BINARY2 through STIL, CSV, TSV, FITS through STIL, JSON) and the
 * {@link org.ozvo.dali.write.TableWriterRegistry} that maps RESPONSEFORMAT/FORMAT values (MIME
 * types and short aliases) to them. Writers stream: they read a
 * {@link org.ozvo.dali.table.RowCursor} once and keep no rows, apart from FITS which needs two
 * passes and buffers to a temporary file. Writers never close the stream they are given.
 */
package org.ozvo.dali.write;
