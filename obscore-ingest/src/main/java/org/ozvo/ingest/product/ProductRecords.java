package org.ozvo.ingest.product;

import static org.ozvo.schema.obscore.ObsCoreColumn.ACCESS_ESTSIZE;
import static org.ozvo.schema.obscore.ObsCoreColumn.ACCESS_FORMAT;
import static org.ozvo.schema.obscore.ObsCoreColumn.ACCESS_URL;
import static org.ozvo.schema.obscore.ObsCoreColumn.DATA_RIGHTS;
import static org.ozvo.schema.obscore.ObsCoreColumn.FULL_DATA_FORMAT;
import static org.ozvo.schema.obscore.ObsCoreColumn.FULL_DATA_URL;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_COLLECTION;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_ID;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_PUBLISHER_DID;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_RELEASE_DATE;
import static org.ozvo.schema.obscore.ObsCoreColumn.ORIGINAL_HDU;
import static org.ozvo.schema.obscore.ObsCoreColumn.ORIGINAL_PATH;
import static org.ozvo.schema.obscore.ObsCoreColumn.PRODUCT_PATH;
import static org.ozvo.schema.obscore.ObsCoreColumn.PUBLISHER_ID;
import static org.ozvo.schema.obscore.ObsCoreColumn.RECORD_MODIFIED;
import static org.ozvo.schema.obscore.ObsCoreColumn.S_REGION;

import java.time.Instant;
import org.ozvo.loaders.spi.Product;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * Completes a loader's science metadata into a publishable ObsCore row: the publisher DID,
 * access URL and format, product size, the archive paths and URLs (all from
 * {@link ArchiveLayout}) and the operator's {@link RecordOverrides}. Thread-safe.
 */
public final class ProductRecords {

    /** MIME type recorded for originals when the loader does not say. */
    static final String FITS_MIME = "application/fits";

    private final ArchiveLayout layout;
    private final RecordOverrides overrides;

    public ProductRecords(ArchiveLayout layout, RecordOverrides overrides) {
        this.layout = layout;
        this.overrides = overrides;
    }

    public ArchiveLayout layout() {
        return layout;
    }

    /** The collection a product is published in: the operator's override, else the loader's. */
    public String collectionOf(Product product) {
        return overrides.collection() != null ? overrides.collection() : product.collection();
    }

    /** The product's publisher DID. */
    public String didOf(Product product) {
        return layout.publisherDid(collectionOf(product), product.obsId());
    }

    /** Where the product's simplified FITS lives, relative to the data directory. */
    public String productPathOf(Product product) {
        return layout.productPath(collectionOf(product), product.obsId());
    }

    /**
     * Builds the row of a product.
     *
     * @param originalPath where the original is kept: relative to the data directory (copy) or absolute
     * @param productBytes size of the simplified FITS file
     * @param modified     value of record_modified
     * @throws IllegalArgumentException if the metadata breaks an ObsCore rule; the message names it
     */
    public ObsCoreRecord complete(Product product, String originalPath, long productBytes, Instant modified) {
        String collection = collectionOf(product);
        String did = layout.publisherDid(collection, product.obsId());
        ObsCoreRecord.Builder b = product.metadata();
        b.set(OBS_COLLECTION, collection)
            .set(OBS_ID, product.obsId())
            .set(OBS_PUBLISHER_DID, did)
            .set(ACCESS_URL, layout.accessUrl(did))
            .set(ACCESS_FORMAT, ArchiveLayout.DATALINK_MIME)
            .set(ACCESS_ESTSIZE, (productBytes + 1023) / 1024)
            .set(PRODUCT_PATH, layout.productPath(collection, product.obsId()))
            .set(ORIGINAL_PATH, originalPath)
            .set(ORIGINAL_HDU, product.origin())
            .set(FULL_DATA_URL, layout.originalUrl(did))
            .set(RECORD_MODIFIED, modified);
        if (b.get(FULL_DATA_FORMAT) == null) {
            b.set(FULL_DATA_FORMAT, FITS_MIME);
        }
        if (b.get(PUBLISHER_ID) == null) {
            b.set(PUBLISHER_ID, layout.authority());
        }
        if (overrides.releaseDate() != null) {
            b.set(OBS_RELEASE_DATE, overrides.releaseDate());
        }
        if (overrides.dataRights() != null) {
            b.set(DATA_RIGHTS, overrides.dataRights());
        }
        checkRegion((double[]) b.get(S_REGION));
        return b.build();
    }

    /** The database rejects polygons pgSphere cannot build; say why before it does. */
    private static void checkRegion(double[] lonLat) {
        if (lonLat == null) {
            return;
        }
        if (lonLat.length % 2 != 0 || lonLat.length < 6) {
            throw new IllegalArgumentException("s_region needs at least 3 (lon, lat) vertices, got "
                + lonLat.length + " numbers");
        }
        for (int i = 0; i < lonLat.length; i += 2) {
            if (!Double.isFinite(lonLat[i]) || !(lonLat[i + 1] >= -90 && lonLat[i + 1] <= 90)) {
                throw new IllegalArgumentException("s_region vertex " + (i / 2 + 1) + " is not a sky position");
            }
        }
    }
}
