package org.ozvo.datalink.spectrum;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.ImageHDU;
import nom.tam.util.ArrayFuncs;

/**
 * A grey-scale PNG of a 2D FITS image (the archive's thumbnails): linear stretch between the
 * 1st and 99.5th percentile, north up as FITS stores it (first row at the bottom), enlarged
 * to at least 256 pixels on the long side. Stateless.
 */
public final class PreviewImage {

    private static final int MIN_SIZE = 256;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private PreviewImage() {
    }

    /** The PNG bytes of the primary image of a FITS file. */
    public static byte[] render(Path fitsFile) throws IOException {
        double[][] data;
        try (Fits fits = new Fits(fitsFile.toFile())) {
            BasicHDU<?> hdu = fits.getHDU(0);
            if (!(hdu instanceof ImageHDU img) || img.getAxes() == null || img.getAxes().length != 2) {
                throw new IOException("no 2D image in the primary HDU of " + fitsFile.getFileName());
            }
            data = (double[][]) ArrayFuncs.convertArray(img.getKernel(), double.class, true);
        } catch (FitsException e) {
            throw new IOException("cannot read image " + fitsFile.getFileName() + ": " + e.getMessage(), e);
        }
        int ny = data.length;
        int nx = data[0].length;
        double[] range = stretch(data);
        int scale = Math.max(1, (int) Math.ceil((double) MIN_SIZE / Math.max(nx, ny)));
        BufferedImage out = new BufferedImage(nx * scale, ny * scale, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                double v = data[y][x];
                int grey = Double.isFinite(v)
                    ? (int) Math.round(255 * Math.max(0, Math.min(1, (v - range[0]) / (range[1] - range[0])))) : 0;
                int rgb = (grey << 16) | (grey << 8) | grey;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        out.setRGB(x * scale + dx, (ny - 1 - y) * scale + dy, rgb);
                    }
                }
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        ImageIO.write(out, "png", png);
        return png.toByteArray();
    }

    private static double[] stretch(double[][] data) {
        double[] all = Arrays.stream(data).flatMapToDouble(Arrays::stream).filter(Double::isFinite).sorted().toArray();
        if (all.length == 0) {
            return new double[] {0, 1};
        }
        double lo = all[(int) Math.floor(0.01 * (all.length - 1))];
        double hi = all[(int) Math.ceil(0.995 * (all.length - 1))];
        return hi > lo ? new double[] {lo, hi} : new double[] {lo, lo + 1};
    }
}
