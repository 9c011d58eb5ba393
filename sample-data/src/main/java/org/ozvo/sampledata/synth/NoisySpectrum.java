package org.ozvo.sampledata.synth;

/**
 * One observed, sky-subtracted spectrum in counts per pixel, before a survey puts it into
 * its own layout (float rows, bad-pixel conventions, units).
 *
 * @param lambda   wavelengths, Å
 * @param flux     object counts with noise and sky residuals
 * @param variance variance of {@code flux}, always &gt; 0
 * @param sky      the sky that was subtracted, counts
 * @param response throughput × telluric transmission used; divide by it to flux-calibrate
 */
public record NoisySpectrum(double[] lambda, double[] flux, double[] variance, double[] sky, double[] response) {

    /** Median S/N per pixel, as the surveys' SNR/SN keywords report it (at least 0.1). */
    public double signalToNoise() {
        return Math.max(0.1, median(flux) / StrictMath.sqrt(median(variance)));
    }

    private static double median(double[] values) {
        double[] copy = values.clone();
        java.util.Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
