package org.ozvo.ingest.load;

import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * A product whose FITS is written to staging and whose row is ready.
 *
 * @param record     the complete ObsCore row (its product_path is where the file goes)
 * @param stagedPath staged FITS, relative to the data directory
 * @param bytes      size of the FITS file
 */
record StagedProduct(ObsCoreRecord record, String stagedPath, long bytes) {
}
