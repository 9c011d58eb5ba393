package org.ozvo.sampledata.survey;

import org.ozvo.sampledata.fits.Cards;
import org.ozvo.sampledata.synth.Rng;

/**
 * The block GAMA appends, after a HISTORY line, to the spectra it redistributes from other
 * surveys (survey-formats.md §4): its own id, position (degrees J2000), wavelength range,
 * heliocentric redshift and quality, and the matched catalogue object.
 */
final class GamaKeywords {

    private GamaKeywords() {
    }

    /**
     * @param z  heliocentric redshift, or −9 when none (then NQ ≤ 2)
     * @param nq normalised quality, &gt; 2 usable
     */
    static void append(Cards c, GamaObject o, String specId, String survey, double wmin, double wmax, double z,
                       int nq, Rng rng) {
        c.history("The following keywords were added by GAMA.")
            .str("SPECID", specId, "Unique ID of spectrum")
            .str("SURVEY", survey, "Survey this spectrum originated from")
            .num("RA", o.target().ra(), 5, "RA of spectrum (J2000)")
            .num("DEC", o.target().dec(), 5, "DEC of spectrum (J2000)")
            .num("WMIN", wmin, 2, "Minimum wavelength of spectrum")
            .num("WMAX", wmax, 2, "Maximum wavelength of spectrum")
            .num("Z", z, 5, "Heliocentric redshift")
            .integer("NQ", nq, "Normalised redshift quality (use nQ > 2 for science)")
            .num("PROB", nq >= 3 ? rng.uniform(0.9, 1.0) : rng.uniform(0, 0.5), 3, "Probability that redshift is correct")
            .integer("CATAID", o.cataid(), "ID of matched GAMA object")
            .str("GAMANAME", o.gamaName(), "Name of matched GAMA object")
            .integer("IC_FLAG", rng.between(0, 3), "Catalogue source(s) of matched GAMA object")
            .num("DIST", rng.uniform(0, 2), 2, "Distance between spectrum and matched GAMA object")
            .integer("IS_SBEST", rng.chance(0.85) ? 1 : 0, "Is this the best spectrum of this GAMA object");
    }

    /** Normalised quality for a redshift measurement: mostly 4, some 3, a few failures. */
    static int quality(Rng rng) {
        double u = rng.uniform();
        return u < 0.65 ? 4 : u < 0.85 ? 3 : u < 0.93 ? 2 : 1;
    }
}
