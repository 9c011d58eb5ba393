package org.ozvo.sampledata.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The intrinsic, noiseless spectrum of a {@link Target} on an observed wavelength array, in
 * relative f_λ units normalised so that the continuum is 1 at observed 5500 Å. The shape
 * parameters come from the target's {@code shapeSeed}: every observation of one target sees
 * the same galaxy. Lines sit at {@code rest × (1 + z)} and are broadened by the velocity
 * dispersion and the instrument's resolving power.
 */
public final class SourceModel {

    private static final double C_KMS = 299_792.458;
    private static final double FWHM_TO_SIGMA = 1.0 / 2.3548;

    private SourceModel() {
    }

    /**
     * @param lambda          observed wavelengths, Å, strictly increasing
     * @param resolvingPower  λ/Δλ of the spectrograph
     */
    public static double[] render(Target target, double[] lambda, double resolvingPower) {
        Rng p = new Rng(target.shapeSeed());
        double z = target.z();
        // A star's temperature decides both its continuum and which absorption lines dominate.
        double temperature = target.kind() == TargetKind.STAR ? p.uniform(3800, 9500) : 0;
        Continuum continuum = continuum(target.kind(), p, temperature);
        List<SpectralLine> lines = lines(target.kind(), p, temperature);
        double norm = continuum.at(5500.0 / (1 + z));
        double[] f = new double[lambda.length];
        for (int i = 0; i < lambda.length; i++) {
            f[i] = continuum.at(lambda[i] / (1 + z)) / norm;
        }
        for (SpectralLine line : lines) {
            addLine(f, lambda, line, z, resolvingPower, continuum, norm);
        }
        if (target.kind() == TargetKind.QSO) {
            LymanForest.apply(f, lambda, z, p);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = Math.max(f[i], 0.0);
        }
        return f;
    }

    private static void addLine(double[] f, double[] lambda, SpectralLine line, double z, double resolvingPower,
                                Continuum continuum, double norm) {
        double centre = line.rest() * (1 + z);
        double sigmaV = centre * line.sigmaKms() / C_KMS;
        double sigmaInst = centre / resolvingPower * FWHM_TO_SIGMA;
        double sigma = StrictMath.sqrt(sigmaV * sigmaV + sigmaInst * sigmaInst);
        double area = line.restEw() * (1 + z) * continuum.at(line.rest()) / norm;
        double peak = area / (sigma * StrictMath.sqrt(2 * Math.PI));
        int from = lowerIndexOf(lambda, centre - 6 * sigma);
        for (int i = from; i < lambda.length && lambda[i] <= centre + 6 * sigma; i++) {
            double x = (lambda[i] - centre) / sigma;
            f[i] += peak * StrictMath.exp(-0.5 * x * x);
        }
    }

    /** Index of the first element not below {@code value} in an increasing array. */
    public static int lowerIndexOf(double[] sorted, double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Rest-frame continuum shape, any positive scale. */
    private interface Continuum {
        double at(double restLambda);
    }

    private static Continuum continuum(TargetKind kind, Rng p, double temperature) {
        return switch (kind) {
            case EMISSION_GALAXY -> galaxy(p.uniform(-1.2, 0.2), p.uniform(0.75, 0.92));
            case ABSORPTION_GALAXY -> galaxy(p.uniform(0.6, 1.8), p.uniform(0.45, 0.65));
            case QSO -> {
                double alpha = p.gaussian(-1.5, 0.3);
                yield r -> StrictMath.pow(r / 3000.0, alpha);
            }
            case STAR -> r -> planck(r, temperature);
        };
    }

    /** Power law with a smoothed 4000 Å break of the given strength (flux ratio blue/red). */
    private static Continuum galaxy(double alpha, double breakRatio) {
        return r -> StrictMath.pow(r / 5000.0, alpha)
            * (breakRatio + (1 - breakRatio) * 0.5 * (1 + StrictMath.tanh((r - 4000.0) / 40.0)));
    }

    private static double planck(double lambdaAngstrom, double temperature) {
        double l = lambdaAngstrom * 1e-10;
        double x = 0.0143877735 / (l * temperature);
        return 1e-20 / (StrictMath.pow(l, 5) * (StrictMath.expm1(Math.min(x, 700))));
    }

    private static List<SpectralLine> lines(TargetKind kind, Rng p, double temperature) {
        List<SpectralLine> lines = new ArrayList<>();
        switch (kind) {
            case EMISSION_GALAXY -> {
                emission(lines, p, p.logUniform(12, 150), p.uniform(50, 180));
                absorption(lines, p, 0.4, p.uniform(80, 200));
            }
            case ABSORPTION_GALAXY -> {
                emission(lines, p, p.uniform(0, 3), p.uniform(150, 300));
                absorption(lines, p, 1.0, p.uniform(150, 320));
            }
            case QSO -> quasar(lines, p);
            case STAR -> star(lines, p, temperature);
        }
        return lines;
    }

    private static void emission(List<SpectralLine> lines, Rng p, double haEw, double sigma) {
        double n2 = haEw * p.uniform(0.1, 0.55);
        double hb = haEw * p.uniform(0.15, 0.35);
        double o3 = hb * p.logUniform(0.3, 6.0);
        double o2 = haEw * p.uniform(0.3, 1.1);
        double s2 = haEw * p.uniform(0.08, 0.25);
        lines.add(new SpectralLine(3727.42, o2, sigma));
        lines.add(new SpectralLine(3868.76, o3 * 0.1, sigma));
        lines.add(new SpectralLine(4101.74, hb * 0.25, sigma));
        lines.add(new SpectralLine(4340.47, hb * 0.47, sigma));
        lines.add(new SpectralLine(4861.33, hb, sigma));
        lines.add(new SpectralLine(4958.91, o3 / 3, sigma));
        lines.add(new SpectralLine(5006.84, o3, sigma));
        lines.add(new SpectralLine(6548.05, n2 / 3, sigma));
        lines.add(new SpectralLine(6562.80, haEw, sigma));
        lines.add(new SpectralLine(6583.45, n2, sigma));
        lines.add(new SpectralLine(6716.44, s2 * 0.55, sigma));
        lines.add(new SpectralLine(6730.82, s2 * 0.45, sigma));
    }

    private static void absorption(List<SpectralLine> lines, Rng p, double strength, double sigma) {
        lines.add(new SpectralLine(3933.66, -strength * p.uniform(3, 10), sigma));
        lines.add(new SpectralLine(3968.47, -strength * p.uniform(2, 8), sigma));
        lines.add(new SpectralLine(4101.74, -strength * p.uniform(0.5, 4), sigma));
        lines.add(new SpectralLine(4304.40, -strength * p.uniform(1, 5), sigma));
        lines.add(new SpectralLine(5175.30, -strength * p.uniform(1, 5), sigma));
        lines.add(new SpectralLine(5892.90, -strength * p.uniform(1, 4), sigma));
    }

    private static void quasar(List<SpectralLine> lines, Rng p) {
        double broad = p.uniform(1500, 3500);
        double scale = p.logUniform(0.5, 2.0);
        lines.add(new SpectralLine(1215.67, scale * p.uniform(60, 150), broad));
        lines.add(new SpectralLine(1240.14, scale * p.uniform(5, 20), broad));
        lines.add(new SpectralLine(1397.61, scale * p.uniform(4, 12), broad));
        lines.add(new SpectralLine(1549.06, scale * p.uniform(25, 70), broad));
        lines.add(new SpectralLine(1908.73, scale * p.uniform(12, 30), broad));
        lines.add(new SpectralLine(2798.75, scale * p.uniform(20, 60), broad));
        lines.add(new SpectralLine(4340.47, scale * p.uniform(8, 20), broad));
        lines.add(new SpectralLine(4861.33, scale * p.uniform(40, 100), broad));
        lines.add(new SpectralLine(6562.80, scale * p.uniform(150, 400), broad));
        lines.add(new SpectralLine(3727.42, p.uniform(1, 5), 250));
        lines.add(new SpectralLine(4958.91, p.uniform(3, 10), 300));
        lines.add(new SpectralLine(5006.84, p.uniform(10, 30), 300));
    }

    private static void star(List<SpectralLine> lines, Rng p, double temperature) {
        // Balmer lines are strongest in A stars, metal lines in cool stars.
        double hot = (temperature - 3800) / (9500 - 3800);
        double balmer = 1 + 12 * hot;
        double metals = 1 + 10 * (1 - hot);
        double sigma = 30;
        for (double rest : new double[] {3970.07, 4101.74, 4340.47, 4861.33, 6562.80}) {
            lines.add(new SpectralLine(rest, -balmer * p.uniform(0.7, 1.2), sigma));
        }
        lines.add(new SpectralLine(3933.66, -metals * p.uniform(0.8, 1.5), sigma));
        lines.add(new SpectralLine(5175.30, -metals * p.uniform(0.4, 0.8), sigma));
        lines.add(new SpectralLine(5892.90, -metals * p.uniform(0.3, 0.7), sigma));
        lines.add(new SpectralLine(8542.09, -metals * p.uniform(0.2, 0.5), sigma));
    }
}
