package org.ozvo.query;

import java.util.Objects;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * The column has a value: {@code col IS NOT NULL}.
 *
 * @param column the column
 */
public record IsNotNull(ObsCoreColumn column) implements Constraint {

    public IsNotNull {
        Objects.requireNonNull(column, "column");
    }

    @Override
    public void render(SqlBuilder sql) {
        sql.sql("(").column(column).sql(" IS NOT NULL)");
    }
}
