package org.ozvo.sampledata.astro;

/** Galactic latitude, used to keep 6dFGS targets out of the Galactic plane as the survey did. */
public final class Galactic {

    private static final double NGP_RA = StrictMath.toRadians(192.85948);
    private static final double NGP_DEC = StrictMath.toRadians(27.12825);

    private Galactic() {
    }

    /** Galactic latitude in degrees of a J2000 position. */
    public static double latitude(double raDeg, double decDeg) {
        double ra = StrictMath.toRadians(raDeg);
        double dec = StrictMath.toRadians(decDeg);
        double sinB = StrictMath.sin(dec) * StrictMath.sin(NGP_DEC)
            + StrictMath.cos(dec) * StrictMath.cos(NGP_DEC) * StrictMath.cos(ra - NGP_RA);
        return StrictMath.toDegrees(StrictMath.asin(sinB));
    }
}
