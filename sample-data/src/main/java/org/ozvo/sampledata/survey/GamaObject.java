package org.ozvo.sampledata.survey;

import org.ozvo.sampledata.astro.Sexagesimal;
import org.ozvo.sampledata.synth.Rng;
import org.ozvo.sampledata.synth.SkyRegion;
import org.ozvo.sampledata.synth.Target;

/**
 * A GAMA input-catalogue object: {@code CATAID} and {@code GAMANAME}
 * ({@code GAMAJhhmmss.ss±ddmmss.s}), plus the GAMA survey regions.
 */
record GamaObject(Target target, long cataid, String gamaName) {

    /** G09, G12, G15 (equatorial), G02 and G23 (southern), weighted by their target counts. */
    static final SkyRegion ALL_FIELDS = SkyRegion.anyOf(new double[] {3, 3, 3, 0.5, 1},
        SkyRegion.box(129, 141, -2, 3), SkyRegion.box(174, 186, -3, 2), SkyRegion.box(211.5, 223.5, -2, 3),
        SkyRegion.box(30.2, 38.8, -10.25, -3.72), SkyRegion.box(339, 351, -35, -30));
    /** The equatorial fields only (overlap with SDSS, 2QZ, 2SLAQ, MGC, WiggleZ). */
    static final SkyRegion EQUATORIAL = SkyRegion.anyOf(new double[] {1, 1, 1},
        SkyRegion.box(129, 141, -2, 3), SkyRegion.box(174, 186, -3, 2), SkyRegion.box(211.5, 223.5, -2, 3));

    static GamaObject of(Target target, Rng rng) {
        long cataid = rng.between(6802, 4_400_000);
        String name = "GAMAJ" + Sexagesimal.ra(target.ra(), 2, "") + Sexagesimal.dec(target.dec(), 1, "");
        return new GamaObject(target, cataid, name);
    }

    /** Which GAMA field a position is in, e.g. {@code G12}. */
    String field() {
        double ra = target.ra();
        if (ra < 60) {
            return "G02";
        }
        if (ra > 300) {
            return "G23";
        }
        return ra < 160 ? "G09" : ra < 200 ? "G12" : "G15";
    }
}
