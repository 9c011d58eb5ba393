package org.ozvo.sampledata.synth;

/**
 * Postage-stamp images: a galaxy (elliptical Gaussian) at the centre, a few field stars,
 * sky background and noise. Enough structure for thumbnails and cut-out tests.
 */
public final class ImageModel {

    private ImageModel() {
    }

    /**
     * @param size       width and height in pixels
     * @param background sky level
     * @param noise      Gaussian noise sigma
     * @param peak       central galaxy peak above background
     * @param sigmaPx    galaxy size (major-axis sigma) in pixels
     */
    public static double[][] field(int size, double background, double noise, double peak, double sigmaPx, Rng rng) {
        double[][] img = new double[size][size];
        double c = (size - 1) / 2.0;
        double q = rng.uniform(0.4, 1.0);
        double angle = rng.uniform(0, Math.PI);
        double cos = StrictMath.cos(angle);
        double sin = StrictMath.sin(angle);
        int stars = rng.between(0, 3);
        double[][] star = new double[stars][3];
        for (double[] s : star) {
            s[0] = rng.uniform(0, size - 1);
            s[1] = rng.uniform(0, size - 1);
            s[2] = peak * rng.logUniform(0.2, 3.0);
        }
        double psf = Math.max(1.0, size / 40.0);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double dx = x - c;
                double dy = y - c;
                double u = (dx * cos + dy * sin) / sigmaPx;
                double v = (-dx * sin + dy * cos) / (sigmaPx * q);
                double value = background + peak * StrictMath.exp(-0.5 * (u * u + v * v));
                for (double[] s : star) {
                    double r2 = ((x - s[0]) * (x - s[0]) + (y - s[1]) * (y - s[1])) / (psf * psf);
                    if (r2 < 50) {
                        value += s[2] * StrictMath.exp(-0.5 * r2);
                    }
                }
                img[y][x] = value + noise * rng.gaussian();
            }
        }
        return img;
    }

    /** Rounded to int16, clipped to [lo, hi]. */
    public static short[][] toShort(double[][] img, int lo, int hi) {
        short[][] out = new short[img.length][img[0].length];
        for (int y = 0; y < img.length; y++) {
            for (int x = 0; x < img[y].length; x++) {
                out[y][x] = (short) Math.max(lo, Math.min(hi, StrictMath.round(img[y][x])));
            }
        }
        return out;
    }

    public static float[][] toFloat(double[][] img) {
        float[][] out = new float[img.length][img[0].length];
        for (int y = 0; y < img.length; y++) {
            for (int x = 0; x < img[y].length; x++) {
                out[y][x] = (float) img[y][x];
            }
        }
        return out;
    }
}
