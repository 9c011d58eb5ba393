package org.ozvo.sampledata.synth;

/** Redshift distributions shaped like those of magnitude-limited surveys. */
public final class Redshifts {

    private Redshifts() {
    }

    /**
     * A Gamma(3)-shaped distribution with the given mean, truncated to (0.002, max]: the usual
     * n(z) ∝ z² exp(−z/z₀) of a flux-limited galaxy survey.
     */
    public static double galaxy(Rng rng, double mean, double max) {
        for (int i = 0; i < 1000; i++) {
            double g = -StrictMath.log((1 - rng.uniform()) * (1 - rng.uniform()) * (1 - rng.uniform())) / 3.0;
            double z = g * mean;
            if (z > 0.002 && z <= max) {
                return z;
            }
        }
        return mean;
    }

    /** QSO redshifts, flat-ish between {@code min} and {@code max} with a mild peak near 1.5. */
    public static double qso(Rng rng, double min, double max) {
        double z = rng.gaussian(1.6, 0.8, min, max);
        return rng.chance(0.3) ? rng.uniform(min, max) : z;
    }

    /** A star's radial velocity (km/s, |v| < 300) as a redshift. */
    public static double star(Rng rng) {
        return rng.gaussian(0, 80, -300, 300) / 299_792.458;
    }
}
