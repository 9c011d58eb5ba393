package org.ozvo.sampledata;

/**
 * What astropy specutils' own survey reader makes of a file, used by the oracle test and
 * recorded in the manifest so anyone can repeat the check. specutils may return more
 * spectra than we count as products (GAMA's sky and uncalibrated rows, 2dFGRS-in-GAMA's
 * sky row) and none of the 6dFGS thumbnails.
 *
 * @param format          registered specutils format name (e.g. {@code 2dFGRS},
 *                        {@code 6dFGS-combined}, {@code GAMA-2QZ}, {@code OzDES}), or null when
 *                        no survey reader may claim the file
 * @param spectra         number of spectra specutils returns
 * @param firstWavelength smallest first-pixel wavelength over those spectra, Å (NaN if none)
 * @param lastWavelength  largest last-pixel wavelength, Å (NaN if none)
 * @param tolerance       allowed difference of those wavelengths, Å
 * @param fails           true when the read must raise an error: broken files, and
 *                        real-world variants specutils cannot read (e.g. OzDES without BUNIT)
 */
public record ReferenceReading(String format, int spectra, double firstWavelength, double lastWavelength,
                               double tolerance, boolean fails) {

    /** specutils reads {@code spectra} spectra covering [first, last] Å (within half an Å). */
    public static ReferenceReading reads(String format, int spectra, double first, double last) {
        return new ReferenceReading(format, spectra, first, last, 0.5, false);
    }

    /** As {@link #reads} with a custom tolerance (SDSS: specutils shifts its log axis by a pixel). */
    public static ReferenceReading reads(String format, int spectra, double first, double last, double tolerance) {
        return new ReferenceReading(format, spectra, first, last, tolerance, false);
    }

    /** specutils must fail to read the file with this format. */
    public static ReferenceReading fails(String format) {
        return new ReferenceReading(format, 0, Double.NaN, Double.NaN, 0, true);
    }

    /** No survey reader of specutils may identify the file as its own. */
    public static ReferenceReading unclaimed() {
        return new ReferenceReading(null, 0, Double.NaN, Double.NaN, 0, true);
    }
}
