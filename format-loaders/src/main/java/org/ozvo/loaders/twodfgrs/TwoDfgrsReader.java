package org.ozvo.loaders.twodfgrs;

import java.util.ArrayList;
import java.util.List;
import org.ozvo.loaders.fits.FitsContent;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.fits.SpectralWcs;
import org.ozvo.loaders.model.BadPixels;
import org.ozvo.loaders.model.FluxUnit;
import org.ozvo.loaders.model.LinearAxis;
import org.ozvo.loaders.model.Medium;
import org.ozvo.loaders.model.RawSpectrum;
import org.ozvo.loaders.spi.LoaderException;

/**
 * Reads every {@code SPECTRUM} extension of a 2dFGRS file. A file with only the primary
 * stamp (many objects were never observed) yields no observations, which is not an error.
 */
final class TwoDfgrsReader {

    /**
     * 2dFGRS spectra are uncalibrated counts without BUNIT; specutils' reader labels them
     * count/s and so do Data Central's clients, so we do too.
     */
    static final FluxUnit UNIT = FluxUnit.COUNT_PER_SECOND;

    List<TwoDfgrsObservation> read(FitsContent file) throws LoaderException {
        if (!TwoDfgrsLayout.isPrimary(file.keywords(0))) {
            throw new LoaderException(file.fileName() + " is not a 2dFGRS file: primary IMAGE is not SKYCHART or SPECTRUM");
        }
        Keywords primary = file.keywords(0);
        List<TwoDfgrsObservation> out = new ArrayList<>();
        for (int i = 1; i < file.size(); i++) {
            if (!file.extName(i).equalsIgnoreCase("SPECTRUM")) {
                throw new LoaderException(file.where(i) + ": unexpected extension in a 2dFGRS file (only SPECTRUM)");
            }
            out.add(new TwoDfgrsObservation(i, primary, file.keywords(i), spectrum(file, i)));
        }
        return out;
    }

    private static RawSpectrum spectrum(FitsContent file, int i) throws LoaderException {
        double[][] rows = file.matrix(i);
        if (rows.length < 2) {
            throw new LoaderException(file.where(i) + ": expected flux and variance rows, found " + rows.length + " row(s)");
        }
        double[] flux = rows[0];
        double[] variance = rows[1];
        BadPixels.maskSentinel(flux, variance, BadPixels.TWODF_SENTINEL);
        LinearAxis axis = SpectralWcs.linear(file.keywords(i), flux.length, Medium.AIR);
        return RawSpectrum.of(axis, flux, variance, UNIT);
    }
}
