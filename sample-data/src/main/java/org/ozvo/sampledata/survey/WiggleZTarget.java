package org.ozvo.sampledata.survey;

import java.time.LocalDate;
import java.util.Locale;
import org.ozvo.sampledata.astro.ObsTime;
import org.ozvo.sampledata.astro.Sexagesimal;
import org.ozvo.sampledata.synth.Redshifts;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.SkyRegion;
import org.ozvo.sampledata.synth.Target;
import org.ozvo.sampledata.synth.TargetKind;

/**
 * A WiggleZ target: UV-selected emission-line galaxies at z 0.2–1.0 in six regions, named
 * {@code S<hh>J<hhmmssSSS><±ddmmssSS>} (e.g. {@code S15J141238330+00410538}), with the
 * observation id {@code r<hh>f<field>s<setup>_<YYMMDD>_BR_ss} of its AAOmega run (2006–2011).
 */
record WiggleZTarget(Target target, String region, String name, String obsId, ObsTime night, int fibre,
                     double measuredZ, int qop) {

    static final String[] REGIONS = {"01", "03", "09", "11", "15", "22"};
    private static final SkyRegion[] BOXES = {
        SkyRegion.box(5, 25, -15, -3), SkyRegion.box(40, 55, -20, -9), SkyRegion.box(133, 148, -1, 8),
        SkyRegion.box(150, 170, -1, 8), SkyRegion.box(210, 230, -3, 7), SkyRegion.box(320, 335, -15, 3),
    };

    /** A target in one of the six WiggleZ regions. */
    static WiggleZTarget draw(Rng rng) {
        int r = rng.between(0, REGIONS.length - 1);
        return draw(BOXES[r].sample(rng), REGIONS[r], rng);
    }

    /** A target at a given position, labelled with the given region hour. */
    static WiggleZTarget draw(double[] pos, String region, Rng rng) {
        double mag = rng.uniform(20.0, 22.5);
        Target t;
        double kind = rng.uniform();
        if (kind < 0.02) {
            t = new Target(TargetKind.STAR, pos[0], pos[1], Redshifts.star(rng), mag, rng.nextLong());
        } else if (kind < 0.05) {
            t = new Target(TargetKind.QSO, pos[0], pos[1], Redshifts.qso(rng, 0.5, 3.0), mag, rng.nextLong());
        } else {
            t = new Target(TargetKind.EMISSION_GALAXY, pos[0], pos[1], rng.gaussian(0.6, 0.2, 0.2, 1.0), mag,
                rng.nextLong());
        }
        String name = "S" + region + "J" + Sexagesimal.raDigits(t.ra(), 3) + Sexagesimal.decDigits(t.dec(), 2);
        ObsTime night = Nights.start(rng, LocalDate.of(2006, 8, 1), LocalDate.of(2011, 1, 15));
        String obsId = String.format(Locale.ROOT, "r%sf%02ds%02d_%s_BR_ss", region, rng.between(1, 60), rng.between(1, 3),
            night.yymmdd());
        int qop = rng.chance(0.8) ? rng.pick(3, 4, 4) : rng.pick(1, 2);
        double z = qop >= 3 ? t.z() + rng.gaussian(0, 0.0002) : -9;
        return new WiggleZTarget(t, region, name, obsId, night, rng.between(1, 392), z, qop);
    }
}
