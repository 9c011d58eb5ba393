package org.ozvo.sampledata.synth;

/** Hydrogen absorption blueward of a quasar's Lyman-alpha line, and the Lyman limit. */
final class LymanForest {

    private LymanForest() {
    }

    static void apply(double[] f, double[] lambda, double z, Rng p) {
        double lya = 1215.67 * (1 + z);
        if (lambda[0] >= lya) {
            return;
        }
        double lyb = 1025.72 * (1 + z);
        double limit = 911.8 * (1 + z);
        int absorbers = (int) (30 * (1 + z) * (1 + z));
        double[] centre = new double[absorbers];
        double[] depth = new double[absorbers];
        for (int k = 0; k < absorbers; k++) {
            centre[k] = p.uniform(limit, lya);
            depth[k] = p.uniform(0.2, 0.95);
        }
        double sigma = 1.5 * (1 + z) / 3.0;
        for (int i = 0; i < lambda.length && lambda[i] < lya; i++) {
            double t = lambda[i] < limit ? 0.05 : lambda[i] < lyb ? 0.7 : 1.0;
            for (int k = 0; k < absorbers; k++) {
                double x = (lambda[i] - centre[k]) / sigma;
                if (x > -5 && x < 5) {
                    t *= 1 - depth[k] * StrictMath.exp(-0.5 * x * x);
                }
            }
            f[i] *= t;
        }
    }
}
