package org.ozvo.query;

import java.util.List;
import java.util.Objects;
import org.ozvo.schema.obscore.ColumnType;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * One item of the select list: a stored column, or a value computed in the database (the
 * angular distance to a search position). The renderer writes {@code expression AS label}
 * and {@link ObsCoreCursor} reads the value as {@link #type()}'s Java class.
 */
public sealed interface SelectItem permits SelectItem.Column, SelectItem.Distance {

    /** The result column label (a fixed identifier, never request text). */
    String label();

    /** Value type; fixes the Java class {@link ObsCoreCursor#get(int)} returns. */
    ColumnType type();

    /** Appends the SQL expression. */
    void render(SqlBuilder sql);

    /** A stored column of {@code ivoa.obscore}. */
    static SelectItem column(ObsCoreColumn column) {
        return new Column(column);
    }

    /** Several stored columns, in order. */
    static List<SelectItem> columns(List<ObsCoreColumn> columns) {
        return columns.stream().map(SelectItem::column).toList();
    }

    /**
     * The angular distance of {@code s_pos} from a position, in the given unit.
     *
     * @param label  result column label, an SQL identifier chosen by the caller's code
     */
    static SelectItem distance(String label, double raDeg, double decDeg, DistanceUnit unit) {
        return new Distance(label, raDeg, decDeg, unit);
    }

    /**
     * A stored column.
     *
     * @param column the column; geometry columns are read as DALI arrays in degrees
     */
    record Column(ObsCoreColumn column) implements SelectItem {
        public Column {
            Objects.requireNonNull(column, "column");
        }

        @Override
        public String label() {
            return column.columnName();
        }

        @Override
        public ColumnType type() {
            return column.type();
        }

        @Override
        public void render(SqlBuilder sql) {
            sql.column(column);
        }
    }

    /**
     * Angular distance {@code degrees(s_pos <-> spoint(ra, dec)) * unit}; null for rows
     * without a position.
     */
    record Distance(String label, double ra, double dec, DistanceUnit unit) implements SelectItem {
        public Distance {
            if (label == null || !label.matches("[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("label must be a lower-case SQL identifier: " + label);
            }
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public ColumnType type() {
            return ColumnType.DOUBLE;
        }

        @Override
        public void render(SqlBuilder sql) {
            sql.sql("degrees(s_pos <-> ").spoint(ra, dec).sql(")");
            if (unit != DistanceUnit.DEG) {
                sql.sql(" * ").bind(unit.perDegree());
            }
        }
    }
}
