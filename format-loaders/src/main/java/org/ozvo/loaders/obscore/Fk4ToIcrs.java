package org.ozvo.loaders.obscore;

/**
 * Converts FK4 B1950.0 positions (2dFGRS stores them, in radians) to FK5 J2000.0, which equals
 * ICRS to within a few tens of milliarcseconds, far below a 2 arcsec fibre. The algorithm is
 * SLALIB/ERFA's FK45Z (Standish 1982 matrix with E-terms removed) for a star with no proper motion
 * in FK5, observed at epoch B1950 - the same result astropy gives for
 * {@code SkyCoord(ra, dec, frame=FK4(equinox='B1950')).icrs} within a milliarcsecond.
 */
public final class Fk4ToIcrs {

    /** E-terms of aberration vector and its rate (per tropical century, radians). */
    private static final double[] A = {-1.62557e-6, -0.31919e-6, -0.13843e-6};
    private static final double[] AD = {1.245e-3, -1.580e-3, -0.659e-3};
    /** Position rows (0-2) and fictitious proper motion rows (3-5) of the FK4 to FK5 matrix. */
    private static final double[][] EM = {
        {0.9999256782, -0.0111820611, -0.0048579477},
        {0.0111820610, 0.9999374784, -0.0000271765},
        {0.0048579479, -0.0000271474, 0.9999881997},
        {-0.000551, -0.238565, 0.435739},
        {0.238514, -0.002667, -0.008541},
        {-0.435623, 0.012254, 0.002117}};
    /** Radians to arcsec times 100 (proper motions are per century). */
    private static final double PMF = 100 * 60 * 60 * 360 / (2 * Math.PI);

    private Fk4ToIcrs() {
    }

    /**
     * @param ra1950  FK4 right ascension, radians, equinox and epoch B1950
     * @param dec1950 FK4 declination, radians
     * @return {ra, dec} ICRS in degrees, ra in [0, 360)
     */
    public static double[] convert(double ra1950, double dec1950) {
        double bepoch = 1950.0;
        double[] r0 = {Math.cos(ra1950) * Math.cos(dec1950), Math.sin(ra1950) * Math.cos(dec1950), Math.sin(dec1950)};
        double w = (bepoch - 1950) / PMF;
        double[] a1 = new double[3];
        for (int i = 0; i < 3; i++) {
            a1[i] = A[i] + w * AD[i];
        }
        double dot = r0[0] * a1[0] + r0[1] * a1[1] + r0[2] * a1[2];
        double[] v1 = new double[3];
        for (int i = 0; i < 3; i++) {
            v1[i] = r0[i] - a1[i] + dot * r0[i];
        }
        double[] v2 = new double[6];
        for (int i = 0; i < 6; i++) {
            v2[i] = EM[i][0] * v1[0] + EM[i][1] * v1[1] + EM[i][2] * v1[2];
        }
        // fictitious FK4 proper motion, from the epoch to J2000
        double julianEpoch = 2000.0 + (besselianToJd(bepoch) - 2451545.0) / 365.25;
        double wt = (julianEpoch - 2000.0) / PMF;
        for (int i = 0; i < 3; i++) {
            v2[i] += wt * v2[i + 3];
        }
        double ra = Math.atan2(v2[1], v2[0]);
        double dec = Math.atan2(v2[2], Math.hypot(v2[0], v2[1]));
        double raDeg = Math.toDegrees(ra);
        if (raDeg < 0) {
            raDeg += 360;
        }
        return new double[] {raDeg % 360, Math.toDegrees(dec)};
    }

    private static double besselianToJd(double epoch) {
        return 2415020.31352 + (epoch - 1900.0) * 365.242198781;
    }
}
