package org.ozvo.loaders.model;

/**
 * Puts a spectrum on a non-linear axis onto a linear one (same number of pixels, same first and
 * last wavelength) by linear interpolation. A new pixel is masked when either neighbour is.
 * Variance is interpolated the same way, which is an approximation (neighbouring new pixels
 * become correlated); the writer says so in the file's HISTORY.
 */
public final class Resampler {

    private Resampler() {
    }

    public static RawSpectrum toLinear(RawSpectrum in) {
        SpectralAxis axis = in.axis();
        int n = axis.length();
        if (axis.isLinear() || n < 2) {
            return in;
        }
        double start = axis.wavelength(0);
        double step = (axis.wavelength(n - 1) - start) / (n - 1);
        LinearAxis out = new LinearAxis(start, step, n, axis.medium());
        double[] flux = in.flux();
        double[] var = in.variance();
        double[] f = new double[n];
        double[] v = var == null ? null : new double[n];
        int j = 0;
        for (int i = 0; i < n; i++) {
            double w = out.wavelength(i);
            while (j < n - 2 && axis.wavelength(j + 1) < w) {
                j++;
            }
            double w0 = axis.wavelength(j);
            double w1 = axis.wavelength(j + 1);
            double t = Math.min(1, Math.max(0, (w - w0) / (w1 - w0)));
            f[i] = (1 - t) * flux[j] + t * flux[j + 1];
            if (v != null) {
                v[i] = (1 - t) * var[j] + t * var[j + 1];
            }
            if (t == 0) {
                f[i] = flux[j];
                if (v != null) {
                    v[i] = var[j];
                }
            } else if (t == 1) {
                f[i] = flux[j + 1];
                if (v != null) {
                    v[i] = var[j + 1];
                }
            }
        }
        return RawSpectrum.of(out, f, v, in.unit()).inFrame(in.frame());
    }
}
