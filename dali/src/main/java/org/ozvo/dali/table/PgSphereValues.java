package org.ozvo.dali.table;

import java.util.Locale;

/**
 * Converts pgSphere values, in their default text output (radians), into DALI arrays in
 * degrees: {@code spoint} to point {@code [lon, lat]}, {@code scircle} to circle
 * {@code [lon, lat, radius]}, {@code spoly} to polygon {@code [lon1, lat1, lon2, lat2, ...]} and
 * {@code sbox} to the polygon of its four corners. Longitudes are normalised to [0, 360).
 * Stateless and thread-safe.
 */
public final class PgSphereValues {

    private PgSphereValues() {
    }

    /** True if the PostgreSQL type name is one of the pgSphere geometry types handled here. */
    public static boolean isGeometryType(String pgTypeName) {
        if (pgTypeName == null) {
            return false;
        }
        return switch (pgTypeName.toLowerCase(Locale.ROOT)) {
            case "spoint", "scircle", "spoly", "sbox" -> true;
            default -> false;
        };
    }

    /** The DALI xtype a pgSphere type becomes. */
    public static String xtype(String pgTypeName) {
        return switch (pgTypeName.toLowerCase(Locale.ROOT)) {
            case "spoint" -> "point";
            case "scircle" -> "circle";
            default -> "polygon";
        };
    }

    /** The VOTable arraysize a pgSphere type becomes. */
    public static String arraysize(String pgTypeName) {
        return switch (pgTypeName.toLowerCase(Locale.ROOT)) {
            case "spoint" -> "2";
            case "scircle" -> "3";
            default -> "*";
        };
    }

    /**
     * Parses a pgSphere text value.
     *
     * @param pgTypeName {@code spoint}, {@code scircle}, {@code spoly} or {@code sbox}
     * @param text       the value as PostgreSQL prints it (radians), or null
     * @return degrees as described in the class comment, or null for null
     * @throws IllegalArgumentException if the text is not a value of that type
     */
    public static double[] toDegrees(String pgTypeName, String text) {
        if (text == null) {
            return null;
        }
        double[] numbers = numbers(text);
        String type = pgTypeName.toLowerCase(Locale.ROOT);
        double[] deg;
        switch (type) {
            case "spoint" -> deg = expect(numbers, 2, text);
            case "scircle" -> deg = expect(numbers, 3, text);
            case "sbox" -> {
                double[] b = expect(numbers, 4, text);
                // sw = (b0, b1), ne = (b2, b3); corners counter-clockwise seen from inside
                deg = new double[] {b[0], b[1], b[2], b[1], b[2], b[3], b[0], b[3]};
            }
            case "spoly" -> {
                if (numbers.length < 6 || numbers.length % 2 != 0) {
                    throw new IllegalArgumentException("not a pgSphere polygon: " + text);
                }
                deg = numbers;
            }
            default -> throw new IllegalArgumentException("not a pgSphere type: " + pgTypeName);
        }
        for (int i = 0; i < deg.length; i++) {
            deg[i] = Math.toDegrees(deg[i]);
        }
        if (!type.equals("scircle")) {
            for (int i = 0; i < deg.length; i += 2) {
                deg[i] = normaliseLongitude(deg[i]);
            }
        } else {
            deg[0] = normaliseLongitude(deg[0]);
        }
        return deg;
    }

    private static double normaliseLongitude(double lon) {
        double l = lon % 360.0;
        if (l < 0) {
            l += 360.0;
        }
        return l == 360.0 ? 0.0 : l;
    }

    private static double[] expect(double[] numbers, int n, String text) {
        if (numbers.length != n) {
            throw new IllegalArgumentException("expected " + n + " numbers in pgSphere value " + text);
        }
        return numbers;
    }

    /** Extracts every number of the text, in order, without regular expressions (hot path). */
    static double[] numbers(String text) {
        double[] out = new double[16];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            char c = text.charAt(i);
            if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
                int start = i;
                i++;
                while (i < len) {
                    char d = text.charAt(i);
                    boolean exp = (d == 'e' || d == 'E');
                    boolean signAfterExp = (d == '-' || d == '+') && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E');
                    if ((d >= '0' && d <= '9') || d == '.' || exp || signAfterExp) {
                        i++;
                    } else {
                        break;
                    }
                }
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = Double.parseDouble(text.substring(start, i));
            } else {
                i++;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
