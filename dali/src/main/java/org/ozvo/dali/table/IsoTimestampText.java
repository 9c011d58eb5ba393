package org.ozvo.dali.table;

/**
 * Turns PostgreSQL's text output of a {@code timestamp} ({@code 2020-01-02 03:04:05.678}, with
 * DateStyle ISO, which PgJDBC enforces) or {@code date} ({@code 2020-01-02}) into the DALI
 * form {@code 2020-01-02T03:04:05.678} without parsing it into a date object: PostgreSQL
 * already drops trailing zeros of the fraction as {@code ISO_LOCAL_DATE_TIME} does. Anything
 * else ({@code infinity}, BC dates, years beyond 9999, zones) is refused with null, for the
 * caller to convert the slow way. Stateless.
 */
final class IsoTimestampText {

    private static final byte[] MIDNIGHT = "T00:00:00".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private IsoTimestampText() {
    }

    /** A new array with the DALI form of a plain timestamp, or null if the text is not one. */
    static byte[] ofTimestamp(byte[] text) {
        int len = text.length;
        if (len < 19 || len == 20 || len > 26 || !isDate(text) || text[10] != ' '
                || !digits(text, 11, 13) || text[13] != ':' || !digits(text, 14, 16) || text[16] != ':'
                || !digits(text, 17, 19) || (len > 19 && (text[19] != '.' || !digits(text, 20, len)))) {
            return null;
        }
        byte[] iso = text.clone();
        iso[10] = 'T';
        return iso;
    }

    /** A new array with the DALI form (midnight) of a plain date, or null if the text is not one. */
    static byte[] ofDate(byte[] text) {
        if (text.length != 10 || !isDate(text)) {
            return null;
        }
        byte[] iso = java.util.Arrays.copyOf(text, 10 + MIDNIGHT.length);
        System.arraycopy(MIDNIGHT, 0, iso, 10, MIDNIGHT.length);
        return iso;
    }

    private static boolean isDate(byte[] t) {
        return digits(t, 0, 4) && t[4] == '-' && digits(t, 5, 7) && t[7] == '-' && digits(t, 8, 10);
    }

    private static boolean digits(byte[] t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t[i] < '0' || t[i] > '9') {
                return false;
            }
        }
        return true;
    }
}
