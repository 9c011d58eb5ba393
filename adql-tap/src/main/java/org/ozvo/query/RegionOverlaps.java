package org.ozvo.query;

import java.util.Objects;
import org.ozvo.dali.value.Shape;

/**
 * The row's footprint {@code s_region} (a pgSphere polygon) shares at least one point with a
 * sky shape: {@code s_region && shape}, answered by the GiST index on {@code s_region}. This is
 * SIA 2.0's POS semantics for extended footprints. Rows without a footprint never match.
 *
 * @param shape the region, ICRS degrees
 */
public record RegionOverlaps(Shape shape) implements Constraint {

    public RegionOverlaps {
        Objects.requireNonNull(shape, "shape");
    }

    @Override
    public void render(SqlBuilder sql) {
        sql.sql("(s_region && ").shape(shape).sql(")");
    }
}
