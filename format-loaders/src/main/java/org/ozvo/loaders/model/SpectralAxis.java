package org.ozvo.loaders.model;

/**
 * The wavelength of every pixel of a spectrum, in Angstrom. Immutable.
 */
public sealed interface SpectralAxis permits LinearAxis, TabulatedAxis {

    /** Number of pixels. */
    int length();

    /** Wavelength of pixel {@code i} (0-based), Angstrom. */
    double wavelength(int i);

    Medium medium();

    /** The pixels {@code from} (inclusive) to {@code to} (exclusive). */
    SpectralAxis slice(int from, int to);

    /** True when the step between pixels is constant, so a linear FITS WCS describes it. */
    default boolean isLinear() {
        return this instanceof LinearAxis;
    }
}
