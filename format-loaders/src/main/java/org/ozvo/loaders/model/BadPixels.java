package org.ozvo.loaders.model;

/**
 * The surveys' bad-pixel conventions, each turning marked pixels into NaN in place so that
 * {@link RawSpectrum#of} masks them. NaN itself (6dFGS, GAMA, OzDES) needs no call.
 */
public final class BadPixels {

    /** 2dFGRS marks bad pixels with this value in flux and variance. */
    public static final double TWODF_SENTINEL = -2.5e30;

    private BadPixels() {
    }

    /**
     * Masks pixels at or below half the sentinel (the value is stored as float32, so equality
     * would be fragile; no real flux is anywhere near -1e30).
     */
    public static void maskSentinel(double[] flux, double[] variance, double sentinel) {
        double threshold = sentinel / 2;
        for (int i = 0; i < flux.length; i++) {
            if (flux[i] <= threshold || (variance != null && variance[i] <= threshold)) {
                flux[i] = Double.NaN;
                if (variance != null) {
                    variance[i] = Double.NaN;
                }
            }
        }
    }

    /**
     * Masks pixels where flux and variance are both exactly zero: WiggleZ pads the ends, and
     * blanks bad pixels inside, that way. A real pixel never has zero variance.
     */
    public static void maskZeroPadding(double[] flux, double[] variance) {
        for (int i = 0; i < flux.length; i++) {
            if (flux[i] == 0 && (variance == null || variance[i] == 0)) {
                flux[i] = Double.NaN;
                if (variance != null) {
                    variance[i] = Double.NaN;
                }
            }
        }
    }

    /** Masks pixels whose entry in a BADPIX array is non-zero (OzDES, 2QZ, WiggleZ: 1 = bad). */
    public static void maskFlagged(double[] flux, double[] variance, double[] badpix) {
        if (badpix.length != flux.length) {
            throw new IllegalArgumentException("BADPIX has " + badpix.length + " pixels, the spectrum " + flux.length);
        }
        for (int i = 0; i < flux.length; i++) {
            if (badpix[i] != 0) {
                flux[i] = Double.NaN;
                if (variance != null) {
                    variance[i] = Double.NaN;
                }
            }
        }
    }
}
