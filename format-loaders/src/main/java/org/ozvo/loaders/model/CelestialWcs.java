package org.ozvo.loaders.model;

/**
 * A two-dimensional celestial WCS of a zenithal projection (TAN or SIN), in the form FITS
 * WCS paper II defines: pixel (1-based) to intermediate coordinates through the CD matrix,
 * deprojection, then rotation with the native pole at LONPOLE = 180 deg. Enough to place
 * small survey thumbnails on the sky; immutable.
 *
 * @param projection {@code TAN} or {@code SIN}
 * @param crval1     right ascension of the reference point, deg
 * @param crval2     declination of the reference point, deg
 * @param crpix1     reference pixel along axis 1 (1-based)
 * @param crpix2     reference pixel along axis 2 (1-based)
 * @param cd11       CD1_1, deg/pixel
 * @param cd12       CD1_2
 * @param cd21       CD2_1
 * @param cd22       CD2_2
 */
public record CelestialWcs(String projection, double crval1, double crval2, double crpix1, double crpix2,
                           double cd11, double cd12, double cd21, double cd22) {

    public CelestialWcs {
        if (!projection.equals("TAN") && !projection.equals("SIN")) {
            throw new IllegalArgumentException("unsupported projection " + projection + " (TAN or SIN)");
        }
        double det = cd11 * cd22 - cd12 * cd21;
        if (!(Math.abs(det) > 0) || !Double.isFinite(det)) {
            throw new IllegalArgumentException("the CD matrix is singular");
        }
    }

    /** The CD matrix from CDELTi and a CROTA2 rotation (deg), the classic AIPS convention. */
    public static CelestialWcs fromCdelt(String projection, double crval1, double crval2, double crpix1,
                                         double crpix2, double cdelt1, double cdelt2, double crota2) {
        double r = Math.toRadians(crota2);
        return new CelestialWcs(projection, crval1, crval2, crpix1, crpix2,
            cdelt1 * Math.cos(r), -cdelt2 * Math.sin(r), cdelt1 * Math.sin(r), cdelt2 * Math.cos(r));
    }

    /**
     * Sky position of a pixel.
     *
     * @param p1 pixel coordinate along axis 1, 1-based (pixel centres are integers)
     * @param p2 pixel coordinate along axis 2, 1-based
     * @return {ra, dec} in degrees, ra in [0, 360)
     */
    public double[] pixelToSky(double p1, double p2) {
        double x = cd11 * (p1 - crpix1) + cd12 * (p2 - crpix2);
        double y = cd21 * (p1 - crpix1) + cd22 * (p2 - crpix2);
        double r = Math.toRadians(Math.hypot(x, y));
        double phi = Math.atan2(x, -y);
        double theta = projection.equals("TAN") ? Math.atan2(1, r) : Math.acos(Math.min(1, r));
        double dp = Math.toRadians(crval2);
        double phiP = Math.PI; // LONPOLE for a zenithal projection with delta_0 = theta_0
        double dphi = phi - phiP;
        double ra = Math.toRadians(crval1) + Math.atan2(-Math.cos(theta) * Math.sin(dphi),
            Math.sin(theta) * Math.cos(dp) - Math.cos(theta) * Math.sin(dp) * Math.cos(dphi));
        double dec = Math.asin(Math.sin(theta) * Math.sin(dp) + Math.cos(theta) * Math.cos(dp) * Math.cos(dphi));
        double raDeg = Math.toDegrees(ra) % 360;
        if (raDeg < 0) {
            raDeg += 360;
        }
        return new double[] {raDeg, Math.toDegrees(dec)};
    }

    /**
     * The outline of an image of {@code naxis1} x {@code naxis2} pixels: its four outer
     * corners as a DALI polygon (lon/lat pairs, degrees), counter-clockwise as seen from the
     * centre of the sphere, which is what DALI and pgSphere expect.
     */
    public double[] footprint(int naxis1, int naxis2) {
        double[][] corners = {
            pixelToSky(0.5, 0.5), pixelToSky(naxis1 + 0.5, 0.5),
            pixelToSky(naxis1 + 0.5, naxis2 + 0.5), pixelToSky(0.5, naxis2 + 0.5)};
        if (SkyPolygons.signedArea(corners) > 0) {
            // positive area in (east, north) = clockwise seen from inside the sphere: reverse
            double[] t = corners[1];
            corners[1] = corners[3];
            corners[3] = t;
        }
        double[] out = new double[8];
        for (int i = 0; i < 4; i++) {
            out[2 * i] = corners[i][0];
            out[2 * i + 1] = corners[i][1];
        }
        return out;
    }
}
