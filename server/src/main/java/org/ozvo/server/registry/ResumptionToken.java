package org.ozvo.server.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A stateless OAI-PMH resumptionToken: the list request's arguments, where the next page
 * starts, and a fingerprint of the list it pages through. If the records change between pages
 * the fingerprint no longer matches and the harvester gets {@code badResumptionToken}, as
 * OAI-PMH 2.0 section 3.5 allows, rather than a silently inconsistent list.
 *
 * @param metadataPrefix the list's metadata format
 * @param from           lower datestamp bound, or null
 * @param until          upper datestamp bound, or null
 * @param set            set, or null
 * @param offset         index of the first record of the next page
 * @param fingerprint    hash of the list's identifiers and datestamps
 */
public record ResumptionToken(String metadataPrefix, Instant from, Instant until, String set, int offset,
                              String fingerprint) {

    private static final String SEP = "\u001f";

    /** The token text. */
    public String encode() {
        String raw = String.join(SEP, "1", metadataPrefix, str(from), str(until), set == null ? "" : set,
            Integer.toString(offset), fingerprint);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a token.
     *
     * @throws OaiException {@code badResumptionToken} if the text is not a token of ours
     */
    public static ResumptionToken decode(String text) throws OaiException {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] f = raw.split(SEP, -1);
            if (f.length != 7 || !f[0].equals("1")) {
                throw new IllegalArgumentException("wrong field count");
            }
            int offset = Integer.parseInt(f[5]);
            if (offset < 0 || f[1].isEmpty()) {
                throw new IllegalArgumentException("bad values");
            }
            return new ResumptionToken(f[1], instant(f[2]), instant(f[3]), f[4].isEmpty() ? null : f[4], offset, f[6]);
        } catch (RuntimeException e) {
            throw new OaiException("badResumptionToken", "the resumptionToken is not valid");
        }
    }

    private static String str(Instant t) {
        return t == null ? "" : t.toString();
    }

    private static Instant instant(String s) {
        return s.isEmpty() ? null : Instant.parse(s);
    }
}
