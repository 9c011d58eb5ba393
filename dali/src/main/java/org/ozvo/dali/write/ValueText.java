package org.ozvo.dali.write;

/**
 * DALI text form of cell values (DALI 1.1 section 3.3): numbers in Java's shortest round-trip
 * form, booleans {@code true/false}, arrays (point, circle, polygon, intervals) as their elements
 * separated by single spaces, null as the empty string. Stateless.
 */
final class ValueText {

    private ValueText() {
    }

    static void append(StringBuilder sb, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String s) {
            sb.append(s);
        } else if (value instanceof Double d) {
            appendDouble(sb, d);
        } else if (value instanceof Float f) {
            if (!f.isNaN()) {
                sb.append(f.floatValue());
            }
        } else if (value instanceof double[] a) {
            for (int i = 0; i < a.length; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(a[i]);
            }
        } else if (value instanceof float[] a) {
            for (int i = 0; i < a.length; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(a[i]);
            }
        } else if (value instanceof int[] a) {
            for (int i = 0; i < a.length; i++) {
                sb.append(i > 0 ? " " : "").append(a[i]);
            }
        } else if (value instanceof long[] a) {
            for (int i = 0; i < a.length; i++) {
                sb.append(i > 0 ? " " : "").append(a[i]);
            }
        } else if (value instanceof short[] a) {
            for (int i = 0; i < a.length; i++) {
                sb.append(i > 0 ? " " : "").append(a[i]);
            }
        } else if (value instanceof boolean[] a) {
            for (int i = 0; i < a.length; i++) {
                sb.append(i > 0 ? " " : "").append(a[i]);
            }
        } else {
            sb.append(value);
        }
    }

    private static void appendDouble(StringBuilder sb, double d) {
        if (Double.isNaN(d)) {
            return; // NaN is a null in CSV/TSV
        }
        sb.append(d);
    }
}
