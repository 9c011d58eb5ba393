package org.ozvo.ingest.verify;

/**
 * One problem found by {@link ArchiveVerifier}.
 *
 * @param kind    what is wrong
 * @param subject the DID, or the path relative to the data directory
 * @param detail  the specifics, for the operator
 */
public record Finding(Kind kind, String subject, String detail) {

    /** Kinds of problems. */
    public enum Kind {
        /** A row has no product_path (metadata only, e.g. from {@code synth}). */
        ROW_WITHOUT_PRODUCT,
        /** A row's product file does not exist. */
        PRODUCT_MISSING,
        /** A row's product file is not a readable FITS file. */
        PRODUCT_UNREADABLE,
        /** A product's CHECKSUM or DATASUM does not match its content. */
        CHECKSUM_INVALID,
        /** A product has no CHECKSUM/DATASUM keywords in its primary header. */
        CHECKSUM_MISSING,
        /** A row's original file does not exist. */
        ORIGINAL_MISSING,
        /** The ingest ledger and the row disagree about a product. */
        LEDGER_MISMATCH,
        /** A file under products/ that no row refers to. */
        PRODUCT_WITHOUT_ROW,
        /** A file under originals/ that no row or ledger entry refers to. */
        ORIGINAL_WITHOUT_ROW,
        /** Staged files or journalled operations of an interrupted (or running) ingest. */
        UNFINISHED_INGEST
    }
}
