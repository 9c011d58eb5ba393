package org.ozvo.query;

import java.util.List;
import org.ozvo.dali.value.Interval;
import org.ozvo.dali.value.Shape;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * The catalogue of ready-made constraints, for readable query building:
 * <pre>{@code
 * .where(Constraints.positionIn(circle))
 * .where(Constraints.anyOf(bands.stream().map(b -> Constraints.overlaps(EM_MIN, EM_MAX, b)).toList()))
 * }</pre>
 */
public final class Constraints {

    private Constraints() {
    }

    /** Position {@code s_pos} inside a shape (cone search); see {@link PositionIn}. */
    public static Constraint positionIn(Shape shape) {
        return new PositionIn(shape);
    }

    /** Footprint {@code s_region} overlapping a shape; see {@link RegionOverlaps}. */
    public static Constraint regionOverlaps(Shape shape) {
        return new RegionOverlaps(shape);
    }

    /** Coverage {@code [lower, upper]} overlapping an interval; see {@link IntervalOverlap}. */
    public static Constraint overlaps(ObsCoreColumn lower, ObsCoreColumn upper, Interval interval) {
        return new IntervalOverlap(lower, upper, interval);
    }

    /** A column's value in an interval; see {@link ValueRange}. */
    public static Constraint within(ObsCoreColumn column, Interval interval) {
        return ValueRange.of(column, interval);
    }

    /** A column equal to one of the values; see {@link ValueIn}. */
    public static Constraint in(ObsCoreColumn column, List<?> values) {
        return values.isEmpty() ? none() : new ValueIn(column, values, false);
    }

    /** A text column equal to one of the values, ignoring case; see {@link ValueIn}. */
    public static Constraint inIgnoreCase(ObsCoreColumn column, List<String> values) {
        return values.isEmpty() ? none() : new ValueIn(column, values, true);
    }

    /** A text column containing the text, ignoring case; see {@link TextMatch}. */
    public static Constraint contains(ObsCoreColumn column, String text) {
        return new TextMatch(column, text, TextMatch.Mode.CONTAINS);
    }

    /** At least one of the alternatives; an empty list matches nothing. */
    public static Constraint anyOf(List<? extends Constraint> alternatives) {
        return alternatives.isEmpty() ? none() : new AnyOf(List.copyOf(alternatives));
    }

    /** The column is not null. */
    public static Constraint known(ObsCoreColumn column) {
        return new IsNotNull(column);
    }

    /** Matches no row. */
    public static Constraint none() {
        return new NoMatch();
    }
}
