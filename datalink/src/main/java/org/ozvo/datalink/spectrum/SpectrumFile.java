package org.ozvo.datalink.spectrum;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;

/**
 * A simplified 1D spectrum as the archive writes it (format-loaders' SimplifiedFitsWriter):
 * float flux in the primary HDU on a linear wavelength WCS ({@code CTYPE1} {@code WAVE} or
 * {@code AWAV}, {@code CUNIT1 = 'Angstrom'}), {@code BUNIT}, and optionally a {@code VARIANCE}
 * image on the same grid. Masked pixels are NaN. Immutable after reading; arrays are shared,
 * do not modify them.
 */
public final class SpectrumFile {

    private final Header header;
    private final Header varianceHeader;
    private final float[] flux;
    private final float[] variance;
    private final double crval;
    private final double crpix;
    private final double cdelt;

    private SpectrumFile(Header header, float[] flux, Header varianceHeader, float[] variance) throws IOException {
        this.header = header;
        this.flux = flux;
        this.varianceHeader = varianceHeader;
        this.variance = variance;
        this.crval = number(header, "CRVAL1");
        this.crpix = header.containsKey("CRPIX1") ? number(header, "CRPIX1") : 1.0;
        this.cdelt = header.containsKey("CDELT1") ? number(header, "CDELT1") : number(header, "CD1_1");
        if (!(cdelt > 0)) {
            throw new IOException("spectrum has a non-positive wavelength step " + cdelt);
        }
    }

    /**
     * Reads a file.
     *
     * @throws IOException if it is not a readable 1D spectrum of this archive
     */
    public static SpectrumFile read(Path file) throws IOException {
        try (Fits fits = new Fits(file.toFile())) {
            BasicHDU<?>[] hdus = fits.read();
            if (hdus.length == 0 || !(hdus[0] instanceof ImageHDU primary)) {
                throw new IOException("no spectrum in the primary HDU of " + file.getFileName());
            }
            float[] flux = floats(primary, file);
            Header varHeader = null;
            float[] variance = null;
            for (int i = 1; i < hdus.length; i++) {
                if (hdus[i] instanceof ImageHDU img
                    && "VARIANCE".equalsIgnoreCase(img.getHeader().getStringValue("EXTNAME"))) {
                    variance = floats(img, file);
                    varHeader = img.getHeader();
                    if (variance.length != flux.length) {
                        throw new IOException("VARIANCE and flux differ in length in " + file.getFileName());
                    }
                }
            }
            return new SpectrumFile(primary.getHeader(), flux, varHeader, variance);
        } catch (FitsException e) {
            throw new IOException("cannot read spectrum " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static float[] floats(ImageHDU hdu, Path file) throws FitsException, IOException {
        Object kernel = hdu.getKernel();
        if (kernel instanceof float[] f) {
            return f;
        }
        if (kernel instanceof double[] d) {
            float[] f = new float[d.length];
            for (int i = 0; i < d.length; i++) {
                f[i] = (float) d[i];
            }
            return f;
        }
        throw new IOException("expected a 1D float array in " + file.getFileName() + ", found "
            + (kernel == null ? "nothing" : kernel.getClass().getSimpleName()));
    }

    private static double number(Header h, String key) throws IOException {
        if (!h.containsKey(key)) {
            throw new IOException("spectrum header lacks " + key);
        }
        return h.getDoubleValue(key);
    }

    /** Number of pixels. */
    public int length() {
        return flux.length;
    }

    /** Wavelength of pixel {@code i} (0-based) in the file's unit (Angstrom), in the file's medium. */
    public double wavelength(int i) {
        return crval + (i + 1 - crpix) * cdelt;
    }

    /** Wavelength step per pixel, Angstrom. */
    public double step() {
        return cdelt;
    }

    /** True if the axis is in air ({@code CTYPE1 = 'AWAV'}); vacuum otherwise. */
    public boolean airWavelengths() {
        String ctype = header.getStringValue("CTYPE1");
        return ctype != null && ctype.trim().toUpperCase(Locale.ROOT).startsWith("AWAV");
    }

    /** The flux array (shared). */
    public float[] flux() {
        return flux;
    }

    /** The variance array (shared), or null. */
    public float[] variance() {
        return variance;
    }

    /** {@code BUNIT} of the flux, or null. */
    public String fluxUnit() {
        String u = header.getStringValue("BUNIT");
        return u == null || u.isBlank() ? null : u.trim();
    }

    /** The primary header. */
    public Header header() {
        return header;
    }

    /** The VARIANCE header, or null. */
    public Header varianceHeader() {
        return varianceHeader;
    }
}
