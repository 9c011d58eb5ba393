package org.ozvo.loaders.testing;

import java.io.IOException;
import java.nio.file.Path;
import nom.tam.fits.AsciiTable;
import nom.tam.fits.AsciiTableHDU;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.ImageData;
import nom.tam.fits.NullDataHDU;
import nom.tam.util.FitsOutputStream;

/** Builds small synthetic FITS files in the surveys' layouts for tests. */
public final class TestFits {

    private TestFits() {
    }

    /** An image HDU (primary if first in the file) holding {@code data} with the given keywords. */
    public static BasicHDU<?> image(Object data, Object... keyValues) {
        try {
            BasicHDU<?> hdu = ImageData.from(data).toHDU();
            add(hdu.getHeader(), keyValues);
            return hdu;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A primary HDU without data. */
    public static BasicHDU<?> empty(Object... keyValues) {
        NullDataHDU hdu = new NullDataHDU();
        add(hdu.getHeader(), keyValues);
        return hdu;
    }

    /** An ASCII table of double columns. */
    public static BasicHDU<?> asciiTable(String[] names, String[] units, double[]... columns) {
        try {
            AsciiTable t = new AsciiTable();
            for (double[] c : columns) {
                t.addColumn(c);
            }
            AsciiTableHDU hdu = t.toHDU();
            for (int i = 0; i < names.length; i++) {
                hdu.setColumnName(i, names[i], null);
                if (units[i] != null) {
                    hdu.getHeader().addValue("TUNIT" + (i + 1), units[i], null);
                }
            }
            return hdu;
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Keywords as alternating key, value (String, Number or Boolean); a null value is skipped. */
    public static void add(Header h, Object... keyValues) {
        try {
            for (int i = 0; i < keyValues.length; i += 2) {
                String key = (String) keyValues[i];
                Object v = keyValues[i + 1];
                if (v == null) {
                    continue;
                }
                h.deleteKey(key);
                if (v instanceof String s) {
                    h.addValue(key, s, null);
                } else if (v instanceof Boolean b) {
                    h.addValue(key, b, null);
                } else {
                    h.addValue(key, (Number) v, null);
                }
            }
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Path write(Path path, BasicHDU<?>... hdus) throws IOException {
        try (Fits fits = new Fits(); FitsOutputStream out = new FitsOutputStream(java.nio.file.Files.newOutputStream(path))) {
            for (BasicHDU<?> h : hdus) {
                fits.addHDU(h);
            }
            fits.write(out);
        }
        return path;
    }

    /** {@code n} floats from {@code f(i)}. */
    public static float[] floats(int n, java.util.function.IntToDoubleFunction f) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) f.applyAsDouble(i);
        }
        return a;
    }
}
