package org.ozvo.loaders.sixdfgs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ozvo.loaders.fits.FitsContent;
import org.ozvo.loaders.fits.Keywords;
import org.ozvo.loaders.model.CelestialWcs;
import org.ozvo.loaders.model.Thumbnail;
import org.ozvo.loaders.spi.LoaderException;

/**
 * Reads the thumbnails of a combined 6dFGS file. Missing 2MASS coverage is filled in the
 * release with small placeholder images; an image without a usable celestial WCS, smaller than
 * 4 x 4 pixels, or with no non-zero finite pixel is such a placeholder and is skipped.
 */
final class ThumbnailReader {

    /**
     * One thumbnail as read.
     *
     * @param hdu    index in the file
     * @param band   which survey band
     * @param header its keywords (plate or 2MASS metadata)
     * @param image  pixels and WCS
     */
    record Read(int hdu, ThumbnailBand band, Keywords header, Thumbnail image) {
    }

    List<Read> read(FitsContent file) throws LoaderException {
        List<Read> out = new ArrayList<>();
        for (int i = 0; i < Math.min(SixDfgsReader.FIRST_SPECTRUM_HDU, file.size()); i++) {
            Optional<ThumbnailBand> band = ThumbnailBand.ofExtName(file.extName(i));
            if (band.isEmpty()) {
                continue;
            }
            Keywords k = file.keywords(i);
            Optional<CelestialWcs> wcs = wcs(k);
            if (wcs.isEmpty() || k.integer("NAXIS").orElse(0) != 2) {
                continue;
            }
            double[][] data = file.matrix(i);
            if (data.length < 4 || data[0].length < 4 || !hasSignal(data)) {
                continue;
            }
            out.add(new Read(i, band.get(), k, new Thumbnail(toFloat(data), wcs.get())));
        }
        return out;
    }

    /**
     * The celestial WCS: CD matrix when present (SuperCOSMOS also carries deprecated
     * CDELT/CROTA2/PC00i00j copies, which the CD matrix supersedes), else CDELT with CROTA2
     * (2MASS). Empty when the header has no TAN or SIN celestial axes.
     */
    static Optional<CelestialWcs> wcs(Keywords k) {
        String c1 = k.string("CTYPE1").orElse("");
        String c2 = k.string("CTYPE2").orElse("");
        if (!c1.startsWith("RA--") || !c2.startsWith("DEC-") || c1.length() < 8 || c2.length() < 8) {
            return Optional.empty();
        }
        String proj = c1.substring(5);
        if (!proj.equals(c2.substring(5))) {
            return Optional.empty();
        }
        OptionalDouble crval1 = k.number("CRVAL1");
        OptionalDouble crval2 = k.number("CRVAL2");
        OptionalDouble crpix1 = k.number("CRPIX1");
        OptionalDouble crpix2 = k.number("CRPIX2");
        if (crval1.isEmpty() || crval2.isEmpty() || crpix1.isEmpty() || crpix2.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (k.has("CD1_1") && k.has("CD2_2")) {
                return Optional.of(new CelestialWcs(proj, crval1.getAsDouble(), crval2.getAsDouble(),
                    crpix1.getAsDouble(), crpix2.getAsDouble(), k.number("CD1_1").getAsDouble(),
                    k.number("CD1_2").orElse(0), k.number("CD2_1").orElse(0), k.number("CD2_2").getAsDouble()));
            }
            if (k.has("CDELT1") && k.has("CDELT2")) {
                return Optional.of(CelestialWcs.fromCdelt(proj, crval1.getAsDouble(), crval2.getAsDouble(),
                    crpix1.getAsDouble(), crpix2.getAsDouble(), k.number("CDELT1").getAsDouble(),
                    k.number("CDELT2").getAsDouble(), k.number("CROTA2").orElse(0)));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // unsupported projection or singular matrix: not a usable image
        }
        return Optional.empty();
    }

    private static boolean hasSignal(double[][] data) {
        for (double[] row : data) {
            for (double v : row) {
                if (Double.isFinite(v) && v != 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static float[][] toFloat(double[][] d) {
        float[][] f = new float[d.length][];
        for (int r = 0; r < d.length; r++) {
            f[r] = new float[d[r].length];
            for (int c = 0; c < d[r].length; c++) {
                f[r][c] = (float) d[r][c];
            }
        }
        return f;
    }
}
