package org.ozvo.sampledata.survey;

import org.ozvo.sampledata.synth.Rng;

/** Marks bad pixels the way each survey does: sentinel values, NaN or zero padding. */
final class BadPixels {

    private BadPixels() {
    }

    /**
     * A mask with a block at the red end (2dFGRS, 6dFGS) or at both ends (AAOmega), plus a
     * few isolated pixels (cosmic rays, bad columns).
     */
    static boolean[] mask(int n, int blueEnd, int redEnd, int isolated, Rng rng) {
        boolean[] bad = new boolean[n];
        for (int i = 0; i < blueEnd && i < n; i++) {
            bad[i] = true;
        }
        for (int i = Math.max(0, n - redEnd); i < n; i++) {
            bad[i] = true;
        }
        for (int k = 0; k < isolated; k++) {
            bad[rng.between(0, n - 1)] = true;
        }
        return bad;
    }

    /** Sets {@code value} where {@code bad} is set, in every given array. */
    static void apply(boolean[] bad, double value, double[]... arrays) {
        for (double[] a : arrays) {
            for (int i = 0; i < a.length; i++) {
                if (bad[i]) {
                    a[i] = value;
                }
            }
        }
    }

    static int count(boolean[] bad) {
        int c = 0;
        for (boolean b : bad) {
            if (b) {
                c++;
            }
        }
        return c;
    }
}
