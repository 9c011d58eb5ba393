package org.ozvo.tap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ozvo.dali.fault.UsageFault;

/**
 * One table of a TAP UPLOAD parameter (DALI 1.1 section 3.4.5, TAP 1.1 section 2.7.6):
 * {@code name,uri} where the URI is {@code param:<part>} (a multipart part of the same request)
 * or an {@code http(s)} URL.
 *
 * @param name table name, an ADQL regular identifier, used as {@code TAP_UPLOAD.<name>}
 * @param uri  where the table comes from
 */
public record UploadSpec(String name, String uri) {

    private static final String REGULAR = "[A-Za-z][A-Za-z0-9_]*";

    /** True for {@code param:} uploads sent inline with the request. */
    public boolean inline() {
        return uri.regionMatches(true, 0, "param:", 0, 6);
    }

    /** The multipart part name of an inline upload. */
    public String partName() {
        return uri.substring(6);
    }

    /**
     * Parses every UPLOAD value: each may hold several {@code name,uri} pairs joined by
     * {@code ;} (the TAP 1.0 form pyvo and STILTS send), and the parameter may repeat.
     *
     * @param values all UPLOAD values in order; may be empty
     * @param maxUploads refuse more tables than this
     * @throws UsageFault for a malformed pair, an illegal name, an unsupported URI scheme, a
     *                    name used twice (compared case-insensitively) or too many tables
     */
    public static List<UploadSpec> parseAll(List<String> values, int maxUploads) {
        List<UploadSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String value : values) {
            for (String pair : value.split(";")) {
                if (pair.isBlank()) {
                    continue;
                }
                int comma = pair.indexOf(',');
                if (comma < 0) {
                    throw new UsageFault("UPLOAD must be name,URI pairs, not '" + pair.trim() + "'");
                }
                String name = pair.substring(0, comma).trim();
                String uri = pair.substring(comma + 1).trim();
                if (!name.matches(REGULAR)) {
                    throw new UsageFault("UPLOAD table name '" + name + "' is not an ADQL regular identifier");
                }
                String scheme = uri.toLowerCase(Locale.ROOT);
                if (!(scheme.startsWith("param:") && uri.length() > 6) && !scheme.startsWith("http://")
                        && !scheme.startsWith("https://")) {
                    throw new UsageFault("UPLOAD " + name + ": only param:<part>, http and https URIs are supported, not '"
                        + uri + "'");
                }
                if (!names.add(name.toLowerCase(Locale.ROOT))) {
                    throw new UsageFault("UPLOAD table name '" + name + "' is used twice");
                }
                out.add(new UploadSpec(name, uri));
            }
        }
        if (out.size() > maxUploads) {
            throw new UsageFault("at most " + maxUploads + " tables may be uploaded, not " + out.size());
        }
        return out;
    }
}
