package org.ozvo.sampledata.survey;

import org.ozvo.sampledata.astro.Sexagesimal;
import org.ozvo.sampledata.synth.Redshifts;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.SkyRegion;
import org.ozvo.sampledata.synth.Target;
import org.ozvo.sampledata.synth.TargetKind;

/**
 * An OzDES target: mostly in the ten DES supernova (deep) fields, some elsewhere; AGN/QSOs
 * (reverberation-mapping targets, up to z ≈ 4), transient hosts and other galaxies up to
 * z ≈ 0.8, and stars. {@code Z = −9.999} when no redshift (QOP 1–2); QOP 6 marks stars.
 */
record OzdesTarget(Target target, String source, double z, int qop, String type0, String type1, String field) {

    private static final String[] FIELDS = {"C1", "C2", "C3", "X1", "X2", "X3", "E1", "E2", "S1", "S2"};
    private static final double[][] CENTRES = {
        {54.27, -27.11}, {54.24, -29.09}, {52.65, -28.10}, {34.48, -4.93}, {35.66, -6.41}, {36.45, -4.60},
        {7.87, -43.01}, {9.50, -43.96}, {42.82, 0.00}, {41.19, -0.99},
    };
    private static final SkyRegion ELSEWHERE = SkyRegion.box(60, 110, -65, -45);

    static OzdesTarget draw(Rng rng) {
        double[] pos;
        String field;
        if (rng.chance(0.88)) {
            int f = rng.between(0, FIELDS.length - 1);
            pos = SkyRegion.circle(CENTRES[f][0], CENTRES[f][1], 1.05).sample(rng);
            field = "DES-" + FIELDS[f];
        } else {
            pos = ELSEWHERE.sample(rng);
            field = "DES-MaxVis";
        }
        double rmag = rng.uniform(17.5, 22.5);
        double kind = rng.uniform();
        Target t;
        String type0;
        String prefix;
        if (kind < 0.35) {
            t = new Target(TargetKind.QSO, pos[0], pos[1], Redshifts.qso(rng, 0.3, 4.0), rmag, rng.nextLong());
            type0 = rng.pick("AGN", "VarObj2", "RM_AGN");
            prefix = "VOC2";
        } else if (kind < 0.9) {
            TargetKind k = rng.chance(0.6) ? TargetKind.EMISSION_GALAXY : TargetKind.ABSORPTION_GALAXY;
            t = new Target(k, pos[0], pos[1], Redshifts.galaxy(rng, 0.35, 0.8), rmag, rng.nextLong());
            type0 = rng.pick("SNHost", "TransientHost", "ELG", "LRG", "RedMaPPer");
            prefix = "DES2";
        } else {
            t = new Target(TargetKind.STAR, pos[0], pos[1], Redshifts.star(rng), rmag, rng.nextLong());
            type0 = rng.pick("BBstar", "WhiteDwarf", "VarObj2");
            prefix = "STR2";
        }
        String source = prefix + Sexagesimal.raDigits(t.ra(), 0) + Sexagesimal.decDigits(t.dec(), 0)
            .replace('-', 'm').replace('+', 'p');
        int qop;
        double z;
        if (t.kind() == TargetKind.STAR) {
            qop = 6;
            z = 0.0;
        } else if (rng.chance(0.78)) {
            qop = rng.chance(0.65) ? 4 : 3;
            z = t.z() + rng.gaussian(0, 0.0003);
        } else {
            qop = rng.pick(1, 2);
            z = -9.999;
        }
        String type1 = rng.chance(0.25) ? rng.pick("Y1 SN", "VarObj2", "ClusterMember") : null;
        return new OzdesTarget(t, source, z, qop, type0, type1, field);
    }
}
