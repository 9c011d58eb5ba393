package org.ozvo.sampledata.fits;

import java.util.Locale;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.fits.HeaderCardException;

/**
 * Appends header cards in the order given, as the surveys' own files list them. Each card is
 * composed as an 80-character image in the fixed format (value right-aligned to column 30,
 * strings left-aligned from column 11 and padded to 8 characters) and handed to nom-tam-fits
 * verbatim, so numbers keep exactly the decimals asked for (nom-tam's own formatting would
 * switch to exponents and drop digits). Comments that do not fit are truncated, as the AAO
 * software does. Failures are programming errors and surface as {@link IllegalArgumentException}.
 */
public final class Cards {

    private static final int CARD = 80;

    private final Header header;

    private Cards(Header header) {
        this.header = header;
    }

    public static Cards of(BasicHDU<?> hdu) {
        return new Cards(hdu.getHeader());
    }

    /** A string value; {@code comment} may be null. */
    public Cards str(String key, String value, String comment) {
        String padded = value.length() < 8 ? String.format(Locale.ROOT, "%-8s", value) : value;
        String quoted = "'" + padded.replace("'", "''") + "'";
        if (quoted.length() > 70) {
            throw new IllegalArgumentException(key + ": string too long for one card: " + value);
        }
        return line(key, String.format(Locale.ROOT, "%-20s", quoted), comment);
    }

    /** A number with exactly {@code decimals} decimals, e.g. {@code 5791.1894531}. */
    public Cards num(String key, double value, int decimals, String comment) {
        return line(key, right(String.format(Locale.ROOT, "%." + decimals + "f", finite(key, value))), comment);
    }

    /** A number in Java's shortest round-trip form ({@code 2477.0}, {@code 1.0E-4}). */
    public Cards num(String key, double value, String comment) {
        return line(key, right(Double.toString(finite(key, value))), comment);
    }

    public Cards integer(String key, long value, String comment) {
        return line(key, right(Long.toString(value)), comment);
    }

    public Cards bool(String key, boolean value, String comment) {
        return line(key, right(value ? "T" : "F"), comment);
    }

    /** A keyword with an empty value field, as 2dFGRS writes {@code REDMAG}. */
    public Cards undefined(String key, String comment) {
        try {
            header.addLine(new HeaderCard(key, (String) null, comment));
        } catch (HeaderCardException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return this;
    }

    public Cards history(String text) {
        header.insertHistory(text);
        return this;
    }

    private Cards line(String key, String valueField, String comment) {
        if (key.length() > 8) {
            throw new IllegalArgumentException("keyword longer than 8 characters: " + key);
        }
        String image = String.format(Locale.ROOT, "%-8s= %s", key, valueField);
        if (comment != null && !comment.isEmpty() && image.length() + 3 < CARD) {
            image += " / " + comment;
        }
        if (image.length() > CARD) {
            image = image.substring(0, CARD);
        }
        try {
            // Replaces an existing card of that name in place, else appends.
            header.updateLine(key, HeaderCard.create(image));
        } catch (HeaderCardException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return this;
    }

    private static String right(String value) {
        return String.format(Locale.ROOT, "%20s", value);
    }

    private static double finite(String key, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(key + ": FITS header values must be finite, got " + value);
        }
        return value;
    }
}
