package org.ozvo.loaders.gama;

import java.util.Locale;
import java.util.Optional;
import org.ozvo.loaders.fits.FitsContent;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.fits.SpectralWcs;
import org.ozvo.loaders.model.BadPixels;
import org.ozvo.loaders.model.FluxUnit;
import org.ozvo.loaders.model.LinearAxis;
import org.ozvo.loaders.model.Medium;
import org.ozvo.loaders.model.RawSpectrum;
import org.ozvo.loaders.model.SpectralFrame;
import org.ozvo.loaders.model.TabulatedAxis;
import org.ozvo.loaders.spi.LoaderException;

/**
 * Reads the one spectrum of a GAMA release file, whatever survey took it. Flux units follow
 * specutils' GAMA readers: GAMA's own calibrated row in 1e-17 erg/s/cm2/A, the copies in counts
 * (they carry no BUNIT), SDSS in its own BUNIT.
 */
final class GamaReader {

    /** GAMA's calibrated spectrum, per the ROW1 comment {@code 10^-17 erg/s/cm^2/A}. */
    static final FluxUnit GAMA_UNIT = FluxUnit.parse("10^-17 erg/s/cm^2/A");

    /**
     * What was read.
     *
     * @param spectrum the flux and variance
     * @param part     which HDU/rows, for provenance
     * @param note     how bad pixels were found
     */
    record Read(RawSpectrum spectrum, String part, String note, String band) {

        Read(RawSpectrum spectrum, String part, String note) {
            this(spectrum, part, note, null);
        }
    }

    Read read(FitsContent file, GamaSource source) throws LoaderException {
        return switch (source) {
            case GAMA -> rows(file, new String[] {"Spectrum"}, new String[] {"Error"}, true, GAMA_UNIT, false);
            case TWODFGRS -> rows(file, new String[] {"SPECTRUM", "Spectrum"}, new String[] {"VARIANCE", "Variance"},
                false, FluxUnit.COUNT, true);
            case MGC -> rows(file, new String[] {"Spectrum"}, new String[] {"Sigma", "Error"}, true, FluxUnit.COUNT, true);
            case TWOQZ, TWOSLAQ_QSO -> split(file);
            case LT -> liverpool(file);
            case SDSS -> sdss(file);
            case WIGGLEZ -> wigglez(file);
            case SIXDFGS -> sixdfgsSplit(file);
        };
    }

    /**
     * WiggleZ: 1-D flux, VARIANCE image (and an unnamed catalogue table, ignored); bad pixels
     * and both ends are zero in flux and variance. No BUNIT: counts, as specutils' GAMA-WiggleZ.
     */
    private static Read wigglez(FitsContent file) throws LoaderException {
        double[] flux = file.vector(0);
        int varHdu = file.indexOf("VARIANCE")
            .orElseThrow(() -> new LoaderException(file.fileName() + ": no VARIANCE extension"));
        double[] var = file.vector(varHdu);
        if (var.length != flux.length) {
            throw new LoaderException(file.where(varHdu) + ": " + var.length + " pixels, the flux has " + flux.length);
        }
        BadPixels.maskZeroPadding(flux, var);
        LinearAxis axis = SpectralWcs.linear(file.keywords(0), flux.length, Medium.AIR);
        return new Read(RawSpectrum.of(axis, flux, var, FluxUnit.COUNT), "HDU 0 and " + file.describe(varHdu),
            "Bad pixels and padded ends (zero flux and variance) set to NaN.");
    }

    /** 6dFGS split: rows flux, variance, sky (and wavelength for VR); counts per Angstrom, NaN = bad. */
    private static Read sixdfgsSplit(FitsContent file) throws LoaderException {
        Keywords k = file.keywords(0);
        double[][] rows = file.matrix(0);
        if (rows.length < 2) {
            throw new LoaderException(file.where(0) + ": expected flux and variance rows, found " + rows.length);
        }
        String ext = file.extName(0).toUpperCase(Locale.ROOT);
        String band = ext.startsWith("SPECTRUM ") ? ext.substring(9).trim() : rows.length == 4 ? "VR"
            : k.has("OBSID_R") && !k.has("OBSID_V") ? "R" : "V";
        LinearAxis axis = SpectralWcs.linear(k, rows[0].length, Medium.AIR);
        return new Read(RawSpectrum.of(axis, rows[0], rows[1], FluxUnit.COUNT_PER_ANGSTROM), file.describe(0) + " rows 1,2",
            "Bad pixels are NaN in the 6dFGS file and stay NaN.", band);
    }

    /** A primary image whose rows are named by ROWn keywords (GAMA, MGC, 2dFGRS copies). */
    private static Read rows(FitsContent file, String[] fluxNames, String[] errorNames, boolean errorIsSigma,
                             FluxUnit unit, boolean twodfSentinel) throws LoaderException {
        Keywords k = file.keywords(0);
        double[][] data = file.matrix(0);
        int fluxRow = row(k, fluxNames).orElse(0);
        int errRow = row(k, errorNames).orElse(1);
        if (data.length <= Math.max(fluxRow, errRow)) {
            throw new LoaderException(file.where(0) + ": expected flux and error rows, found " + data.length + " row(s)");
        }
        double[] flux = data[fluxRow];
        double[] var = data[errRow];
        if (twodfSentinel) {
            BadPixels.maskSentinel(flux, var, BadPixels.TWODF_SENTINEL);
        }
        if (errorIsSigma) {
            square(var);
        }
        LinearAxis axis = SpectralWcs.linear(k, flux.length, Medium.AIR);
        return new Read(RawSpectrum.of(axis, flux, var, unit), file.describe(0) + " rows " + (fluxRow + 1) + ","
            + (errRow + 1), twodfSentinel ? "Bad pixels (NaN, or 2dF sentinel -2.5e30) set to NaN."
                : "Bad pixels are NaN in the GAMA file and stay NaN.");
    }

    /** Flux in the primary, VARIANCE (and for 2QZ BADPIX) as image extensions. */
    private static Read split(FitsContent file) throws LoaderException {
        double[] flux = file.vector(0);
        int varHdu = file.indexOf("VARIANCE")
            .orElseThrow(() -> new LoaderException(file.fileName() + ": no VARIANCE extension"));
        double[] var = file.vector(varHdu);
        Optional<Integer> badHdu = file.indexOf("BADPIX");
        if (badHdu.isPresent()) {
            BadPixels.maskFlagged(flux, var, file.vector(badHdu.get()));
        }
        LinearAxis axis = SpectralWcs.linear(file.keywords(0), flux.length, Medium.AIR);
        return new Read(RawSpectrum.of(axis, flux, var, FluxUnit.COUNT), "HDU 0 and " + file.describe(varHdu),
            badHdu.isPresent() ? "Pixels flagged in BADPIX, or NaN, set to NaN." : "Bad pixels are NaN and stay NaN.");
    }

    /** Liverpool Telescope FRODOSpec: 1-D flux, WCS keywords without the axis digit, no errors. */
    private static Read liverpool(FitsContent file) throws LoaderException {
        double[] flux = file.vector(0);
        Keywords k = file.keywords(0);
        LinearAxis axis = k.has("CRVAL1") ? SpectralWcs.linear(k, flux.length, Medium.AIR)
            : SpectralWcs.linearWithoutDigit(k, flux.length, Medium.AIR);
        return new Read(RawSpectrum.of(axis, flux, null, FluxUnit.COUNT), "HDU 0", "Bad pixels are NaN and stay NaN.");
    }

    /**
     * SDSS-I/II spSpec: rows flux, continuum-subtracted flux, sigma, mask, ...; a log10
     * wavelength axis ({@code CRVAL1} = log10 of the first wavelength, {@code CD1_1} the step);
     * vacuum wavelengths, heliocentric. A pixel is bad where sigma is not positive (SDSS's
     * convention: the mask row also flags harmless conditions).
     */
    private static Read sdss(FitsContent file) throws LoaderException {
        Keywords k = file.keywords(0);
        double[][] data = file.matrix(0);
        if (data.length < 3) {
            throw new LoaderException(file.where(0) + ": an SDSS spSpec image has at least 3 rows, found " + data.length);
        }
        double[] flux = data[0];
        double[] var = data[2];
        for (int i = 0; i < var.length; i++) {
            var[i] = var[i] > 0 ? var[i] * var[i] : Double.NaN;
        }
        double crval = k.requireNumber("CRVAL1");
        double crpix = k.number("CRPIX1").orElse(1.0);
        double step = k.firstNumber("CD1_1", "CDELT1").orElseThrow(() -> k.missing("CD1_1"));
        if (crval > 10 || !(step > 0)) {
            throw new LoaderException(file.where(0) + ": CRVAL1/CD1_1 are not a log10 wavelength grid");
        }
        double[] wave = new double[flux.length];
        for (int i = 0; i < wave.length; i++) {
            wave[i] = Math.pow(10, crval + (i + 1 - crpix) * step);
        }
        FluxUnit unit = k.string("BUNIT").map(GamaReader::sdssUnit).orElse(FluxUnit.parse("1e-17 erg/(s cm2 A)"));
        RawSpectrum s = RawSpectrum.of(new TabulatedAxis(wave, Medium.VACUUM), flux, var, unit)
            .inFrame(SpectralFrame.HELIOCEN);
        return new Read(s, "HDU 0 rows 1,3", "Pixels with non-positive sigma set to NaN (SDSS convention).");
    }

    private static FluxUnit sdssUnit(String bunit) {
        return FluxUnit.parse(bunit);
    }

    private static Optional<Integer> row(Keywords k, String[] names) {
        for (int r = 1; r <= 9; r++) {
            Optional<String> v = k.firstString("ROW" + r, "ARRAY" + r);
            if (v.isPresent()) {
                for (String n : names) {
                    if (v.get().toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))) {
                        return Optional.of(r - 1);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static void square(double[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i] * a[i];
        }
    }
}
