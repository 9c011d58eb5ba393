package org.ozvo.query;

import java.util.Objects;

import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * A text column contains, or starts with, a piece of text, ignoring case:
 * {@code lower(col) LIKE lower(?) ESCAPE '\'}. The LIKE wildcards {@code %} and {@code _} in the
 * given text are escaped, so they match themselves. Unindexed: combine with a selective
 * constraint on large tables.
 *
 * @param column the text column
 * @param text   the text to look for; not empty
 * @param mode   where the text must occur
 */
public record TextMatch(ObsCoreColumn column, String text, Mode mode) implements Constraint {

    /** Where the text must occur in the column value. */
    public enum Mode { CONTAINS, STARTS_WITH }

    public TextMatch {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(mode, "mode");
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("text to match must not be empty");
        }
    }

    @Override
    public void render(SqlBuilder sql) {
        String pattern = escapeLike(text) + "%";
        if (mode == Mode.CONTAINS) {
            pattern = "%" + pattern;
        }
        sql.sql("(lower(").column(column).sql(") LIKE lower(").bind(pattern).sql(") ESCAPE '\\')");
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
