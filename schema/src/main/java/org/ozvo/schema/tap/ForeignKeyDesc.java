package org.ozvo.schema.tap;

/**
 * A single-column foreign key between two published tables (TAP_SCHEMA.keys and key_columns).
 */
public record ForeignKeyDesc(String keyId, String fromTable, String fromColumn,
                             String targetTable, String targetColumn, String description) {
}
