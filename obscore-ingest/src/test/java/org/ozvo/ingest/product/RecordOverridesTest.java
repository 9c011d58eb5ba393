package org.ozvo.ingest.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordOverridesTest {

    @Test
    void datesInTheThreeAcceptedForms() {
        assertEquals(Instant.parse("2025-07-01T00:00:00Z"), RecordOverrides.parseDate("2025-07-01"));
        assertEquals(Instant.parse("2025-07-01T12:30:00Z"), RecordOverrides.parseDate("2025-07-01T12:30:00"));
        assertEquals(Instant.parse("2025-07-01T02:30:00Z"), RecordOverrides.parseDate("2025-07-01T12:30:00+10:00"));
        assertThrows(IllegalArgumentException.class, () -> RecordOverrides.parseDate("01/07/2025"));
    }

    @Test
    void collectionNamesFollowTheConventionAndRightsAreObsCoreValues() {
        new RecordOverrides("ozdes_dr2", null, "Public");
        new RecordOverrides("2dfgrs_fdr", null, null);
        assertThrows(IllegalArgumentException.class, () -> new RecordOverrides("OzDES DR2", null, null));
        assertThrows(IllegalArgumentException.class, () -> new RecordOverrides("_x", null, null));
        assertThrows(IllegalArgumentException.class, () -> new RecordOverrides(null, null, "open"));
        assertEquals("public", new RecordOverrides(null, null, "PUBLIC").dataRights());
    }

    @Test
    void theFingerprintChangesWithEveryValue() {
        RecordOverrides a = new RecordOverrides("c", Instant.EPOCH, "public");
        assertEquals(a.fingerprint(), new RecordOverrides("c", Instant.EPOCH, "public").fingerprint());
        assertNotEquals(a.fingerprint(), new RecordOverrides("d", Instant.EPOCH, "public").fingerprint());
        assertNotEquals(a.fingerprint(), new RecordOverrides("c", null, "public").fingerprint());
        assertNotEquals(a.fingerprint(), new RecordOverrides("c", Instant.EPOCH, "secure").fingerprint());
    }
}
