package org.ozvo.loaders.fits;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Number values of header cards, as nom-tam-fits' {@code FlexFormat} writes them (so products
 * keep their cards): integers as they are; a double in fixed notation ({@code 0.#}, at least
 * one decimal) when 0.001 <= |x| < 1e6, else or when shorter in exponential notation
 * ({@code 0.#E0}, e.g. {@code 2.4E3}, {@code 1.E-300}), with the digits of
 * {@link Double#toString}, at most 16 decimals (rounded half up beyond). Built from the
 * digits, without the {@code DecimalFormat} per number that FlexFormat creates (a tenth of
 * the cost of writing a product); only the rare value that needs rounding goes through one.
 * One difference: where that rounding would change the value (FlexFormat writes some values
 * below 1 with 17 significant digits so that they read back as another double), the digits
 * are kept as they are: every value reads back exactly.
 */
final class CardNumbers {

    private static final double MIN_FIXED = 0.001;
    private static final double MAX_FIXED = 1e6;
    private static final int MAX_DECIMALS = 16;

    private CardNumbers() {
    }

    /** Integer types as {@code toString}, doubles as above. */
    static String format(Number value) {
        if (value instanceof Double d) {
            return formatDouble(d);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return value.toString();
        }
        throw new IllegalArgumentException("unsupported number type for a header card: " + value.getClass().getName());
    }

    private static String formatDouble(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        Digits d = Digits.of(value);
        // exponential: one digit before the point, so more than 17 digits need rounding
        String exp = d.digits.length() > MAX_DECIMALS + 1 ? rounded(value, "0.#E0", exponential(d)) : exponential(d);
        double a = Math.abs(value);
        if (a >= MIN_FIXED && a < MAX_FIXED) {
            String fixed = d.digits.length() - d.pointAt > MAX_DECIMALS ? rounded(value, "0.#", fixed(d)) : fixed(d);
            return exp.length() < fixed.length() ? exp : fixed;
        }
        return exp;
    }

    /** FlexFormat's own rounding to 16 decimals, unless the rounded text is another double. */
    private static String rounded(double value, String pattern, String exact) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
        f.setDecimalSeparatorAlwaysShown(true);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setMinimumFractionDigits(pattern.indexOf('E') < 0 ? 1 : 0);
        f.setMaximumFractionDigits(MAX_DECIMALS);
        String text = f.format(value);
        return Double.parseDouble(text) == value ? text : exact;
    }

    /** {@code d.dddE[-]n}; a single digit keeps its point ({@code 3.E3}); zero is {@code 0.E0}. */
    private static String exponential(Digits d) {
        StringBuilder s = new StringBuilder(24);
        if (d.negative) {
            s.append('-');
        }
        if (d.digits.isEmpty()) {
            return s.append("0.E0").toString();
        }
        s.append(d.digits.charAt(0)).append('.').append(d.digits, 1, d.digits.length());
        return s.append('E').append(d.pointAt - 1).toString();
    }

    /** Integer part (at least {@code 0}), point, decimals (at least one). */
    private static String fixed(Digits d) {
        StringBuilder s = new StringBuilder(24);
        if (d.negative) {
            s.append('-');
        }
        String digits = d.digits;
        int n = digits.length();
        if (d.pointAt <= 0) {
            s.append('0');
        } else {
            for (int i = 0; i < d.pointAt; i++) {
                s.append(i < n ? digits.charAt(i) : '0');
            }
        }
        s.append('.');
        int fractionStart = s.length();
        for (int i = d.pointAt; i < 0; i++) {
            s.append('0');
        }
        if (d.pointAt < n) {
            s.append(digits, Math.max(d.pointAt, 0), n);
        }
        if (s.length() == fractionStart) {
            s.append('0');
        }
        return s.toString();
    }

    /**
     * The significant digits of {@link Double#toString} (no leading or trailing zeros) and
     * where the decimal point goes: value = 0.{@code digits} x 10^{@code pointAt}.
     */
    private record Digits(boolean negative, String digits, int pointAt) {

        static Digits of(double value) {
            String s = Double.toString(Math.abs(value));
            boolean negative = (Double.doubleToRawLongBits(value) & Long.MIN_VALUE) != 0;
            int e = s.indexOf('E');
            String mantissa = e < 0 ? s : s.substring(0, e);
            int exponent = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
            int point = mantissa.indexOf('.');
            StringBuilder all = new StringBuilder(mantissa.length());
            all.append(mantissa, 0, point).append(mantissa, point + 1, mantissa.length());
            int pointAt = point + exponent;
            int lead = 0;
            while (lead < all.length() && all.charAt(lead) == '0') {
                lead++;
            }
            int end = all.length();
            while (end > lead && all.charAt(end - 1) == '0') {
                end--;
            }
            if (lead == end) {
                return new Digits(negative, "", 0);
            }
            return new Digits(negative, all.substring(lead, end), pointAt - lead);
        }
    }
}
