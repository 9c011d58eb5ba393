package org.ozvo.dali.table;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Formats a {@link LocalDateTime} exactly as {@link DateTimeFormatter#ISO_LOCAL_DATE_TIME}
 * does ({@code 2020-01-02T03:04:05.678}: seconds always, the fraction without trailing zeros),
 * several times faster for years 0 to 9999; other years go to the formatter. Timestamps are
 * in every ObsCore row, so this is on the hot path of VOTable and FITS output. Stateless.
 */
final class IsoLocalDateTime {

    private IsoLocalDateTime() {
    }

    static String format(LocalDateTime t) {
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        }
        byte[] c = new byte[29];
        digits(c, 0, year, 4);
        c[4] = '-';
        digits(c, 5, t.getMonthValue(), 2);
        c[7] = '-';
        digits(c, 8, t.getDayOfMonth(), 2);
        c[10] = 'T';
        digits(c, 11, t.getHour(), 2);
        c[13] = ':';
        digits(c, 14, t.getMinute(), 2);
        c[16] = ':';
        digits(c, 17, t.getSecond(), 2);
        int len = 19;
        int nano = t.getNano();
        if (nano != 0) {
            c[19] = '.';
            digits(c, 20, nano, 9);
            len = 29;
            while (c[len - 1] == '0') {
                len--;
            }
        }
        return new String(c, 0, len, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** {@code value} in exactly {@code width} decimal digits, zero padded, at {@code at}. */
    private static void digits(byte[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }
}
