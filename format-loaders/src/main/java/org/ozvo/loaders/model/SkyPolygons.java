package org.ozvo.loaders.model;

/** Small-polygon geometry on the sky, flat-sky approximation around the first vertex. */
public final class SkyPolygons {

    private SkyPolygons() {
    }

    /**
     * Signed area, deg^2, in a tangent plane with x to the east and y to the north. Negative
     * means counter-clockwise as seen from the centre of the sphere (east is to the left on
     * the sky), the DALI polygon winding.
     *
     * @param vertices {ra, dec} pairs in degrees
     */
    public static double signedArea(double[][] vertices) {
        double ra0 = vertices[0][0];
        double cosDec = Math.cos(Math.toRadians(vertices[0][1]));
        double a = 0;
        for (int i = 0; i < vertices.length; i++) {
            double[] p = vertices[i];
            double[] q = vertices[(i + 1) % vertices.length];
            double x1 = wrap(p[0] - ra0) * cosDec;
            double x2 = wrap(q[0] - ra0) * cosDec;
            a += x1 * q[1] - x2 * p[1];
        }
        return a / 2;
    }

    /** Angular distance between two points, degrees. */
    public static double separation(double ra1, double dec1, double ra2, double dec2) {
        double d1 = Math.toRadians(dec1);
        double d2 = Math.toRadians(dec2);
        double dra = Math.toRadians(ra2 - ra1);
        double sdd = Math.sin((d2 - d1) / 2);
        double sdr = Math.sin(dra / 2);
        double h = sdd * sdd + Math.cos(d1) * Math.cos(d2) * sdr * sdr;
        return Math.toDegrees(2 * Math.asin(Math.min(1, Math.sqrt(h))));
    }

    /** Largest distance between any two vertices of a DALI polygon (lon/lat pairs), degrees. */
    public static double diameter(double[] polygon) {
        double d = 0;
        for (int i = 0; i < polygon.length; i += 2) {
            for (int j = i + 2; j < polygon.length; j += 2) {
                d = Math.max(d, separation(polygon[i], polygon[i + 1], polygon[j], polygon[j + 1]));
            }
        }
        return d;
    }

    private static double wrap(double dra) {
        if (dra > 180) {
            return dra - 360;
        }
        return dra < -180 ? dra + 360 : dra;
    }
}
