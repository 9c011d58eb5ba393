package org.ozvo.query;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ozvo.dali.value.Circle;
import org.ozvo.dali.value.Polygon;
import org.ozvo.dali.value.Range;
import org.ozvo.dali.value.Shape;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * Accumulates SQL text and its bind values. Text can only come from this package's fixed
 * fragments, {@link ObsCoreColumn} names and {@code ?} placeholders; every value goes through
 * {@link #bind(Object)}. Not thread-safe; one builder per rendering.
 */
public final class SqlBuilder {

    private final StringBuilder sql = new StringBuilder(256);
    private final List<Object> binds = new ArrayList<>();

    /**
     * Appends fixed SQL written in source code. Never pass request values here.
     *
     * @param trustedSql a constant fragment such as {@code " AND "} or {@code "lower("}
     */
    public SqlBuilder sql(String trustedSql) {
        sql.append(trustedSql);
        return this;
    }

    /** Appends a column name of {@code ivoa.obscore}. */
    public SqlBuilder column(ObsCoreColumn column) {
        sql.append(column.columnName());
        return this;
    }

    /**
     * Appends a placeholder and records its value. Instants are bound as UTC
     * {@link LocalDateTime}s, matching the {@code timestamp without time zone} columns.
     *
     * @param value a String, Integer, Long, Double or Instant; never null
     */
    public SqlBuilder bind(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("bind values must not be null; use IS NULL instead");
        }
        sql.append('?');
        binds.add(value instanceof Instant i ? LocalDateTime.ofInstant(i, ZoneOffset.UTC) : value);
        return this;
    }

    /** Appends a pgSphere point from bound degrees: {@code spoint(radians(?),radians(?))}. */
    public SqlBuilder spoint(double raDeg, double decDeg) {
        sql.append("spoint(radians(");
        bind(raDeg);
        sql.append("),radians(");
        bind(decDeg);
        return sql("))");
    }

    /**
     * Appends a pgSphere value of a sky shape: {@code scircle} for a circle, {@code sbox} for a
     * range (pgSphere boxes wrap through RA 0 when the first RA exceeds the second, as SIA 2.0
     * RANGE does), {@code spoly} for a polygon (a bound literal built from the parsed doubles).
     */
    public SqlBuilder shape(Shape shape) {
        if (shape instanceof Circle c) {
            sql.append("scircle(");
            spoint(c.ra(), c.dec());
            sql.append(",radians(");
            bind(c.radius());
            return sql("))");
        }
        if (shape instanceof Range r) {
            sql.append("sbox(");
            spoint(r.raMin(), r.decMin());
            sql.append(',');
            spoint(r.raMax(), r.decMax());
            return sql(")");
        }
        Polygon p = (Polygon) shape;
        sql.append("CAST(");
        bind(spolyLiteral(p));
        return sql(" AS spoly)");
    }

    /** pgSphere input syntax of a polygon in degrees, e.g. {@code {(10d,20d),(11d,20d),(11d,21d)}}. */
    static String spolyLiteral(Polygon p) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < p.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            // Doubles printed by Java: digits, '.', 'E', '-' only; no text from the request.
            sb.append('(').append(String.format(Locale.ROOT, "%.15gd", p.ra(i)))
              .append(',').append(String.format(Locale.ROOT, "%.15gd", p.dec(i))).append(')');
        }
        return sb.append('}').toString();
    }

    /** The text so far. */
    public String text() {
        return sql.toString();
    }

    /** The bind values so far, in placeholder order. */
    public List<Object> binds() {
        return List.copyOf(binds);
    }
}
