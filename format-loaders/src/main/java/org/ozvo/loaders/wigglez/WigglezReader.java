package org.ozvo.loaders.wigglez;

import java.util.Optional;
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
 * Reads a WiggleZ spectrum: flux in the primary, variance in the VARIANCE extension, optional
 * BADPIX. WiggleZ blanks bad pixels, and pads both ends, with zeros in flux and variance.
 */
final class WigglezReader {

    /** The release's flux unit (relatively calibrated), used when a native file has no BUNIT. */
    static final FluxUnit NATIVE_UNIT = FluxUnit.parse("1e-16 erg/(s cm2 A)");

    RawSpectrum read(FitsContent file) throws LoaderException {
        Keywords k = file.keywords(0);
        double[] flux = file.vector(0);
        int varHdu = file.indexOf("VARIANCE")
            .orElseThrow(() -> new LoaderException(file.fileName() + ": no VARIANCE extension"));
        double[] var = file.vector(varHdu);
        if (var.length != flux.length) {
            throw new LoaderException(file.where(varHdu) + ": " + var.length + " pixels, the flux has " + flux.length);
        }
        Optional<Integer> bad = file.indexOf("BADPIX");
        if (bad.isPresent()) {
            BadPixels.maskFlagged(flux, var, file.vector(bad.get()));
        }
        BadPixels.maskZeroPadding(flux, var);
        LinearAxis axis = SpectralWcs.linear(k, flux.length, Medium.AIR);
        try {
            FluxUnit unit = k.string("BUNIT").map(FluxUnit::parse).orElse(NATIVE_UNIT);
            return RawSpectrum.of(axis, flux, var, unit);
        } catch (IllegalArgumentException e) {
            throw new LoaderException(file.where(0) + ": " + e.getMessage(), e);
        }
    }
}
