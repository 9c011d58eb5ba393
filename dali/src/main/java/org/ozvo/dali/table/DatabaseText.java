package org.ozvo.dali.table;

import java.nio.charset.StandardCharsets;

/**
 * A cell exactly as PostgreSQL printed it, in UTF-8 bytes: what a {@link JdbcRowCursor} opened
 * in database text mode hands over for numbers and plain text, so that CSV and TSV copy the
 * bytes instead of decoding, parsing and re-encoding them. The bytes are not copied and must
 * not be changed. Numbers are in the database's own form ({@code 1e-07}, {@code NaN}).
 */
public final class DatabaseText {

    private final byte[] utf8;

    public DatabaseText(byte[] utf8) {
        this.utf8 = utf8;
    }

    /** The UTF-8 bytes of the value; shared, read only. */
    public byte[] utf8() {
        return utf8;
    }

    /** The value as a string (decodes; for tests and rare generic paths, not for streaming). */
    @Override
    public String toString() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatabaseText t && java.util.Arrays.equals(utf8, t.utf8);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(utf8);
    }
}
