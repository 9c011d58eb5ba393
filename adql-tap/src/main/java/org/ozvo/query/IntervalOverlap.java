package org.ozvo.query;

import java.util.Objects;
import org.ozvo.dali.value.Interval;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * The row's coverage {@code [lower, upper]} (two columns, e.g. {@code em_min}/{@code em_max} or
 * {@code t_min}/{@code t_max}) shares at least one value with an interval, bounds included:
 * {@code upper >= lo AND lower <= hi}. A single-valued interval thus means "the coverage
 * contains this value". An open end of the interval constrains nothing but still requires the
 * column to be known, so rows with unknown coverage never match (SSA 1.1 section 4.1).
 *
 * @param lower    column holding the start of the row's coverage
 * @param upper    column holding the end of the row's coverage
 * @param interval the wanted interval, in the columns' unit
 */
public record IntervalOverlap(ObsCoreColumn lower, ObsCoreColumn upper, Interval interval) implements Constraint {

    public IntervalOverlap {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(interval, "interval");
    }

    @Override
    public void render(SqlBuilder sql) {
        sql.sql("(");
        if (interval.hasLower()) {
            sql.column(upper).sql(" >= ").bind(interval.lo());
        } else {
            sql.column(upper).sql(" IS NOT NULL");
        }
        sql.sql(" AND ");
        if (interval.hasUpper()) {
            sql.column(lower).sql(" <= ").bind(interval.hi());
        } else {
            sql.column(lower).sql(" IS NOT NULL");
        }
        sql.sql(")");
    }
}
