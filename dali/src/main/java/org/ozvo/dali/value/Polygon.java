package org.ozvo.dali.value;

import java.util.Arrays;
import org.ozvo.dali.fault.UsageFault;

/**
 * A spherical polygon with great-circle edges (DALI 1.1 section 3.3.7, xtype {@code polygon};
 * SIA 2.0 POS=POLYGON). The region meant is the smaller of the two the edges separate, as
 * SIA 2.0 says and pgSphere does, so the vertex order does not matter. Immutable.
 */
public final class Polygon implements Shape {

    /** Edges of 180 degrees or more have no unique great circle. */
    private static final double MAX_EDGE_DEG = 180 - 1e-9;

    private final double[] coords;

    /**
     * @param coords {@code ra1 dec1 ra2 dec2 ...} in degrees, at least 3 vertices
     * @throws IllegalArgumentException if the vertices do not make a polygon
     */
    public Polygon(double... coords) {
        String problem = problem(coords);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.coords = coords.clone();
    }

    static Polygon parse(String param, String[] numbers) {
        if (numbers.length < 6 || numbers.length % 2 != 0) {
            throw new UsageFault(param + ": POLYGON needs at least 3 vertices as ra dec pairs (an even count of"
                + " at least 6 numbers), got " + numbers.length + " numbers");
        }
        double[] c = new double[numbers.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = DaliNumbers.parseFinite(param, numbers[i]);
            if (i % 2 == 0) {
                Coordinates.requireRa(param, "POLYGON", c[i]);
            } else {
                Coordinates.requireDec(param, "POLYGON", c[i]);
            }
        }
        String problem = problem(c);
        if (problem != null) {
            throw new UsageFault(param + ": " + problem);
        }
        return new Polygon(c);
    }

    /** Why the coordinates are not a valid polygon, or null if they are. */
    private static String problem(double[] c) {
        if (c.length < 6 || c.length % 2 != 0) {
            return "POLYGON needs at least 3 vertices";
        }
        int n = c.length / 2;
        for (int i = 0; i < n; i++) {
            double ra = c[2 * i];
            double dec = c[2 * i + 1];
            if (!(ra >= 0 && ra <= 360) || !(dec >= -90 && dec <= 90)) {
                return "POLYGON vertex " + (i + 1) + " (" + ra + ", " + dec + ") is not a sky position";
            }
            int j = (i + 1) % n;
            double edge = separation(ra, dec, c[2 * j], c[2 * j + 1]);
            if (edge < 1e-10) {
                return "POLYGON vertices " + (i + 1) + " and " + (j + 1) + " coincide";
            }
            if (edge >= MAX_EDGE_DEG) {
                return "POLYGON edge from vertex " + (i + 1) + " to " + (j + 1)
                    + " spans 180 degrees or more; add a vertex between them";
            }
        }
        return null;
    }

    /** Angular distance in degrees between two positions (haversine, stable for small angles). */
    static double separation(double ra1, double dec1, double ra2, double dec2) {
        double p1 = Math.toRadians(dec1);
        double p2 = Math.toRadians(dec2);
        double dp = p2 - p1;
        double dl = Math.toRadians(ra2 - ra1);
        double h = Math.pow(Math.sin(dp / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return Math.toDegrees(2 * Math.asin(Math.min(1, Math.sqrt(h))));
    }

    /** Number of vertices. */
    public int size() {
        return coords.length / 2;
    }

    /** Right ascension of vertex {@code i} (0-based), degrees. */
    public double ra(int i) {
        return coords[2 * i];
    }

    /** Declination of vertex {@code i} (0-based), degrees. */
    public double dec(int i) {
        return coords[2 * i + 1];
    }

    /** A copy of {@code ra1 dec1 ra2 dec2 ...}, the DALI polygon array. */
    public double[] coordinates() {
        return coords.clone();
    }

    @Override
    public String toPos() {
        StringBuilder sb = new StringBuilder("POLYGON");
        for (double v : coords) {
            sb.append(' ').append(DaliNumbers.format(v));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Polygon p && Arrays.equals(coords, p.coords);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(coords);
    }

    @Override
    public String toString() {
        return toPos();
    }
}
