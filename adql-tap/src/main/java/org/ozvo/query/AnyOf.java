package org.ozvo.query;

import java.util.List;

/**
 * At least one of several alternatives holds: {@code (a OR b OR ...)}. This is how repeated
 * parameter values (SIA 2.0) and range lists (SSA 1.1) are combined.
 *
 * @param alternatives at least one constraint
 */
public record AnyOf(List<Constraint> alternatives) implements Constraint {

    public AnyOf {
        alternatives = List.copyOf(alternatives);
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("AnyOf needs at least one alternative; use Constraints.none()");
        }
    }

    @Override
    public void render(SqlBuilder sql) {
        if (alternatives.size() == 1) {
            alternatives.get(0).render(sql);
            return;
        }
        sql.sql("(");
        for (int i = 0; i < alternatives.size(); i++) {
            if (i > 0) {
                sql.sql(" OR ");
            }
            alternatives.get(i).render(sql);
        }
        sql.sql(")");
    }
}
