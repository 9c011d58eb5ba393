package org.ozvo.sampledata.synth;

/**
 * A linear wavelength axis as FITS writes it: pixel {@code p} (1-based) has wavelength
 * {@code crval + (p − crpix) × cdelt} Ångström.
 *
 * @param crval  wavelength at the reference pixel, Å
 * @param crpix  reference pixel, 1-based
 * @param cdelt  step per pixel, Å
 * @param pixels number of pixels
 */
public record WavelengthGrid(double crval, double crpix, double cdelt, int pixels) {

    /** A grid with {@code pixels} pixels starting at {@code first} Å (CRPIX1 = 1). */
    public static WavelengthGrid startingAt(double first, double cdelt, int pixels) {
        return new WavelengthGrid(first, 1.0, cdelt, pixels);
    }

    /** Wavelength of the 0-based pixel index {@code i}. */
    public double at(int i) {
        return crval + (i + 1 - crpix) * cdelt;
    }

    public double first() {
        return at(0);
    }

    public double last() {
        return at(pixels - 1);
    }

    public double[] values() {
        double[] w = new double[pixels];
        for (int i = 0; i < pixels; i++) {
            w[i] = at(i);
        }
        return w;
    }
}
