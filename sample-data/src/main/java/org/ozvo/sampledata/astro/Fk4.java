package org.ozvo.sampledata.astro;

/**
 * J2000 (FK5, taken as ICRS) to B1950 (FK4) mean positions, good to well under an arcsecond
 * for objects without proper motion: the position part of the standard FK5→FK4 rotation
 * (Standish 1982) followed by adding back the elliptic terms of aberration that FK4
 * catalogue positions contain. 2dFGRS stores its {@code RA}/{@code DEC} and
 * {@code OBSRA}/{@code OBSDEC} this way, in radians.
 */
public final class Fk4 {

    private static final double[][] FK5_TO_FK4 = {
        {0.9999256795, 0.0111814828, 0.0048590039},
        {-0.0111814828, 0.9999374849, -0.0000271771},
        {-0.0048590040, -0.0000271557, 0.9999881946},
    };
    /** E-terms of aberration at B1950 (radians). */
    private static final double[] E_TERMS = {-1.62557e-6, -0.31919e-6, -0.13843e-6};

    private Fk4() {
    }

    /**
     * Converts a J2000 position to B1950.
     *
     * @return {ra, dec} in radians, ra in [0, 2π)
     */
    public static double[] fromJ2000(double raDeg, double decDeg) {
        double ra = StrictMath.toRadians(raDeg);
        double dec = StrictMath.toRadians(decDeg);
        double[] r = {
            StrictMath.cos(dec) * StrictMath.cos(ra),
            StrictMath.cos(dec) * StrictMath.sin(ra),
            StrictMath.sin(dec),
        };
        double[] p = new double[3];
        for (int i = 0; i < 3; i++) {
            p[i] = FK5_TO_FK4[i][0] * r[0] + FK5_TO_FK4[i][1] * r[1] + FK5_TO_FK4[i][2] * r[2];
        }
        double dot = p[0] * E_TERMS[0] + p[1] * E_TERMS[1] + p[2] * E_TERMS[2];
        for (int i = 0; i < 3; i++) {
            p[i] = p[i] + E_TERMS[i] - dot * p[i];
        }
        double outRa = StrictMath.atan2(p[1], p[0]);
        if (outRa < 0) {
            outRa += 2 * Math.PI;
        }
        double outDec = StrictMath.atan2(p[2], StrictMath.sqrt(p[0] * p[0] + p[1] * p[1]));
        return new double[] {outRa, outDec};
    }
}
