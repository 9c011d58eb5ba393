package org.ozvo.ingest.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ozvo.loaders.spi.Product;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.obscore.ObsCoreRecord;

class ProductRecordsTest {

    private final ArchiveLayout layout = new ArchiveLayout("ivo://test.ozvo.org", "http://h/vo", Path.of("/data"));

    private static Product product(double[] region) {
        return new Product() {
            public String collection() {
                return "ozdes_dr2";
            }

            public String obsId() {
                return "X 1";
            }

            public String origin() {
                return "HDU 3";
            }

            public ObsCoreRecord.Builder metadata() {
                return ObsCoreRecord.builder().set(ObsCoreColumn.CALIB_LEVEL, 2).set(ObsCoreColumn.DATA_RIGHTS, "public")
                    .set(ObsCoreColumn.S_REGION, region);
            }

            public void writeFits(OutputStream out) {
            }
        };
    }

    @Test
    void fillsIdentifiersUrlsPathsAndSizesFromTheLayout() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        ObsCoreRecord r = new ProductRecords(layout, RecordOverrides.NONE)
            .complete(product(null), "originals/ozdes_dr2/f.fits", 2049, now);
        String did = layout.publisherDid("ozdes_dr2", "X 1");
        assertEquals(did, r.publisherDid());
        assertEquals("ozdes_dr2", r.getString(ObsCoreColumn.OBS_COLLECTION));
        assertEquals(layout.accessUrl(did), r.getString(ObsCoreColumn.ACCESS_URL));
        assertEquals(ArchiveLayout.DATALINK_MIME, r.getString(ObsCoreColumn.ACCESS_FORMAT));
        assertEquals(3L, r.get(ObsCoreColumn.ACCESS_ESTSIZE), "kB, rounded up");
        assertEquals(layout.productPath("ozdes_dr2", "X 1"), r.getString(ObsCoreColumn.PRODUCT_PATH));
        assertEquals("originals/ozdes_dr2/f.fits", r.getString(ObsCoreColumn.ORIGINAL_PATH));
        assertEquals("HDU 3", r.getString(ObsCoreColumn.ORIGINAL_HDU));
        assertEquals(layout.originalUrl(did), r.getString(ObsCoreColumn.FULL_DATA_URL));
        assertEquals("public", r.getString(ObsCoreColumn.DATA_RIGHTS));
        assertEquals(now, r.get(ObsCoreColumn.RECORD_MODIFIED));
    }

    @Test
    void operatorValuesWin() {
        Instant release = Instant.parse("2031-01-01T00:00:00Z");
        ObsCoreRecord r = new ProductRecords(layout, new RecordOverrides("ozdes_dr3", release, "proprietary"))
            .complete(product(null), "/src/f.fits", 10, Instant.now());
        assertEquals("ozdes_dr3", r.getString(ObsCoreColumn.OBS_COLLECTION));
        assertTrue(r.publisherDid().contains("ozdes_dr3/"));
        assertEquals(release, r.get(ObsCoreColumn.OBS_RELEASE_DATE));
        assertEquals("proprietary", r.getString(ObsCoreColumn.DATA_RIGHTS));
    }

    @Test
    void aRegionPgSphereCannotBuildIsRefusedWithAReason() {
        ProductRecords records = new ProductRecords(layout, RecordOverrides.NONE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> records.complete(product(new double[] {1, 2, 3, 4}), "/f", 1, Instant.now()));
        assertTrue(e.getMessage().contains("at least 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> records.complete(product(new double[] {1, 2, 3, 4, 5, 95}), "/f", 1, Instant.now()));
    }
}
