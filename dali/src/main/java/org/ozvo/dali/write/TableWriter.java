package org.ozvo.dali.write;

import java.io.IOException;
import java.io.OutputStream;
import org.ozvo.dali.table.TableResult;

/**
 * Writes a {@link TableResult} in one output format. Implementations are stateless and
 * thread-safe; one call writes one document.
 *
 * <p>Contract for all formats: at most {@link TableResult#maxrec()} rows are written and an
 * extra row in the cursor is reported as overflow in the returned {@link WriteReport}; the
 * cursor is read once and not closed; the output stream is flushed but never closed.
 *
 * <p>Failures while reading rows (e.g. a statement timeout after the first rows): VOTable
 * writers end the table properly, append {@code INFO name="QUERY_STATUS" value="ERROR"} after
 * it and return normally with {@link WriteReport#failure()} set, so the document stays valid.
 * Formats that cannot carry an error (CSV, TSV, FITS, JSON) throw the {@link IOException}
 * instead, so that an HTTP response is cut off rather than looking complete.
 */
public interface TableWriter {

    /** The MIME type this writer produces by default, e.g. {@code text/csv;header=present}. */
    String contentType();

    /** A file name extension for stored results, without the dot, e.g. {@code vot}, {@code csv}. */
    String fileExtension();

    /**
     * True if this writer also accepts number, text and timestamp cells as
     * {@link org.ozvo.dali.table.DatabaseText} (the database's own UTF-8 text, see
     * {@link org.ozvo.dali.table.JdbcRowCursor}): then a producer may skip converting them to
     * Java and back. False by default.
     */
    default boolean acceptsDatabaseText() {
        return false;
    }

    /**
     * Writes the whole document.
     *
     * @param result what to write; not closed here
     * @param out    destination; flushed, not closed
     * @return rows written, overflow flag and any failure reported inside the document
     * @throws IOException if the output fails, or reading rows fails for formats without an
     *                     in-band error mechanism
     */
    WriteReport write(TableResult result, OutputStream out) throws IOException;
}
