package org.ozvo.sampledata.synth;

/**
 * A spectral feature to draw.
 *
 * @param rest          rest wavelength, Å (air)
 * @param restEw        rest-frame equivalent width, Å; positive = emission, negative = absorption
 * @param sigmaKms      intrinsic Gaussian velocity dispersion, km/s
 */
public record SpectralLine(double rest, double restEw, double sigmaKms) {
}
