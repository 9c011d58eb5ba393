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
        for (long i = 0; i < 5000; i++) {
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
        assertTrue(images > 350 && images < 650, "images: " + images);
        assertEquals("S000000042", SynthRowGenerator.obsId(42));
    }
}
