package org.ozvo.loaders.spi;

import java.io.IOException;
import java.io.OutputStream;
import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * One product extracted from an original file: a spectrum or an image, with the ObsCore
 * metadata the file gives and the ability to write its simplified FITS.
 */
public interface Product {

    /** ObsCore collection, e.g. {@code ozdes_dr2}. */
    String collection();

    /** ObsCore obs_id, unique within the collection and stable across re-ingests. */
    String obsId();

    /** Where in the original file this product came from, e.g. {@code HDU 3} or {@code row 2}. */
    String origin();

    /**
     * The science metadata derived from the file: everything except the archive's identifiers,
     * URLs, paths and sizes, which the ingest fills in from
     * {@link org.ozvo.schema.archive.ArchiveLayout}. A new builder on each call.
     */
    ObsCoreRecord.Builder metadata();

    /**
     * Writes the simplified FITS file (1D spectrum in the primary HDU, or an image with
     * celestial WCS) with CHECKSUM/DATASUM. Does not close the stream.
     */
    void writeFits(OutputStream out) throws IOException;
}
