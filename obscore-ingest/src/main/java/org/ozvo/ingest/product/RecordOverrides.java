package org.ozvo.ingest.product;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values the operator imposes on every row of a load instead of what the files say.
 *
 * @param collection  obs_collection for every product, or null to keep the loader's
 * @param releaseDate obs_release_date, or null to keep the loader's
 * @param dataRights  data_rights ({@code public}, {@code secure} or {@code proprietary}), or null
 */
public record RecordOverrides(String collection, Instant releaseDate, String dataRights) {

    /** Archive convention for collection names: survey and release, e.g. {@code ozdes_dr2}. */
    public static final Pattern COLLECTION_NAME = Pattern.compile("[a-z0-9][a-z0-9_]*");

    /** Values ObsCore 1.1 allows for data_rights. */
    public static final Set<String> DATA_RIGHTS = Set.of("public", "secure", "proprietary");

    public static final RecordOverrides NONE = new RecordOverrides(null, null, null);

    public RecordOverrides {
        if (collection != null && !COLLECTION_NAME.matcher(collection).matches()) {
            throw new IllegalArgumentException("collection '" + collection
                + "' does not follow the archive convention: lower-case letters, digits and _, e.g. ozdes_dr2");
        }
        if (dataRights != null) {
            dataRights = dataRights.toLowerCase(Locale.ROOT);
            if (!DATA_RIGHTS.contains(dataRights)) {
                throw new IllegalArgumentException("data rights must be one of public, secure, proprietary, not '"
                    + dataRights + "'");
            }
        }
    }

    /**
     * Reads a release date: {@code 2025-07-01}, {@code 2025-07-01T12:00:00} (UTC) or with an
     * offset, {@code 2025-07-01T12:00:00+10:00}.
     *
     * @throws IllegalArgumentException if it is none of these
     */
    public static Instant parseDate(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: '" + text + "' (use YYYY-MM-DD or YYYY-MM-DDThh:mm:ss)");
        }
    }

    /** A stable text of these values; a file loaded with different overrides is loaded again. */
    public String fingerprint() {
        return "collection=" + (collection == null ? "" : collection)
            + ";release=" + (releaseDate == null ? "" : releaseDate)
            + ";rights=" + (dataRights == null ? "" : dataRights);
    }
}
