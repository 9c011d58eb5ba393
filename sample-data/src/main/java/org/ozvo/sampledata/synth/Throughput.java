package org.ozvo.sampledata.synth;

/**
 * Relative efficiency of telescope + spectrograph versus wavelength. Uncalibrated survey
 * spectra (counts) carry this shape; flux-calibrated ones do not.
 */
@FunctionalInterface
public interface Throughput {

    double at(double lambda);

    /** A single broad hump peaking at {@code peak} Å with Gaussian width {@code width} Å. */
    static Throughput hump(double peak, double width) {
        return l -> {
            double x = (l - peak) / width;
            return 0.12 + 0.88 * StrictMath.exp(-0.5 * x * x);
        };
    }

    /** Two-arm AAOmega: blue and red humps meeting at the dichroic (5700 Å) with a small dip. */
    static Throughput aaOmega() {
        Throughput blue = hump(4700, 700);
        Throughput red = hump(7300, 1300);
        return l -> {
            double dip = 1 - 0.35 * StrictMath.exp(-0.5 * StrictMath.pow((l - 5700) / 60, 2));
            return Math.max(blue.at(l), red.at(l)) * dip;
        };
    }

    /** Flat: for spectra already flux calibrated. */
    static Throughput flat() {
        return l -> 1.0;
    }
}
