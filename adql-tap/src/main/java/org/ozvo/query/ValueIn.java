package org.ozvo.query;

import java.util.List;
import java.util.Objects;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * One column equals one of a set of values: {@code col IN (?, ...)}. With {@code ignoreCase}
 * both sides are lower-cased ({@code lower(col) IN (lower(?), ...)}), which the expression
 * index on {@code lower(target_name)} answers for target names.
 *
 * @param column     the column
 * @param values     at least one value (String, Integer, Long or Double)
 * @param ignoreCase compare text case-insensitively
 */
public record ValueIn(ObsCoreColumn column, List<?> values, boolean ignoreCase) implements Constraint {

    public ValueIn {
        Objects.requireNonNull(column, "column");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("ValueIn needs at least one value; use Constraints.none()");
        }
        if (ignoreCase && !values.stream().allMatch(v -> v instanceof String)) {
            throw new IllegalArgumentException("case-insensitive comparison needs text values");
        }
    }

    @Override
    public void render(SqlBuilder sql) {
        sql.sql("(");
        if (ignoreCase) {
            sql.sql("lower(").column(column).sql(")");
        } else {
            sql.column(column);
        }
        sql.sql(values.size() == 1 ? " = " : " IN (");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sql.sql(", ");
            }
            if (ignoreCase) {
                sql.sql("lower(").bind(values.get(i)).sql(")");
            } else {
                sql.bind(values.get(i));
            }
        }
        sql.sql(values.size() == 1 ? ")" : "))");
    }
}
