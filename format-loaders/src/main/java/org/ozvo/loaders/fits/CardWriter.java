package org.ozvo.loaders.fits;

/**
 * Adds keywords to a header being written, skipping null values (and non-finite numbers), so
 * writers can list every keyword of the convention without an if per keyword. Comments carry
 * the unit in square brackets, the FITS convention (e.g. {@code [deg] ICRS right ascension}).
 * Text is made printable ASCII ('?' for anything else), as FITS headers must be.
 */
final class CardWriter {

    /** Longer values are cut rather than failing the file. */
    private static final int MAX_STRING = 68;
    /** Text per COMMENT/HISTORY card, after the keyword and a blank. */
    private static final int LINE = 70;

    private final HeaderBlock header;

    CardWriter(HeaderBlock header) {
        this.header = header;
    }

    CardWriter number(String key, Number value, String comment) {
        if (value != null && Double.isFinite(value.doubleValue())) {
            header.add(CardText.literal(key, CardNumbers.format(value), ascii(comment)));
        }
        return this;
    }

    CardWriter string(String key, String value, String comment) {
        if (value != null && !value.isBlank()) {
            String v = value.length() > MAX_STRING ? value.substring(0, MAX_STRING) : value;
            header.add(CardText.string(key, ascii(v), ascii(comment)));
        }
        return this;
    }

    CardWriter comment(String text) {
        for (String line : wrap(ascii(text))) {
            header.add(CardText.commentary("COMMENT", line));
        }
        return this;
    }

    CardWriter history(String text) {
        for (String line : wrap(ascii(text))) {
            header.add(CardText.commentary("HISTORY", line));
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
