package org.ozvo.sampledata.fits;

import java.io.IOException;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.ImageHDU;

/** Image HDUs from Java arrays; the array shape becomes NAXISn (last index = NAXIS1). */
public final class Hdus {

    private Hdus() {
    }

    /**
     * An image HDU holding {@code data} ({@code float[]}, {@code float[][]}, {@code double[]},
     * {@code short[][]}, {@code byte[]}, …). It becomes primary or extension by its position
     * in the file.
     */
    public static ImageHDU image(Object data) throws IOException {
        try {
            BasicHDU<?> hdu = Fits.makeHDU(data);
            return (ImageHDU) hdu;
        } catch (FitsException e) {
            throw new IOException("cannot make image HDU: " + e.getMessage(), e);
        }
    }

    /** Float rows from double arrays (e.g. flux, variance, sky), NaN kept. */
    public static float[][] rows(double[]... rows) {
        float[][] out = new float[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            out[r] = toFloat(rows[r]);
        }
        return out;
    }

    public static float[] toFloat(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }
}
