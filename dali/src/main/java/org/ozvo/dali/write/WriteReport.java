package org.ozvo.dali.write;

/**
 * What a {@link TableWriter} did.
 *
 * @param rows     data rows written
 * @param overflow true if the result had more rows than MAXREC allowed (or MAXREC was 0)
 * @param failure  a failure while reading rows that the writer reported inside the document
 *                 (VOTable trailing ERROR INFO), or null if the table is complete
 */
public record WriteReport(long rows, boolean overflow, Throwable failure) {

    /** True if every row up to MAXREC was written. */
    public boolean complete() {
        return failure == null;
    }
}
