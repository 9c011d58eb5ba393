package org.ozvo.dali.value;

import java.util.Arrays;
import java.util.Locale;
import org.ozvo.dali.fault.UsageFault;

/**
 * A region of the sky in ICRS degrees, as the SIA 2.0 POS parameter gives it
 * (SIA 2.0 section 2.1.1): {@code CIRCLE ra dec radius}, {@code RANGE ra1 ra2 dec1 dec2} or
 * {@code POLYGON ra1 dec1 ra2 dec2 ...}.
 */
public sealed interface Shape permits Circle, Range, Polygon {

    /**
     * Parses a POS value. The shape keyword is matched case-insensitively (clients disagree
     * on its case); the numbers follow DALI syntax.
     *
     * @param param name of the parameter, for error messages
     * @param value e.g. {@code CIRCLE 12.0 34.0 0.5}
     * @throws UsageFault naming the parameter, the shape and what is wrong
     */
    static Shape parse(String param, String value) {
        String[] tokens = DaliNumbers.tokens(value);
        if (tokens.length == 0) {
            throw new UsageFault(param + ": empty value; expected CIRCLE, RANGE or POLYGON");
        }
        String[] numbers = Arrays.copyOfRange(tokens, 1, tokens.length);
        return switch (tokens[0].toUpperCase(Locale.ROOT)) {
            case "CIRCLE" -> Circle.parse(param, numbers);
            case "RANGE" -> Range.parse(param, numbers);
            case "POLYGON" -> Polygon.parse(param, numbers);
            default -> throw new UsageFault(param + ": unknown shape '" + tokens[0]
                + "'; expected CIRCLE, RANGE or POLYGON");
        };
    }

    /** The shape in SIA 2.0 POS syntax. */
    String toPos();
}
