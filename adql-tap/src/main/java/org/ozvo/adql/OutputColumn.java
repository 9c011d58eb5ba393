package org.ozvo.adql;

import org.ozvo.dali.table.ColumnSpec;

/**
 * One column of a query result as ADQL defines it.
 *
 * @param name     the FIELD name: alias, column name, or a generated name for an expression
 * @param declared published metadata (renamed to {@code name}) when the column is a plain
 *                 reference to a published or uploaded column; null for expressions, whose
 *                 type is taken from the database result
 */
public record OutputColumn(String name, ColumnSpec declared) {
}
