package org.ozvo.loaders.model;

/**
 * A small survey image around the target (6dFGS carries SuperCOSMOS and 2MASS thumbnails),
 * with physical pixel values (BSCALE/BZERO applied, blanks as NaN). Immutable; the pixel
 * array is copied in and out.
 *
 * @see CelestialWcs
 */
public final class Thumbnail {

    private final float[][] pixels;
    private final CelestialWcs wcs;

    /**
     * @param pixels {@code [naxis2][naxis1]} as FITS stores them; copied
     */
    public Thumbnail(float[][] pixels, CelestialWcs wcs) {
        if (pixels.length == 0 || pixels[0].length == 0) {
            throw new IllegalArgumentException("an empty image");
        }
        this.pixels = new float[pixels.length][];
        for (int i = 0; i < pixels.length; i++) {
            this.pixels[i] = pixels[i].clone();
        }
        this.wcs = wcs;
    }

    public int naxis1() {
        return pixels[0].length;
    }

    public int naxis2() {
        return pixels.length;
    }

    /** Pixel values {@code [naxis2][naxis1]}; a copy. */
    public float[][] pixels() {
        float[][] out = new float[pixels.length][];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = pixels[i].clone();
        }
        return out;
    }

    public CelestialWcs wcs() {
        return wcs;
    }

    /** Sky position of the image centre, {ra, dec} degrees. */
    public double[] centre() {
        return wcs.pixelToSky((naxis1() + 1) / 2.0, (naxis2() + 1) / 2.0);
    }

    /** The four outer corners as a counter-clockwise DALI polygon. */
    public double[] footprint() {
        return wcs.footprint(naxis1(), naxis2());
    }
}
