package org.ozvo.loaders.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RawSpectrumTest {

    private static final LinearAxis AXIS = new LinearAxis(4000, 2, 8, Medium.AIR);

    @Test
    void invalidFluxOrVarianceMasksThePixelInBoth() {
        double[] flux = {1, 2, Double.NaN, 4, 5, 6, 7, Double.POSITIVE_INFINITY};
        double[] var = {1, -1, 1, Double.NaN, 1, 1, 1, 1};
        RawSpectrum s = RawSpectrum.of(AXIS, flux, var, FluxUnit.COUNT);
        boolean[] masked = new boolean[8];
        for (int i = 0; i < 8; i++) {
            masked[i] = s.isMasked(i);
            assertEquals(masked[i], Double.isNaN(s.variance()[i]), "pixel " + i);
        }
        assertArrayEquals(new boolean[] {false, true, true, true, false, false, false, true}, masked);
        assertEquals(4, s.validCount());
    }

    @Test
    void trimmingDropsOnlyMaskedEnds() {
        double[] flux = {Double.NaN, Double.NaN, 3, Double.NaN, 5, 6, Double.NaN, Double.NaN};
        RawSpectrum t = RawSpectrum.of(AXIS, flux, null, FluxUnit.COUNT).trimmed();
        assertEquals(4, t.length());
        assertEquals(4004.0, t.axis().wavelength(0));
        assertTrue(t.isMasked(1), "interior masked pixels stay");
        assertThrows(IllegalStateException.class,
            () -> RawSpectrum.of(AXIS, new double[8], new double[] {-1, -1, -1, -1, -1, -1, -1, -1}, FluxUnit.COUNT)
                .trimmed());
    }

    @Test
    void conventionsMaskTheSurveysMarkers() {
        double[] flux = {0, 1, -2.5e30, 3, 0, 5, 6, 0};
        double[] var = {0, 1, -2.5e30, 1, 1, 1, 1, 0};
        BadPixels.maskSentinel(flux, var, BadPixels.TWODF_SENTINEL);
        BadPixels.maskZeroPadding(flux, var);
        BadPixels.maskFlagged(flux, var, new double[] {0, 0, 0, 0, 0, 1, 0, 0});
        RawSpectrum s = RawSpectrum.of(AXIS, flux, var, FluxUnit.COUNT);
        // zero flux with non-zero variance (pixel 4) is a real measurement
        boolean[] expected = {true, false, true, false, false, true, false, true};
        for (int i = 0; i < 8; i++) {
            assertEquals(expected[i], s.isMasked(i), "pixel " + i);
        }
    }

    @Test
    void medianSnrUsesUnmaskedPixels() {
        double[] flux = {10, 20, Double.NaN, 40, 50, 60, 70, 80};
        double[] var = {100, 100, 100, 100, 100, 100, 100, 100};
        assertEquals(5.0, RawSpectrum.of(AXIS, flux, var, FluxUnit.COUNT).medianSnr(), 1e-12);
    }

    @Test
    void resamplingALogGridIsExactForALinearFlux() {
        int n = 50;
        double[] w = new double[n];
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.pow(10, 3.58 + 1e-4 * i);
            f[i] = 3 * w[i] - 100; // linear in wavelength: interpolation must reproduce it
        }
        f[20] = Double.NaN;
        RawSpectrum in = RawSpectrum.of(new TabulatedAxis(w, Medium.VACUUM), f, null, FluxUnit.COUNT);
        RawSpectrum out = Resampler.toLinear(in);
        LinearAxis a = (LinearAxis) out.axis();
        assertEquals(w[0], a.start(), 1e-9);
        assertEquals(w[n - 1], a.wavelength(n - 1), 1e-6);
        for (int i = 0; i < n; i++) {
            double x = a.wavelength(i);
            boolean nearBad = x > w[19] && x < w[21];
            assertEquals(nearBad, out.isMasked(i), "pixel " + i);
            if (!nearBad) {
                assertEquals(3 * x - 100, out.flux()[i], 1e-6);
            }
        }
    }

    @Test
    void aTabulatedAxisThatIsLinearBecomesOne() {
        double[] w = {4000, 4001.5, 4003, 4004.5};
        assertTrue(new TabulatedAxis(w, Medium.AIR).simplified(1e-3).isLinear());
        double[] log = {4000, 4001, 4003, 4006};
        assertTrue(!new TabulatedAxis(log, Medium.AIR).simplified(1e-3).isLinear());
        assertThrows(IllegalArgumentException.class, () -> new TabulatedAxis(new double[] {2, 1}, Medium.AIR));
    }

    @Test
    void selectionGivesTheSameMedianAsASort() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(round < 250 ? 40 : 6000);
            double[] a = new double[n];
            for (int i = 0; i < n; i++) {
                // many ties in some rounds
                a[i] = round % 3 == 0 ? random.nextInt(5) : random.nextGaussian();
            }
            double[] sorted = a.clone();
            java.util.Arrays.sort(sorted);
            for (int k : new int[] {0, n / 2, n - 1}) {
                double[] work = a.clone();
                assertEquals(sorted[k], RawSpectrum.select(work, n, k), 0.0, "n=" + n + " k=" + k);
                for (int i = 0; i < k; i++) {
                    assertTrue(work[i] <= work[k]);
                }
            }
        }
    }
}
