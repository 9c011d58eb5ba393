package org.ozvo.ingest.load;

import java.util.Locale;

/** How the archive keeps an original file available for download. */
public enum OriginalsMode {
    /** Copy it under the data directory ({@code originals/<collection>/<file>}). */
    COPY,
    /** Record where it is; the file must stay there. */
    REFERENCE;

    /** Reads {@code copy} or {@code reference}, case-insensitively. */
    public static OriginalsMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("originals mode must be copy or reference, not '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
