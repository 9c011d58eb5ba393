package org.ozvo.loaders.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flux (or variance) unit as a power-of-ten scale times a product of symbols with integer
 * powers, e.g. {@code 1e-17 erg s-1 cm-2 Angstrom-1}. Parses the spellings the surveys use
 * ({@code 1e-16 erg / (A cm2 s)}, {@code 10^-17 erg/s/cm^2/A}, {@code count / Angstrom},
 * {@code counts/s}, SDSS's {@code 1E-17 erg/cm/s/Ang}) and writes one string that FITS and
 * astropy both accept ({@code 10**(-17) erg/(s cm2 Angstrom)}). Immutable.
 *
 * <p>In these surveys' flux units {@code A} always means Angstrom, never ampere.
 */
public final class FluxUnit {

    /** Canonical symbol order when writing: numerator kinds first, then the denominator. */
    private static final List<String> ORDER = List.of("erg", "W", "J", "Jy", "count", "adu", "s", "m", "cm", "Hz",
        "nm", "um", "Angstrom");

    private static final Map<String, String> ALIASES = aliases();

    private static final Pattern SCALE = Pattern.compile(
        "^\\s*(?:(?<mant>[0-9]*\\.?[0-9]+)?[eE](?<exp1>[-+]?\\d+)|10\\s*(?:\\^|\\*\\*)\\s*\\(?\\s*(?<exp2>[-+]?\\d+)\\s*\\)?)\\s*");

    public static final FluxUnit COUNT = parse("count");
    public static final FluxUnit COUNT_PER_SECOND = parse("count/s");
    public static final FluxUnit COUNT_PER_ANGSTROM = parse("count/Angstrom");

    private final int scaleExponent;
    private final Map<String, Integer> powers;

    private FluxUnit(int scaleExponent, Map<String, Integer> powers) {
        this.scaleExponent = scaleExponent;
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String s : ORDER) {
            Integer p = powers.get(s);
            if (p != null && p != 0) {
                ordered.put(s, p);
            }
        }
        this.powers = java.util.Collections.unmodifiableMap(ordered);
    }

    /**
     * Parses a survey's unit string.
     *
     * @throws IllegalArgumentException naming what could not be understood
     */
    public static FluxUnit parse(String text) {
        Objects.requireNonNull(text, "unit");
        String s = text.trim();
        int exponent = 0;
        Matcher m = SCALE.matcher(s);
        if (m.find()) {
            String mant = m.group("mant");
            if (mant != null && Double.parseDouble(mant) != 1.0) {
                throw new IllegalArgumentException("unit scale " + m.group().trim() + " is not a power of ten: " + text);
            }
            exponent = Integer.parseInt(m.group("exp1") != null ? m.group("exp1") : m.group("exp2"));
            s = s.substring(m.end());
        }
        Map<String, Integer> powers = new LinkedHashMap<>();
        new Parser(s.replace("**", "").replace("^", ""), text).expression(powers, 1);
        fixSdssPerCentimetre(powers);
        return new FluxUnit(exponent, powers);
    }

    /**
     * SDSS writes {@code erg/cm/s/Ang} for erg s-1 cm-2 Angstrom-1 (its data model says so);
     * a flux density per centimetre is never meant.
     */
    private static void fixSdssPerCentimetre(Map<String, Integer> powers) {
        if (powers.getOrDefault("erg", 0) == 1 && powers.getOrDefault("cm", 0) == -1
            && powers.getOrDefault("s", 0) == -1 && powers.getOrDefault("Angstrom", 0) == -1) {
            powers.put("cm", -2);
        }
    }

    /** The power of ten the unit is scaled by, e.g. -17. */
    public int scaleExponent() {
        return scaleExponent;
    }

    /** True for physical (calibrated) flux units, false for counts or ADU. */
    public boolean isCalibrated() {
        return powers.containsKey("erg") || powers.containsKey("W") || powers.containsKey("J") || powers.containsKey("Jy");
    }

    /** UCD of a flux measured in this unit (ObsCore {@code o_ucd}). */
    public String observableUcd() {
        return isCalibrated() ? "phot.flux.density;em.wl" : "phot.count";
    }

    /** The unit of the variance of a quantity in this unit. */
    public FluxUnit squared() {
        Map<String, Integer> p = new LinkedHashMap<>();
        powers.forEach((k, v) -> p.put(k, 2 * v));
        return new FluxUnit(2 * scaleExponent, p);
    }

    /**
     * The unit as a FITS {@code BUNIT} string that astropy also parses, e.g.
     * {@code 10**(-17) erg/(s cm2 Angstrom)}, {@code count/Angstrom}, {@code count}.
     */
    public String toFits() {
        StringBuilder num = new StringBuilder();
        StringBuilder den = new StringBuilder();
        int denCount = 0;
        for (Map.Entry<String, Integer> e : powers.entrySet()) {
            int p = e.getValue();
            StringBuilder target = p > 0 ? num : den;
            if (target.length() > 0) {
                target.append(' ');
            }
            target.append(e.getKey());
            if (Math.abs(p) != 1) {
                target.append(Math.abs(p));
            }
            if (p < 0) {
                denCount++;
            }
        }
        StringBuilder out = new StringBuilder();
        if (scaleExponent != 0) {
            out.append("10**(").append(scaleExponent).append(')');
            if (num.length() > 0 || den.length() > 0) {
                out.append(' ');
            }
        }
        if (num.length() > 0) {
            out.append(num);
        } else if (den.length() > 0) {
            out.append('1');
        }
        if (den.length() > 0) {
            out.append('/').append(denCount > 1 ? "(" + den + ")" : den);
        }
        return out.length() == 0 ? "" : out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FluxUnit u && u.scaleExponent == scaleExponent && u.powers.equals(powers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scaleExponent, powers);
    }

    @Override
    public String toString() {
        return toFits();
    }

    private static Map<String, String> aliases() {
        Map<String, String> a = new LinkedHashMap<>();
        for (String s : List.of("a", "aa", "ang", "angs", "angstrom", "angstroms", "angstroem")) {
            a.put(s, "Angstrom");
        }
        for (String s : List.of("count", "counts", "ct", "cts", "electron", "electrons")) {
            a.put(s, "count");
        }
        a.put("adu", "adu");
        a.put("erg", "erg");
        a.put("ergs", "erg");
        a.put("s", "s");
        a.put("sec", "s");
        a.put("cm", "cm");
        a.put("m", "m");
        a.put("w", "W");
        a.put("j", "J");
        a.put("jy", "Jy");
        a.put("hz", "Hz");
        a.put("nm", "nm");
        a.put("um", "um");
        return a;
    }

    /** Recursive descent over {@code a b / (c d)} with FITS semantics: {@code /} applies to the next factor. */
    private static final class Parser {
        private final String s;
        private final String original;
        private int pos;

        Parser(String s, String original) {
            this.s = s;
            this.original = original;
        }

        void expression(Map<String, Integer> powers, int sign) {
            boolean first = true;
            while (true) {
                skipSeparators();
                if (pos >= s.length() || s.charAt(pos) == ')') {
                    return;
                }
                int factorSign = sign;
                if (s.charAt(pos) == '/') {
                    pos++;
                    factorSign = -sign;
                    skipSeparators();
                } else if (!first && s.charAt(pos - 1) != ' ' && s.charAt(pos - 1) != '*' && s.charAt(pos - 1) != '.'
                    && s.charAt(pos - 1) != ')' && s.charAt(pos - 1) != '(') {
                    throw error();
                }
                factor(powers, factorSign);
                first = false;
            }
        }

        private void factor(Map<String, Integer> powers, int sign) {
            if (pos < s.length() && s.charAt(pos) == '(') {
                pos++;
                expression(powers, sign);
                if (pos >= s.length() || s.charAt(pos) != ')') {
                    throw error();
                }
                pos++;
                return;
            }
            int start = pos;
            while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
                pos++;
            }
            String word = s.substring(start, pos);
            int powStart = pos;
            if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                pos++;
            }
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            String pow = s.substring(powStart, pos);
            if (word.isEmpty() && "1".equals(pow)) {
                return; // the "1" of "1/s"
            }
            String symbol = ALIASES.get(word.toLowerCase(Locale.ROOT));
            if (symbol == null) {
                throw new IllegalArgumentException("unknown unit '" + word + "' in '" + original + "'");
            }
            int p = pow.isEmpty() || pow.equals("-") || pow.equals("+") ? 1 : Integer.parseInt(pow);
            powers.merge(symbol, sign * p, Integer::sum);
        }

        private void skipSeparators() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '*' || s.charAt(pos) == '.')) {
                pos++;
            }
        }

        private IllegalArgumentException error() {
            return new IllegalArgumentException("cannot parse unit '" + original + "' at position " + pos);
        }
    }
}
