package org.ozvo.sampledata.survey;

import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.Target;
import org.ozvo.sampledata.synth.TargetKind;

/**
 * The catalogue redshift of a 6dFGS target, repeated in every spectral HDU of its file.
 * QUALITY 3–4 reliable, 1–2 failed (Z = −9), 6 Galactic star.
 */
record SixDfgsRedshift(double z, double zHelio, int quality, double matchDr) {

    static SixDfgsRedshift measure(Target t, Rng rng) {
        double matchDr = rng.uniform(0.0, 1.5);
        if (t.kind() == TargetKind.STAR) {
            return new SixDfgsRedshift(t.z(), t.z() + 0.00002, 6, matchDr);
        }
        if (rng.chance(0.06)) {
            return new SixDfgsRedshift(-9, -9, rng.pick(1, 2), matchDr);
        }
        double z = t.z() + rng.gaussian(0, 0.0001);
        return new SixDfgsRedshift(z - 0.00003, z, rng.chance(0.75) ? 4 : 3, matchDr);
    }

    boolean measured() {
        return quality >= 3;
    }
}
