package org.ozvo.query;

/**
 * One condition on rows of {@code ivoa.obscore}; the conditions of an {@link ObsCoreQuery} are
 * AND-ed. Implementations render a boolean SQL expression through a {@link SqlBuilder}, using
 * only fixed text, column names and bind parameters, and are immutable. The ready-made ones are
 * listed in {@link Constraints}; a protocol may add its own the same way.
 */
public interface Constraint {

    /** Appends this condition as a parenthesised boolean expression. */
    void render(SqlBuilder sql);
}
