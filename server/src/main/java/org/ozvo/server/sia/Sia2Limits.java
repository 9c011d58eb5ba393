package org.ozvo.server.sia;

import java.util.function.Function;

/**
 * The row limits of the SIA 2.0 service (DALI-11): MAXREC when the client gives none, and the
 * cap on what a client may ask for.
 *
 * @param defaultMaxrec rows returned without MAXREC
 * @param maxrecLimit   the most rows one response returns, whatever MAXREC says
 */
public record Sia2Limits(int defaultMaxrec, int maxrecLimit) {

    public Sia2Limits {
        if (defaultMaxrec <= 0 || maxrecLimit < defaultMaxrec) {
            throw new IllegalArgumentException("need 0 < default MAXREC <= MAXREC limit, got "
                + defaultMaxrec + " and " + maxrecLimit);
        }
    }

    /**
     * Reads {@code VO_SIA2_MAXREC} (default 1000) and {@code VO_SIA2_MAXREC_LIMIT} (default 100000).
     *
     * @throws IllegalStateException naming the variable if a value is not a positive integer
     */
    public static Sia2Limits from(Function<String, String> env) {
        return new Sia2Limits(positive(env, "VO_SIA2_MAXREC", 1000), positive(env, "VO_SIA2_MAXREC_LIMIT", 100_000));
    }

    private static int positive(Function<String, String> env, String key, int fallback) {
        String v = env.apply(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException(key + " must be a positive integer, not '" + v + "'");
    }

    /** Rows to return for a request's MAXREC (null when absent). */
    public int effective(Integer requested) {
        return requested == null ? defaultMaxrec : Math.min(requested, maxrecLimit);
    }
}
