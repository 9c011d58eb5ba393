package org.ozvo.server.ssa.request;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ozvo.dali.fault.UsageFault;

/**
 * The FORMAT parameter (SSA 1.1 section 4.1.1.5): a comma list of keywords or MIME types that
 * filters records by the format their Access.Reference delivers. Every spectrum of this archive
 * is delivered as the simplified 1D FITS ({@link #PRODUCT_MIME}), so a FORMAT either selects
 * every record or none; a format nothing is offered in gives an empty result, not an error.
 * Unknown keywords that are not MIME types are errors. The response itself is always a VOTable.
 */
public final class SsaFormat {

    /** MIME type of what Access.Reference returns. */
    public static final String PRODUCT_MIME = "application/fits";

    /** The keywords of SSA 1.1, lower case. */
    public static final List<String> KEYWORDS =
        List.of("all", "compliant", "native", "graphic", "votable", "fits", "xml", "metadata");

    private static final List<String> SELECTING_ALL = List.of("all", "native", "fits", "application/fits", "image/fits");
    private static final Pattern MIME = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*(;.*)?");

    private SsaFormat() {
    }

    /** The result of reading FORMAT. */
    public enum Choice {
        /** Every record matches. */
        ALL,
        /** No record can match (a format we do not deliver). */
        NONE,
        /** FORMAT=METADATA: describe the service instead of querying. */
        METADATA
    }

    /**
     * Reads a FORMAT value; null or blank means {@code all}.
     *
     * @throws UsageFault for a token that is neither a keyword nor a MIME type
     */
    public static Choice parse(String value) {
        if (value == null || value.isBlank()) {
            return Choice.ALL;
        }
        boolean any = false;
        boolean metadata = false;
        boolean seen = false;
        for (String raw : value.split(",")) {
            String token = raw.trim().toLowerCase(Locale.ROOT);
            if (token.isEmpty()) {
                continue;
            }
            seen = true;
            if (token.equals("metadata")) {
                metadata = true;
            } else if (SELECTING_ALL.contains(token)) {
                any = true;
            } else if (!KEYWORDS.contains(token) && !MIME.matcher(token).matches()) {
                throw new UsageFault("FORMAT: '" + raw.trim() + "' is neither an SSA format keyword ("
                    + String.join(", ", KEYWORDS) + ") nor a MIME type");
            }
        }
        if (metadata) {
            return Choice.METADATA;
        }
        return any || !seen ? Choice.ALL : Choice.NONE;
    }
}
