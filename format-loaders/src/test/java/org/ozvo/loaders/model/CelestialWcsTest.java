package org.ozvo.loaders.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CelestialWcsTest {

    @Test
    void referencePixelMapsToReferenceValue() {
        for (String proj : new String[] {"TAN", "SIN"}) {
            CelestialWcs w = CelestialWcs.fromCdelt(proj, 359.98, -39.47, 23, 23, -2.78e-4, 2.78e-4, 0.0115);
            double[] p = w.pixelToSky(23, 23);
            assertEquals(359.98, p[0], 1e-12);
            assertEquals(-39.47, p[1], 1e-12);
        }
    }

    @Test
    void eastIsToTheLeftWithNegativeCdelt1() {
        CelestialWcs w = CelestialWcs.fromCdelt("TAN", 10, 0, 50, 50, -1e-3, 1e-3, 0);
        assertTrue(w.pixelToSky(40, 50)[0] > 10, "lower x is east (larger RA)");
        assertTrue(w.pixelToSky(50, 60)[1] > 0, "higher y is north");
    }

    @Test
    void footprintIsCounterClockwiseSeenFromInsideAndWrapsRa() {
        // straddles RA 0: corners on both sides of 360/0
        CelestialWcs w = CelestialWcs.fromCdelt("TAN", 0.001, -39.47, 45, 45, -1.86e-4, 1.86e-4, 0);
        double[] poly = w.footprint(89, 89);
        assertEquals(8, poly.length);
        double[][] v = new double[4][];
        for (int i = 0; i < 4; i++) {
            v[i] = new double[] {poly[2 * i], poly[2 * i + 1]};
            assertTrue(v[i][0] >= 0 && v[i][0] < 360);
        }
        assertTrue(SkyPolygons.signedArea(v) < 0, "DALI polygons wind counter-clockwise seen from the origin");
        // also with a flipped axis (positive CDELT1) the winding is corrected
        double[] flipped = CelestialWcs.fromCdelt("TAN", 100, 20, 45, 45, 1.86e-4, 1.86e-4, 0).footprint(89, 89);
        double[][] f = {{flipped[0], flipped[1]}, {flipped[2], flipped[3]}, {flipped[4], flipped[5]},
            {flipped[6], flipped[7]}};
        assertTrue(SkyPolygons.signedArea(f) < 0);
    }
}
