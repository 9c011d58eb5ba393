package org.ozvo.loaders.sixdfgs;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.TableHDU;
import org.ozvo.loaders.fits.FitsContent;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.fits.SpectralWcs;
import org.ozvo.loaders.model.FluxUnit;
import org.ozvo.loaders.model.LinearAxis;
import org.ozvo.loaders.model.Medium;
import org.ozvo.loaders.model.RawSpectrum;
import org.ozvo.loaders.model.TabulatedAxis;
import org.ozvo.loaders.spi.LoaderException;

/** Reads 6dFGS spectra in any of the three packagings. */
final class SixDfgsReader {

    /** Index of the first spectrum HDU in a combined file (after five thumbnails). */
    static final int FIRST_SPECTRUM_HDU = 5;

    /**
     * The image variants hold counts per wavelength bin without BUNIT; specutils' 6dFGS
     * readers call that count/Angstrom, and so do we.
     */
    static final FluxUnit IMAGE_UNIT = FluxUnit.COUNT_PER_ANGSTROM;

    /** All observations of a combined file, in file order. */
    List<SixDfgsObservation> readCombined(FitsContent file) throws LoaderException {
        int spectra = file.size() - FIRST_SPECTRUM_HDU;
        if (spectra <= 0 || spectra % 3 != 0) {
            throw new LoaderException(file.fileName() + ": a combined 6dFGS file has 5 thumbnails and then V, R, VR"
                + " spectra in threes; this one has " + file.size() + " HDUs (truncated or incomplete)");
        }
        List<SixDfgsObservation> out = new ArrayList<>();
        for (int first = FIRST_SPECTRUM_HDU, n = 1; first < file.size(); first += 3, n++) {
            out.add(new SixDfgsObservation(n, arm(file, first, SixDfgsBand.V), arm(file, first + 1, SixDfgsBand.R),
                arm(file, first + 2, SixDfgsBand.VR)));
        }
        return out;
    }

    /** The single spectrum of a split file. */
    SixDfgsArm readSplit(FitsContent file) throws LoaderException {
        Keywords k = file.keywords(0);
        Optional<SixDfgsBand> named = SixDfgsBand.ofExtName(file.extName(0));
        SixDfgsBand band;
        if (named.isPresent()) {
            band = named.get();
        } else if (k.integer("NAXIS2").orElse(0) == 4) {
            band = SixDfgsBand.VR; // only VR carries the fourth (wavelength) row
        } else if (k.has("OBSID_V") || k.has("MJDOBS_V")) {
            band = SixDfgsBand.V;
        } else if (k.has("OBSID_R") || k.has("MJDOBS_R")) {
            band = SixDfgsBand.R;
        } else {
            throw new LoaderException(file.where(0) + ": cannot tell whether this split 6dFGS spectrum is V, R or VR");
        }
        return read(file, 0, band);
    }

    /**
     * The spectrum of a tabular file: WAVE and FLUX columns, no variance. The wavelengths are
     * the VR grid written out, so they are turned back into a linear axis when they are one.
     */
    RawSpectrum readTabular(FitsContent file) throws LoaderException {
        BasicHDU<?> hdu = file.hdu(1);
        if (!(hdu instanceof TableHDU<?> table)) {
            throw new LoaderException(file.where(1) + ": expected a table of WAVE and FLUX");
        }
        int waveCol = table.findColumn("WAVE");
        int fluxCol = table.findColumn("FLUX");
        if (waveCol < 0 || fluxCol < 0) {
            throw new LoaderException(file.where(1) + ": the table needs WAVE and FLUX columns");
        }
        try {
            double[] wave = doubles(table.getColumn(waveCol));
            double[] flux = doubles(table.getColumn(fluxCol));
            Keywords tk = file.keywords(1);
            double toAngstrom = SpectralWcs.angstromsPer(tk.string("TUNIT" + (waveCol + 1)).orElse("Angstrom"),
                file.where(1));
            for (int i = 0; i < wave.length; i++) {
                wave[i] *= toAngstrom;
            }
            FluxUnit unit = tk.string("TUNIT" + (fluxCol + 1)).map(FluxUnit::parse).orElse(FluxUnit.COUNT_PER_SECOND);
            return RawSpectrum.of(new TabulatedAxis(wave, Medium.AIR).simplified(1e-3), flux, null, unit);
        } catch (LoaderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new LoaderException(file.where(1) + ": unreadable WAVE/FLUX table: " + e.getMessage(), e);
        }
    }

    private static SixDfgsArm arm(FitsContent file, int hdu, SixDfgsBand expected) throws LoaderException {
        Optional<SixDfgsBand> found = SixDfgsBand.ofExtName(file.extName(hdu));
        if (found.isEmpty() || found.get() != expected) {
            throw new LoaderException(file.where(hdu) + ": expected " + expected.extName()
                + " (6dFGS spectra come as V, R, VR)");
        }
        return read(file, hdu, expected);
    }

    private static SixDfgsArm read(FitsContent file, int hdu, SixDfgsBand band) throws LoaderException {
        Keywords k = file.keywords(hdu);
        double[][] rows = file.matrix(hdu);
        if (rows.length < 2) {
            throw new LoaderException(file.where(hdu) + ": expected flux and variance rows, found " + rows.length);
        }
        // VR repeats its wavelengths in row 4; they agree with the WCS to 1e-3 Angstrom and
        // specutils uses the WCS, so we do too.
        LinearAxis axis = SpectralWcs.linear(k, rows[0].length, Medium.AIR);
        return new SixDfgsArm(hdu, band, k, RawSpectrum.of(axis, rows[0], rows[1], IMAGE_UNIT));
    }

    private static double[] doubles(Object column) {
        int n = Array.getLength(column);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = Array.getDouble(column, i);
        }
        return out;
    }
}
