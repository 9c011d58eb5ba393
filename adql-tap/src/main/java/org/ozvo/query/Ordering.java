package org.ozvo.query;

import java.util.Objects;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * One key of the ORDER BY clause. Nulls sort last in both directions.
 */
public sealed interface Ordering permits Ordering.ByColumn, Ordering.ByDistance {

    /** Appends the key. */
    void render(SqlBuilder sql);

    /** Nearest first from a position ({@code s_pos <-> spoint}). */
    static Ordering byDistance(double raDeg, double decDeg) {
        return new ByDistance(raDeg, decDeg);
    }

    /** By a column, smallest first. */
    static Ordering ascending(ObsCoreColumn column) {
        return new ByColumn(column, false);
    }

    /** By a column, largest first. */
    static Ordering descending(ObsCoreColumn column) {
        return new ByColumn(column, true);
    }

    /** By a stored column. */
    record ByColumn(ObsCoreColumn column, boolean descending) implements Ordering {
        public ByColumn {
            Objects.requireNonNull(column, "column");
        }

        @Override
        public void render(SqlBuilder sql) {
            sql.column(column).sql(descending ? " DESC NULLS LAST" : " ASC");
        }
    }

    /** By distance from a position, nearest first. */
    record ByDistance(double ra, double dec) implements Ordering {
        @Override
        public void render(SqlBuilder sql) {
            sql.sql("s_pos <-> ").spoint(ra, dec);
        }
    }
}
