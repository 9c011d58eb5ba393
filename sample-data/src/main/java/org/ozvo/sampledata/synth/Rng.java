package org.ozvo.sampledata.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The only source of randomness in the generator: a {@link SplittableRandom} plus Gaussian
 * deviates from Marsaglia's polar method with {@link StrictMath}, so a seed gives the same
 * numbers on every JVM. Not thread-safe; give each thread its own instance ({@link #split()}).
 */
public final class Rng {

    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    public Rng(long seed) {
        this(new SplittableRandom(seed));
    }

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    /**
     * An independent stream for a named purpose, e.g. one per survey, so that changing one
     * survey's generation does not change another's output.
     */
    public static Rng forStream(long seed, String stream) {
        long h = 1125899906842597L;
        for (int i = 0; i < stream.length(); i++) {
            h = 31 * h + stream.charAt(i);
        }
        return new Rng(seed * 0x9E3779B97F4A7C15L ^ h);
    }

    /** A new generator whose sequence is independent of this one's later values. */
    public Rng split() {
        return new Rng(random.split());
    }

    public long nextLong() {
        return random.nextLong();
    }

    /** Uniform in [0, 1). */
    public double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Log-uniform in [lo, hi), both positive. */
    public double logUniform(double lo, double hi) {
        return lo * StrictMath.exp(random.nextDouble() * StrictMath.log(hi / lo));
    }

    /** Uniform integer in [lo, hi], both inclusive. */
    public int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** Standard normal deviate. */
    public double gaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spare = v * f;
        hasSpare = true;
        return u * f;
    }

    public double gaussian(double mean, double sigma) {
        return mean + sigma * gaussian();
    }

    /** Gaussian clipped to [lo, hi] by redrawing. */
    public double gaussian(double mean, double sigma, double lo, double hi) {
        for (int i = 0; i < 100; i++) {
            double x = gaussian(mean, sigma);
            if (x >= lo && x <= hi) {
                return x;
            }
        }
        return Math.max(lo, Math.min(hi, mean));
    }
}
