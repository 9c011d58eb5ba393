package org.ozvo.dali.value;

import java.util.Locale;
import org.ozvo.dali.fault.UsageFault;

/**
 * Numbers as DALI 1.1 section 3.3.1 writes them (VOTable syntax: {@code 1e-07},
 * {@code 1.0E-7}, {@code +Inf}, {@code -Inf}, {@code NaN}) plus what real clients send:
 * pyvo 1.2.1 writes Python floats, so open ends arrive as {@code inf} and {@code -inf}.
 */
public final class DaliNumbers {

    private DaliNumbers() {
    }

    /**
     * Parses one number; infinities in any of the spellings above are accepted.
     *
     * @param param name of the parameter, for the error message
     * @param token the number as sent
     * @throws UsageFault if the token is not a number
     */
    public static double parse(String param, String token) {
        String t = token.trim();
        switch (t.toLowerCase(Locale.ROOT)) {
            case "inf", "+inf", "infinity", "+infinity" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-inf", "-infinity" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> {
                // Double.parseDouble also takes hex floats and a trailing d/f; DALI has neither.
                if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw new UsageFault(param + ": '" + token + "' is not a number");
                }
                return Double.parseDouble(t);
            }
        }
    }

    /**
     * Parses one finite number.
     *
     * @throws UsageFault if the token is not a number, or is NaN or infinite
     */
    public static double parseFinite(String param, String token) {
        double v = parse(param, token);
        if (!Double.isFinite(v)) {
            throw new UsageFault(param + ": '" + token + "' must be a finite number");
        }
        return v;
    }

    /**
     * Splits a DALI array value (numbers separated by white space) into tokens.
     *
     * @return the tokens, empty for a blank value
     */
    public static String[] tokens(String value) {
        String v = value.trim();
        return v.isEmpty() ? new String[0] : v.split("\\s+");
    }

    /** DALI text of a number: {@code +Inf}/{@code -Inf} for infinities, shortest round-trip form otherwise. */
    public static String format(double v) {
        if (v == Double.POSITIVE_INFINITY) {
            return "+Inf";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
