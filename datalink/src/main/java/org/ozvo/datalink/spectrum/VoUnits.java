package org.ozvo.datalink.spectrum;

import org.ozvo.loaders.model.FluxUnit;

/**
 * Flux units of the simplified FITS ({@code BUNIT}, as format-loaders' {@link FluxUnit}
 * writes it, e.g. {@code 10**(-17) erg/(s cm2 Angstrom)}) in VOUnit syntax for VOTable
 * FIELDs ({@code 1e-17erg.s**-1.cm**-2.Angstrom**-1}). Stateless.
 */
public final class VoUnits {

    private VoUnits() {
    }

    /** The VOUnit of a BUNIT value, or null when there is none or it cannot be understood. */
    public static String ofFits(String bunit) {
        if (bunit == null || bunit.isBlank()) {
            return null;
        }
        FluxUnit unit;
        try {
            unit = FluxUnit.parse(bunit);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String canonical = unit.toFits();
        StringBuilder out = new StringBuilder();
        String rest = canonical;
        if (rest.startsWith("10**(")) {
            int close = rest.indexOf(')');
            out.append("1e").append(rest, 5, close);
            rest = rest.substring(close + 1).trim();
        }
        String num = rest;
        String den = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            num = rest.substring(0, slash).trim();
            den = rest.substring(slash + 1).trim().replace("(", "").replace(")", "");
        }
        StringBuilder symbols = new StringBuilder();
        if (!num.equals("1")) {
            appendFactors(symbols, num, 1);
        }
        appendFactors(symbols, den, -1);
        return out.append(symbols).toString();
    }

    /** UCD of a flux in this BUNIT: a flux density when calibrated, counts otherwise. */
    public static String fluxUcd(String bunit) {
        try {
            return bunit != null && FluxUnit.parse(bunit).isCalibrated() ? "phot.flux.density;em.wl" : "phot.count";
        } catch (IllegalArgumentException e) {
            return "phot.count";
        }
    }

    private static void appendFactors(StringBuilder sb, String factors, int sign) {
        for (String f : factors.split("\\s+")) {
            if (f.isEmpty()) {
                continue;
            }
            int i = 0;
            while (i < f.length() && Character.isLetter(f.charAt(i))) {
                i++;
            }
            int power = i < f.length() ? Integer.parseInt(f.substring(i)) : 1;
            power *= sign;
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(f, 0, i);
            if (power != 1) {
                sb.append("**").append(power);
            }
        }
    }
}
