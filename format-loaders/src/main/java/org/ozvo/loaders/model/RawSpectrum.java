package org.ozvo.loaders.model;

import java.util.Arrays;

/**
 * One spectrum as read from a survey file, after the survey's bad-pixel convention has been
 * applied: a masked pixel has NaN flux (and NaN variance). Immutable; arrays are copied in and
 * out.
 *
 * <p>The variance is null when the survey gives no uncertainty. Surveys that give a standard
 * deviation are converted to variance by the reader.
 */
public final class RawSpectrum {

    private final SpectralAxis axis;
    private final double[] flux;
    private final double[] variance;
    private final FluxUnit unit;
    private final SpectralFrame frame;

    private RawSpectrum(SpectralAxis axis, double[] flux, double[] variance, FluxUnit unit, SpectralFrame frame) {
        this.axis = axis;
        this.flux = flux;
        this.variance = variance;
        this.unit = unit;
        this.frame = frame;
    }

    /**
     * A spectrum from arrays whose bad pixels are already NaN in flux or variance. Any pixel
     * whose flux or variance is not finite, or whose variance is negative, is masked in both.
     *
     * @param variance null when there is none
     * @throws IllegalArgumentException if the array lengths differ from the axis
     */
    public static RawSpectrum of(SpectralAxis axis, double[] flux, double[] variance, FluxUnit unit) {
        int n = axis.length();
        if (flux.length != n || (variance != null && variance.length != n)) {
            throw new IllegalArgumentException("flux (" + flux.length + ")"
                + (variance == null ? "" : ", variance (" + variance.length + ")")
                + " and wavelength axis (" + n + ") differ in length");
        }
        double[] f = flux.clone();
        double[] v = variance == null ? null : variance.clone();
        for (int i = 0; i < n; i++) {
            boolean bad = !Double.isFinite(f[i]) || (v != null && !(v[i] >= 0 && Double.isFinite(v[i])));
            if (bad) {
                f[i] = Double.NaN;
                if (v != null) {
                    v[i] = Double.NaN;
                }
            }
        }
        return new RawSpectrum(axis, f, v, unit, SpectralFrame.TOPOCENT);
    }

    /** The same spectrum in another velocity frame (the default is {@link SpectralFrame#TOPOCENT}). */
    public RawSpectrum inFrame(SpectralFrame newFrame) {
        return new RawSpectrum(axis, flux, variance, unit, newFrame);
    }

    public SpectralFrame frame() {
        return frame;
    }

    public SpectralAxis axis() {
        return axis;
    }

    /** Flux per pixel, NaN where masked; a copy. */
    public double[] flux() {
        return flux.clone();
    }

    /** Variance per pixel, NaN where masked; a copy, or null when the survey gives none. */
    public double[] variance() {
        return variance == null ? null : variance.clone();
    }

    public boolean hasVariance() {
        return variance != null;
    }

    public FluxUnit unit() {
        return unit;
    }

    public int length() {
        return flux.length;
    }

    public boolean isMasked(int i) {
        return Double.isNaN(flux[i]);
    }

    /** Index of the first unmasked pixel, or -1 if all are masked. */
    public int firstValid() {
        for (int i = 0; i < flux.length; i++) {
            if (!isMasked(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last unmasked pixel, or -1 if all are masked. */
    public int lastValid() {
        for (int i = flux.length - 1; i >= 0; i--) {
            if (!isMasked(i)) {
                return i;
            }
        }
        return -1;
    }

    public int validCount() {
        int n = 0;
        for (double f : flux) {
            if (!Double.isNaN(f)) {
                n++;
            }
        }
        return n;
    }

    /**
     * This spectrum without the masked pixels at either end (interior masked pixels stay).
     *
     * @throws IllegalStateException if every pixel is masked
     */
    public RawSpectrum trimmed() {
        int from = firstValid();
        if (from < 0) {
            throw new IllegalStateException("every pixel is masked");
        }
        int to = lastValid() + 1;
        if (from == 0 && to == flux.length) {
            return this;
        }
        return new RawSpectrum(axis.slice(from, to), Arrays.copyOfRange(flux, from, to),
            variance == null ? null : Arrays.copyOfRange(variance, from, to), unit, frame);
    }

    /**
     * Median of flux / sqrt(variance) over unmasked pixels with positive variance, or NaN when
     * there is no variance or no such pixel.
     */
    public double medianSnr() {
        if (variance == null) {
            return Double.NaN;
        }
        double[] snr = new double[flux.length];
        int n = 0;
        for (int i = 0; i < flux.length; i++) {
            if (!isMasked(i) && variance[i] > 0) {
                snr[n++] = flux[i] / Math.sqrt(variance[i]);
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        // Selection instead of a full sort: same value, linear time.
        int k = n / 2;
        double upper = select(snr, n, k);
        if (n % 2 == 1) {
            return upper;
        }
        // after select, snr[0..k) holds the k smallest values: the lower middle is their maximum
        double lower = snr[0];
        for (int i = 1; i < k; i++) {
            if (snr[i] > lower) {
                lower = snr[i];
            }
        }
        return 0.5 * (lower + upper);
    }

    /**
     * The k-th smallest (0-based) of {@code a[0..n)}, by quickselect (median-of-three pivot,
     * insertion sort for short ranges); leaves a[0..k) <= a[k] <= a[k+1..n). No NaN in a.
     */
    static double select(double[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            // now a[lo..j] <= pivot <= a[i..hi], and a[j+1..i-1] == pivot
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
        return a[k];
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
