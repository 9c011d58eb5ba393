package org.ozvo.loaders.model;

/** The velocity frame of the wavelengths (FITS {@code SPECSYS}). */
public enum SpectralFrame {
    /** As observed at the telescope; the AAO surveys' spectra (their redshifts are corrected instead). */
    TOPOCENT,
    /** Corrected to the Sun: SDSS spectra. */
    HELIOCEN
}
