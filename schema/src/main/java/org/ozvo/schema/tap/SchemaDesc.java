package org.ozvo.schema.tap;

import java.util.List;

/** One published schema (TAP_SCHEMA.schemas) and its tables in order. */
public record SchemaDesc(String schemaName, String description, String utype, List<TableDesc> tables) {

    public SchemaDesc {
        tables = List.copyOf(tables);
    }
}
