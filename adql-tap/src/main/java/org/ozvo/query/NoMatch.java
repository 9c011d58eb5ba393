package org.ozvo.query;

/**
 * Matches no row. For constraints that are valid but cannot be met by this archive (an
 * unknown collection, a FORMAT nothing is offered in), so the answer is an empty result
 * with the full metadata rather than an error.
 */
public record NoMatch() implements Constraint {

    @Override
    public void render(SqlBuilder sql) {
        sql.sql("(FALSE)");
    }
}
