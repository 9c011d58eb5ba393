package org.ozvo.loaders.fits;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import org.ozvo.loaders.spi.LoaderException;

/**
 * Tolerant, typed access to the keywords of one header: blank or undefined values read as
 * absent (2dFGRS has {@code REDMAG =} with no value), numbers stored as strings are parsed,
 * and {@code require*} methods fail with a {@link LoaderException} that names the HDU and the
 * keyword. Thread-safe for reading.
 */
public final class Keywords {

    private final Header header;
    private final String where;

    /**
     * @param where how error messages name this header, e.g. {@code HDU 5 (SPECTRUM V)}
     */
    public Keywords(Header header, String where) {
        this.header = header;
        this.where = where;
    }

    public Header header() {
        return header;
    }

    public String where() {
        return where;
    }

    /** True if the keyword is present with a non-blank value. */
    public boolean has(String key) {
        return raw(key) != null;
    }

    /** The trimmed string value, if present and not blank. */
    public Optional<String> string(String key) {
        return Optional.ofNullable(raw(key));
    }

    /** A numeric value; FITS 'D' exponents and quoted numbers are accepted. */
    public OptionalDouble number(String key) {
        String v = raw(key);
        if (v == null) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(v.replace('D', 'E').replace('d', 'e')));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** An integer value; a real value with no fractional part is accepted. */
    public OptionalInt integer(String key) {
        OptionalDouble d = number(key);
        if (d.isEmpty() || d.getAsDouble() != Math.rint(d.getAsDouble())) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) d.getAsDouble());
    }

    /** The first of several keywords that has a string value. */
    public Optional<String> firstString(String... keys) {
        for (String k : keys) {
            Optional<String> v = string(k);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** The first of several keywords that has a numeric value. */
    public OptionalDouble firstNumber(String... keys) {
        for (String k : keys) {
            OptionalDouble v = number(k);
            if (v.isPresent()) {
                return v;
            }
        }
        return OptionalDouble.empty();
    }

    public String requireString(String key) throws LoaderException {
        return string(key).orElseThrow(() -> missing(key));
    }

    public double requireNumber(String key) throws LoaderException {
        if (!has(key)) {
            throw missing(key);
        }
        OptionalDouble d = number(key);
        if (d.isEmpty() || !Double.isFinite(d.getAsDouble())) {
            throw new LoaderException(where + ": keyword " + key + " is not a number: '" + raw(key) + "'");
        }
        return d.getAsDouble();
    }

    /** An error naming a missing keyword, for callers with more specific needs. */
    public LoaderException missing(String key) {
        return new LoaderException(where + ": required keyword " + key + " is missing or blank");
    }

    private String raw(String key) {
        HeaderCard card = header.findCard(key);
        if (card == null) {
            return null;
        }
        String v = card.getValue();
        if (v == null) {
            return null;
        }
        v = v.trim();
        return v.isEmpty() ? null : v;
    }
}
