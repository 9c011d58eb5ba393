package org.ozvo.query;

import java.util.Objects;
import org.ozvo.dali.value.Shape;

/**
 * The row's position ({@code s_ra, s_dec}, stored as the pgSphere point {@code s_pos}) lies in
 * a sky shape: {@code s_pos @ shape}, answered by the GiST index on {@code s_pos}. This is the
 * cone search of SSA and the right test for point-like footprints such as fibre spectra.
 *
 * @param shape the region, ICRS degrees
 */
public record PositionIn(Shape shape) implements Constraint {

    public PositionIn {
        Objects.requireNonNull(shape, "shape");
    }

    @Override
    public void render(SqlBuilder sql) {
        sql.sql("(s_pos @ ").shape(shape).sql(")");
    }
}
