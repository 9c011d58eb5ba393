package org.ozvo.sampledata.synth;

/**
 * Atmospheric absorption bands (O₂ B and A bands, water) that surveys without telluric
 * correction leave in their spectra.
 */
public final class Telluric {

    private static final double[][] BANDS = {
        {6867, 6884, 0.35}, {7160, 7340, 0.12}, {7594, 7630, 0.55}, {8130, 8350, 0.12}, {8950, 9300, 0.25},
    };

    private Telluric() {
    }

    /** Fraction of light transmitted at {@code lambda} Å, with soft band edges. */
    public static double transmission(double lambda) {
        double t = 1.0;
        for (double[] band : BANDS) {
            double inside = 0.25 * (1 + StrictMath.tanh((lambda - band[0]) / 3.0))
                * (1 + StrictMath.tanh((band[1] - lambda) / 3.0));
            t *= 1 - band[2] * inside;
        }
        return t;
    }
}
