package org.ozvo.loaders.ozdes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ozvo.loaders.fits.FitsContent;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.fits.SpectralWcs;
import org.ozvo.loaders.model.BadPixels;
import org.ozvo.loaders.model.FluxUnit;
import org.ozvo.loaders.model.LinearAxis;
import org.ozvo.loaders.model.Medium;
import org.ozvo.loaders.model.RawSpectrum;
import org.ozvo.loaders.spi.LoaderException;

/** Reads the coadd and the exposures of an OzDES DR2 file, applying NaN and BADPIX masks. */
final class OzdesReader {

    private static final String SPECTRUM = "SPECTRUM_";

    OzdesFile read(FitsContent file) throws LoaderException {
        if (file.size() < 3 || (file.size() - 3) % 3 != 0) {
            throw new LoaderException(file.fileName() + ": an OzDES file has a coadd triplet and one triplet per"
                + " exposure; this one has " + file.size() + " HDUs (truncated or incomplete)");
        }
        expect(file, 1, "VARIANCE");
        expect(file, 2, "BADPIX");
        RawSpectrum coadd = triplet(file, 0);
        List<OzdesExposure> exposures = new ArrayList<>();
        for (int i = 3; i < file.size(); i += 3) {
            String name = file.extName(i).toUpperCase(Locale.ROOT);
            if (!name.startsWith(SPECTRUM)) {
                throw new LoaderException(file.where(i) + ": expected SPECTRUM_<mjd>");
            }
            String tag = file.extName(i).substring(SPECTRUM.length());
            expect(file, i + 1, "VARIANCE_" + tag);
            expect(file, i + 2, "BADPIX_" + tag);
            exposures.add(new OzdesExposure(i, tag, file.keywords(i), triplet(file, i)));
        }
        return new OzdesFile(file.keywords(0), coadd, exposures);
    }

    private static RawSpectrum triplet(FitsContent file, int i) throws LoaderException {
        double[] flux = file.vector(i);
        double[] var = file.vector(i + 1);
        BadPixels.maskFlagged(flux, var, file.vector(i + 2));
        Keywords k = file.keywords(i);
        LinearAxis axis = SpectralWcs.linear(k, flux.length, Medium.AIR);
        LinearAxis varAxis = SpectralWcs.linear(file.keywords(i + 1), var.length, Medium.AIR);
        if (Math.abs(axis.start() - varAxis.start()) > 1e-6 * axis.step()
            || Math.abs(axis.step() - varAxis.step()) > 1e-9 * axis.step()) {
            throw new LoaderException(file.where(i + 1) + ": variance grid differs from the flux grid");
        }
        // Some DR2 coadds lack BUNIT; DR2 flux is normalised counts per Angstrom throughout.
        try {
            FluxUnit unit = k.string("BUNIT").map(FluxUnit::parse).orElse(FluxUnit.COUNT_PER_ANGSTROM);
            return RawSpectrum.of(axis, flux, var, unit);
        } catch (IllegalArgumentException e) {
            throw new LoaderException(file.where(i) + ": " + e.getMessage(), e);
        }
    }

    private static void expect(FitsContent file, int i, String name) throws LoaderException {
        if (i >= file.size() || !file.extName(i).equalsIgnoreCase(name)) {
            throw new LoaderException((i < file.size() ? file.where(i) : file.fileName() + " HDU " + i) + ": expected " + name);
        }
    }
}
