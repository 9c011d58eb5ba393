package org.ozvo.loaders.fits;

import java.lang.reflect.Array;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import org.ozvo.loaders.spi.LoaderException;

/**
 * Image data of any FITS type as doubles in physical units: BSCALE/BZERO applied and integer
 * BLANK values turned into NaN (nom-tam-fits returns the raw stored values).
 */
public final class ImageArrays {

    private ImageArrays() {
    }

    /**
     * A 2-D image as {@code [NAXIS2][NAXIS1]}; a 1-D image becomes one row.
     *
     * @throws LoaderException if the HDU is not an image with one or two axes
     */
    public static double[][] matrix(BasicHDU<?> hdu, String where) throws LoaderException {
        Object kernel = kernel(hdu, where);
        Header h = hdu.getHeader();
        if (kernel.getClass().getComponentType().isArray()) {
            int rows = Array.getLength(kernel);
            double[][] out = new double[rows][];
            for (int r = 0; r < rows; r++) {
                Object row = Array.get(kernel, r);
                if (row.getClass().getComponentType().isArray()) {
                    throw new LoaderException(where + ": expected at most 2 axes, found " + HeaderScan.shape(h));
                }
                out[r] = scaled(row, h);
            }
            return out;
        }
        return new double[][] {scaled(kernel, h)};
    }

    /**
     * A 1-D image.
     *
     * @throws LoaderException if the HDU is not a one-dimensional image
     */
    public static double[] vector(BasicHDU<?> hdu, String where) throws LoaderException {
        Object kernel = kernel(hdu, where);
        if (kernel.getClass().getComponentType().isArray()) {
            throw new LoaderException(where + ": expected a 1-D array, found " + HeaderScan.shape(hdu.getHeader()));
        }
        return scaled(kernel, hdu.getHeader());
    }

    private static Object kernel(BasicHDU<?> hdu, String where) throws LoaderException {
        if (!(hdu instanceof ImageHDU)) {
            throw new LoaderException(where + ": expected an image, found " + hdu.getClass().getSimpleName());
        }
        Object kernel = hdu.getKernel();
        if (kernel == null || !kernel.getClass().isArray() || Array.getLength(kernel) == 0) {
            throw new LoaderException(where + ": holds no data");
        }
        return kernel;
    }

    private static double[] scaled(Object row, Header h) {
        double bscale = h.getDoubleValue("BSCALE", 1.0);
        double bzero = h.getDoubleValue("BZERO", 0.0);
        boolean hasBlank = h.containsKey("BLANK");
        long blank = h.getLongValue("BLANK", 0);
        int n = Array.getLength(row);
        double[] out = new double[n];
        boolean integer = !(row instanceof float[] || row instanceof double[]);
        for (int i = 0; i < n; i++) {
            // FITS BITPIX=8 is unsigned; Java bytes are signed
            double raw = row instanceof byte[] b ? b[i] & 0xff : Array.getDouble(row, i);
            if (integer && hasBlank && (long) raw == blank) {
                out[i] = Double.NaN;
            } else {
                out[i] = raw * bscale + bzero;
            }
        }
        return out;
    }
}
