package org.ozvo.sampledata.synth;

/**
 * Night-sky emission seen by a fibre: a faint continuum plus the bright atomic lines
 * (O I 5577/6300/6364, Na D, city-light Hg) and a fixed forest of OH lines redward of
 * 6800 Å that grows stronger to the red, as on every AAT/UKST sky spectrum. Relative units;
 * the line list is the same for every file so sky residuals line up across the archive.
 */
public final class SkyModel {

    private static final double[] ATOMIC = {4358.34, 5460.74, 5577.34, 5889.95, 5895.92, 6300.30, 6363.78};
    private static final double[] ATOMIC_STRENGTH = {0.08, 0.06, 1.0, 0.35, 0.3, 0.35, 0.12};
    private static final double[] OH;
    private static final double[] OH_STRENGTH;

    static {
        // A deterministic pseudo-OH list: fixed seed, independent of any generation seed.
        Rng r = new Rng(0x5EEDL);
        int n = 90;
        OH = new double[n];
        OH_STRENGTH = new double[n];
        for (int i = 0; i < n; i++) {
            OH[i] = 6820 + (9400 - 6820) * (i + r.uniform()) / n;
            OH_STRENGTH[i] = r.logUniform(0.03, 0.4) * (1 + (OH[i] - 6800) / 1200);
        }
    }

    private SkyModel() {
    }

    /**
     * @param lambda          observed wavelengths, Å, increasing
     * @param resolvingPower  λ/Δλ of the spectrograph (sets the line width)
     * @param lineScale       brightness of the lines relative to the continuum (≈ 20–80)
     * @return sky spectrum with continuum ≈ 1
     */
    public static double[] render(double[] lambda, double resolvingPower, double lineScale) {
        double[] s = new double[lambda.length];
        for (int i = 0; i < lambda.length; i++) {
            s[i] = 0.6 + 0.4 * lambda[i] / 6000.0;
        }
        addLines(s, lambda, ATOMIC, ATOMIC_STRENGTH, resolvingPower, lineScale);
        addLines(s, lambda, OH, OH_STRENGTH, resolvingPower, lineScale);
        return s;
    }

    private static void addLines(double[] s, double[] lambda, double[] centres, double[] strengths,
                                 double resolvingPower, double scale) {
        for (int k = 0; k < centres.length; k++) {
            double sigma = centres[k] / resolvingPower / 2.3548;
            int from = SourceModel.lowerIndexOf(lambda, centres[k] - 5 * sigma);
            for (int i = from; i < lambda.length && lambda[i] <= centres[k] + 5 * sigma; i++) {
                double x = (lambda[i] - centres[k]) / sigma;
                s[i] += scale * strengths[k] * StrictMath.exp(-0.5 * x * x);
            }
        }
    }
}
