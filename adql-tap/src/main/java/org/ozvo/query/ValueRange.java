package org.ozvo.query;

import java.time.Instant;
import java.util.Objects;
import org.ozvo.dali.value.Interval;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * One column's value lies in a closed range: {@code col >= lower AND col <= upper}. A null
 * bound is open; with both open the column must merely be known. Used for minimum resolving
 * power, maximum spatial resolution, redshift ranges, modification times and the like.
 *
 * @param column the column
 * @param lower  inclusive lower bound (Double, Long, Integer or Instant) or null
 * @param upper  inclusive upper bound of the same kind, or null
 */
public record ValueRange(ObsCoreColumn column, Object lower, Object upper) implements Constraint {

    public ValueRange {
        Objects.requireNonNull(column, "column");
        checkBound(lower);
        checkBound(upper);
    }

    /** The column's value in a numeric interval; infinite ends are open. */
    public static ValueRange of(ObsCoreColumn column, Interval interval) {
        return new ValueRange(column, interval.hasLower() ? interval.lo() : null,
            interval.hasUpper() ? interval.hi() : null);
    }

    /** The column's value at least {@code min}. */
    public static ValueRange atLeast(ObsCoreColumn column, double min) {
        return new ValueRange(column, min, null);
    }

    /** The column's value at most {@code max}. */
    public static ValueRange atMost(ObsCoreColumn column, double max) {
        return new ValueRange(column, null, max);
    }

    /** A timestamp column between two instants; null is open. */
    public static ValueRange between(ObsCoreColumn column, Instant from, Instant to) {
        return new ValueRange(column, from, to);
    }

    private static void checkBound(Object bound) {
        if (bound != null && !(bound instanceof Number || bound instanceof Instant)) {
            throw new IllegalArgumentException("range bounds are numbers or instants, not " + bound.getClass());
        }
        if (bound instanceof Double d && !Double.isFinite(d)) {
            throw new IllegalArgumentException("use null for an open bound, not " + d);
        }
    }

    @Override
    public void render(SqlBuilder sql) {
        sql.sql("(");
        if (lower == null && upper == null) {
            sql.column(column).sql(" IS NOT NULL)");
            return;
        }
        if (lower != null) {
            sql.column(column).sql(" >= ").bind(lower);
        }
        if (lower != null && upper != null) {
            sql.sql(" AND ");
        }
        if (upper != null) {
            sql.column(column).sql(" <= ").bind(upper);
        }
        sql.sql(")");
    }
}
