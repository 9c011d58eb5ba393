package org.ozvo.loaders.model;

/**
 * A wavelength axis with a constant step: pixel {@code i} (0-based) is at
 * {@code start + i * step} Angstrom.
 *
 * @param start  wavelength of the first pixel, Angstrom
 * @param step   increment per pixel, Angstrom (positive)
 * @param length number of pixels
 * @param medium air or vacuum
 */
public record LinearAxis(double start, double step, int length, Medium medium) implements SpectralAxis {

    public LinearAxis {
        if (!(step > 0) || !Double.isFinite(start) || !Double.isFinite(step)) {
            throw new IllegalArgumentException("a wavelength axis needs a finite start and a positive step, not "
                + start + " + i * " + step);
        }
        if (length < 1) {
            throw new IllegalArgumentException("a wavelength axis needs at least one pixel");
        }
    }

    /**
     * The axis described by a FITS-style linear WCS.
     *
     * @param crval wavelength at the reference pixel
     * @param crpix reference pixel, 1-based as in FITS
     * @param cdelt increment per pixel
     */
    public static LinearAxis fromWcs(double crval, double crpix, double cdelt, int length, Medium medium) {
        return new LinearAxis(crval + (1 - crpix) * cdelt, cdelt, length, medium);
    }

    @Override
    public double wavelength(int i) {
        return start + i * step;
    }

    @Override
    public LinearAxis slice(int from, int to) {
        return new LinearAxis(wavelength(from), step, to - from, medium);
    }
}
