package org.ozvo.schema.tap;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One published table (TAP_SCHEMA.tables) with its columns in order.
 *
 * @param schemaName  schema the table belongs to
 * @param tableName   qualified name as used in queries, e.g. {@code ivoa.obscore}
 * @param description free text
 * @param utype       utype or null
 * @param columns     published columns in their declared order
 */
public record TableDesc(String schemaName, String tableName, String description, String utype,
                        List<ColumnDesc> columns) {

    public TableDesc {
        columns = List.copyOf(columns);
    }

    /** Finds a column by name, case-insensitively as ADQL regular identifiers are. */
    public Optional<ColumnDesc> column(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return columns.stream().filter(c -> c.name().equals(wanted)).findFirst();
    }

    /** The table name without its schema prefix. */
    public String simpleName() {
        int dot = tableName.indexOf('.');
        return dot < 0 ? tableName : tableName.substring(dot + 1);
    }
}
