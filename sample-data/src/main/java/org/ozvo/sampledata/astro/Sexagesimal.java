package org.ozvo.sampledata.astro;

import java.util.Locale;

/**
 * Sexagesimal strings for headers and IAU-style object names. Values are truncated, not
 * rounded (the IAU naming convention), which also means no {@code 60} ever appears.
 */
public final class Sexagesimal {

    private Sexagesimal() {
    }

    /** Right ascension in degrees as {@code hh<sep>mm<sep>ss.s…}. */
    public static String ra(double degrees, int decimals, String sep) {
        double hours = ((degrees % 360.0) + 360.0) % 360.0 / 15.0;
        return format(hours, decimals, sep, false);
    }

    /** Declination in degrees as {@code ±dd<sep>mm<sep>ss.s…}. */
    public static String dec(double degrees, int decimals, String sep) {
        return format(degrees, decimals, sep, true);
    }

    /** As {@link #ra} without separators and without the decimal point, e.g. {@code 2359555}. */
    public static String raDigits(double degrees, int decimals) {
        return ra(degrees, decimals, "").replace(".", "");
    }

    /** As {@link #dec} without separators and without the decimal point, e.g. {@code -392832}. */
    public static String decDigits(double degrees, int decimals) {
        return dec(degrees, decimals, "").replace(".", "");
    }

    private static String format(double value, int decimals, String sep, boolean signed) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long total = (long) StrictMath.floor(Math.abs(value) * 3600.0 * scale);
        long units = total / (3600 * scale);
        long minutes = total / (60 * scale) % 60;
        long secondsScaled = total % (60 * scale);
        String seconds = String.format(Locale.ROOT, "%02d", secondsScaled / scale);
        if (decimals > 0) {
            seconds += "." + String.format(Locale.ROOT, "%0" + decimals + "d", secondsScaled % scale);
        }
        String sign = signed ? (value < 0 ? "-" : "+") : "";
        return String.format(Locale.ROOT, "%s%02d%s%02d%s%s", sign, units, sep, minutes, sep, seconds);
    }
}
