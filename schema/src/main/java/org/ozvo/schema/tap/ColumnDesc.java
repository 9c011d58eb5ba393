package org.ozvo.schema.tap;

import org.ozvo.schema.obscore.ColumnType;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * One column as TAP_SCHEMA.columns and VOSI tables describe it (TAP 1.1 section 4.3).
 *
 * @param name        column name as used in queries
 * @param type        value type; gives datatype, arraysize and xtype
 * @param unit        VOUnit or null
 * @param ucd         UCD or null
 * @param utype       utype or null
 * @param description free text or null
 * @param principal   TAP_SCHEMA principal flag
 * @param indexed     TAP_SCHEMA indexed flag
 * @param std         TAP_SCHEMA std flag: defined by a standard
 */
public record ColumnDesc(String name, ColumnType type, String unit, String ucd, String utype,
                         String description, boolean principal, boolean indexed, boolean std) {

    /** The description of a published ObsCore column. */
    public static ColumnDesc of(ObsCoreColumn column) {
        return new ColumnDesc(column.columnName(), column.type(), column.unit(), column.ucd(),
            column.utype(), column.description(), column.principal(), column.indexed(), column.standard());
    }

    /** A TAP_SCHEMA metadata column: standard, principal, not indexed. */
    static ColumnDesc meta(String name, ColumnType type, String description) {
        return new ColumnDesc(name, type, null, null, null, description, true, false, true);
    }

    /** TAP_SCHEMA.columns."size": the length of a 1-D fixed array, null otherwise (TAP 1.1). */
    public Integer size() {
        String arraysize = type.arraysize();
        if (arraysize == null || arraysize.endsWith("*") || arraysize.contains("x")) {
            return null;
        }
        return Integer.valueOf(arraysize);
    }
}
