package org.ozvo.loaders.model;

import java.util.Arrays;

/**
 * A wavelength axis given pixel by pixel (a table column, or a log-linear grid), strictly
 * increasing. The simplified writer resamples such spectra onto a linear grid.
 */
public final class TabulatedAxis implements SpectralAxis {

    private final double[] wavelengths;
    private final Medium medium;

    /**
     * @param wavelengths Angstrom, strictly increasing and finite; copied
     * @throws IllegalArgumentException otherwise
     */
    public TabulatedAxis(double[] wavelengths, Medium medium) {
        if (wavelengths.length < 1) {
            throw new IllegalArgumentException("a wavelength axis needs at least one pixel");
        }
        for (int i = 0; i < wavelengths.length; i++) {
            if (!Double.isFinite(wavelengths[i]) || (i > 0 && !(wavelengths[i] > wavelengths[i - 1]))) {
                throw new IllegalArgumentException("wavelengths must be finite and strictly increasing (pixel " + i + ")");
            }
        }
        this.wavelengths = wavelengths.clone();
        this.medium = medium;
    }

    /**
     * This axis as a {@link LinearAxis} when every pixel lies within {@code tolerance} times
     * the mean step of a straight line through the first and last pixel; otherwise itself.
     */
    public SpectralAxis simplified(double tolerance) {
        int n = wavelengths.length;
        if (n < 2) {
            return this;
        }
        double step = (wavelengths[n - 1] - wavelengths[0]) / (n - 1);
        for (int i = 0; i < n; i++) {
            if (Math.abs(wavelengths[i] - (wavelengths[0] + i * step)) > tolerance * step) {
                return this;
            }
        }
        return new LinearAxis(wavelengths[0], step, n, medium);
    }

    @Override
    public int length() {
        return wavelengths.length;
    }

    @Override
    public double wavelength(int i) {
        return wavelengths[i];
    }

    @Override
    public Medium medium() {
        return medium;
    }

    @Override
    public TabulatedAxis slice(int from, int to) {
        return new TabulatedAxis(Arrays.copyOfRange(wavelengths, from, to), medium);
    }
}
