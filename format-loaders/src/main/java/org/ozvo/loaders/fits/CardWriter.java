package org.ozvo.loaders.fits;

import nom.tam.fits.Header;
import nom.tam.fits.HeaderCardException;

/**
 * Adds keywords to a header being written, skipping null values, so writers can list every
 * keyword of the convention without an if per keyword. Comments carry the unit in square
 * brackets, the FITS convention (e.g. {@code [deg] ICRS right ascension}).
 */
final class CardWriter {

    /** Long string values are not enabled; longer values are cut rather than failing the file. */
    private static final int MAX_STRING = 68;
    /** Text per COMMENT/HISTORY card, leaving room for nom-tam-fits' leading blank. */
    private static final int LINE = 70;

    private final Header header;

    CardWriter(Header header) {
        this.header = header;
    }

    CardWriter number(String key, Number value, String comment) throws HeaderCardException {
        if (value != null && Double.isFinite(value.doubleValue())) {
            header.addValue(key, value, comment);
        }
        return this;
    }

    CardWriter string(String key, String value, String comment) throws HeaderCardException {
        if (value != null && !value.isBlank()) {
            String v = value.length() > MAX_STRING ? value.substring(0, MAX_STRING) : value;
            header.addValue(key, v, comment);
        }
        return this;
    }

    CardWriter comment(String text) {
        for (String line : wrap(ascii(text))) {
            header.insertComment(line);
        }
        return this;
    }

    CardWriter history(String text) {
        for (String line : wrap(ascii(text))) {
            header.insertHistory(line);
        }
        return this;
    }

    /** Splits text at spaces into lines that fit a COMMENT or HISTORY card (72 characters). */
    static java.util.List<String> wrap(String text) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            while (word.length() > LINE) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, LINE));
                word = word.substring(LINE);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** FITS headers are printable ASCII only. */
    static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x20 && c <= 0x7e ? c : '?');
        }
        return sb.toString();
    }
}
