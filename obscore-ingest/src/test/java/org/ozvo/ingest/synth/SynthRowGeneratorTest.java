package org.ozvo.ingest.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.obscore.ObsCoreRecord;

class SynthRowGeneratorTest {

    private final ArchiveLayout layout = new ArchiveLayout("ivo://test.ozvo.org", "http://h/vo", Path.of("/d"));

    @Test
    void rowsAreValidDeterministicAndAboutATenthImages() {
        SynthRowGenerator a = new SynthRowGenerator(layout, "synth", 7, Instant.EPOCH);
        SynthRowGenerator b = new SynthRowGenerator(layout, "synth", 7, Instant.EPOCH);
        int images = 0;
        int rows = 50_000;
        for (long i = 0; i < rows; i++) {
            ObsCoreRecord r = a.row(i);   // build() checked the ObsCore rules
            assertEquals(r, b.row(i));
            assertEquals(layout.publisherDid("synth", SynthRowGenerator.obsId(i)), r.publisherDid());
            assertEquals(layout.accessUrl(r.publisherDid()), r.getString(ObsCoreColumn.ACCESS_URL));
            assertEquals(null, r.get(ObsCoreColumn.PRODUCT_PATH));
            if ("image".equals(r.get(ObsCoreColumn.DATAPRODUCT_TYPE))) {
                images++;
                assertEquals(8, ((double[]) r.get(ObsCoreColumn.S_REGION)).length);
            } else {
                assertEquals(null, r.get(ObsCoreColumn.S_REGION), "spectra carry no region, as from the loaders");
            }
        }
        assertTrue(images > 0.06 * rows && images < 0.14 * rows, "images: " + images);
        assertEquals("S000000042", SynthRowGenerator.obsId(42));
    }

    @Test
    void rowsOfOnePointingLieWithinOneFieldOfViewAndPointingsDiffer() {
        SynthRowGenerator g = new SynthRowGenerator(layout, "synth", 7, Instant.EPOCH);
        int n = SynthRowGenerator.ROWS_PER_POINTING;
        for (long pointing = 0; pointing < 40; pointing++) {
            ObsCoreRecord first = g.row(pointing * n);
            double maxSeparation = 0;
            for (long i = pointing * n + 1; i < (pointing + 1) * n; i++) {
                maxSeparation = Math.max(maxSeparation, separation(first, g.row(i)));
            }
            // two points in a disc of radius 2.85 deg (6dF) are at most 5.7 deg apart
            assertTrue(maxSeparation <= 5.75, "pointing " + pointing + ": " + maxSeparation);
            assertTrue(separation(first, g.row((pointing + 1) * n)) > 0.01 || pointing == 39, "a new pointing moves");
        }
    }

    private static double separation(ObsCoreRecord a, ObsCoreRecord b) {
        double ra1 = Math.toRadians((Double) a.get(ObsCoreColumn.S_RA));
        double dec1 = Math.toRadians((Double) a.get(ObsCoreColumn.S_DEC));
        double ra2 = Math.toRadians((Double) b.get(ObsCoreColumn.S_RA));
        double dec2 = Math.toRadians((Double) b.get(ObsCoreColumn.S_DEC));
        double cos = Math.sin(dec1) * Math.sin(dec2) + Math.cos(dec1) * Math.cos(dec2) * Math.cos(ra1 - ra2);
        return Math.toDegrees(Math.acos(Math.min(1, cos)));
    }
}
