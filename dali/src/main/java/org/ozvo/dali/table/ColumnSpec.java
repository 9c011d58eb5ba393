package org.ozvo.dali.table;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.ozvo.schema.obscore.ColumnType;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.tap.ColumnDesc;

/**
 * Metadata of one result column, as a VOTable FIELD (or PARAM) carries it. Immutable; the
 * {@code with*} methods return modified copies.
 *
 * <p>The datatype and arraysize also fix the Java class of the cell values a
 * {@link RowCursor} must deliver for this column ({@link #valueClass()}): {@code char} with any
 * arraysize is a {@link String}; scalar numbers are the boxed types ({@code int} is
 * {@link Integer}, {@code long} is {@link Long}, ...); numeric arrays are primitive arrays
 * ({@code double[]} for DALI point/circle/polygon); a null cell is {@code null}.
 *
 * @param name        FIELD name; required
 * @param datatype    VOTable datatype ({@code char, unicodeChar, boolean, short, int, long, float,
 *                    double}); required
 * @param arraysize   VOTable arraysize ({@code *}, {@code 2}, {@code 64*}) or null for scalars
 * @param xtype       DALI/VOTable xtype ({@code timestamp}, {@code point}, {@code polygon} ...) or null
 * @param unit        VOUnit or null
 * @param ucd         UCD1+ or null
 * @param utype       utype or null
 * @param description free text or null
 * @param id          FIELD ID attribute (must be an XML ID) or null
 */
public record ColumnSpec(String name, String datatype, String arraysize, String xtype, String unit,
                         String ucd, String utype, String description, String id) {

    private static final Set<String> DATATYPES =
        Set.of("char", "unicodeChar", "boolean", "short", "int", "long", "float", "double");

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(datatype, "datatype");
        if (!DATATYPES.contains(datatype)) {
            throw new IllegalArgumentException("unsupported VOTable datatype " + datatype + " of column " + name);
        }
        if (isCharType(datatype) && arraysize == null) {
            arraysize = "*"; // a char FIELD without arraysize is one character (VOTable 1.4 2.2)
        }
    }

    /** A column with only a name and type; other metadata null. */
    public static ColumnSpec of(String name, String datatype, String arraysize) {
        return new ColumnSpec(name, datatype, arraysize, null, null, null, null, null, null);
    }

    /** A variable-length text column ({@code char}, arraysize {@code *}). */
    public static ColumnSpec text(String name) {
        return of(name, "char", "*");
    }

    /** A column of the given archive type, with only a name. */
    public static ColumnSpec of(String name, ColumnType type) {
        return new ColumnSpec(name, type.votableDatatype(), type.arraysize(), type.xtype(), null, null, null, null, null);
    }

    /** The FIELD of a published TAP column, with exactly the metadata TAP_SCHEMA declares. */
    public static ColumnSpec of(ColumnDesc column) {
        ColumnType t = column.type();
        return new ColumnSpec(column.name(), t.votableDatatype(), t.arraysize(), t.xtype(), column.unit(),
            column.ucd(), column.utype(), column.description(), null);
    }

    /** The FIELD of an ObsCore column, as published in TAP_SCHEMA. */
    public static ColumnSpec of(ObsCoreColumn column) {
        return of(ColumnDesc.of(column));
    }

    public ColumnSpec withName(String newName) {
        return new ColumnSpec(newName, datatype, arraysize, xtype, unit, ucd, utype, description, id);
    }

    public ColumnSpec withXtype(String newXtype) {
        return new ColumnSpec(name, datatype, arraysize, newXtype, unit, ucd, utype, description, id);
    }

    public ColumnSpec withUnit(String newUnit) {
        return new ColumnSpec(name, datatype, arraysize, xtype, newUnit, ucd, utype, description, id);
    }

    public ColumnSpec withUcd(String newUcd) {
        return new ColumnSpec(name, datatype, arraysize, xtype, unit, newUcd, utype, description, id);
    }

    public ColumnSpec withUtype(String newUtype) {
        return new ColumnSpec(name, datatype, arraysize, xtype, unit, ucd, newUtype, description, id);
    }

    public ColumnSpec withDescription(String newDescription) {
        return new ColumnSpec(name, datatype, arraysize, xtype, unit, ucd, utype, newDescription, id);
    }

    public ColumnSpec withId(String newId) {
        return new ColumnSpec(name, datatype, arraysize, xtype, unit, ucd, utype, description, newId);
    }

    /** True for char/unicodeChar columns, whose values are strings whatever the arraysize. */
    public boolean isText() {
        return isCharType(datatype);
    }

    /** True for numeric or boolean array columns (values are primitive arrays). */
    public boolean isArray() {
        return !isText() && arraysize != null && !arraysize.equals("1");
    }

    /** Fixed element count of a 1-D array column, or -1 when variable ({@code *}) or scalar. */
    public int fixedLength() {
        if (arraysize == null || arraysize.endsWith("*") || arraysize.contains("x")) {
            return -1;
        }
        return Integer.parseInt(arraysize);
    }

    /** The Java class of non-null cell values of this column (see the class comment). */
    public Class<?> valueClass() {
        if (isText()) {
            return String.class;
        }
        boolean array = isArray();
        return switch (datatype) {
            case "boolean" -> array ? boolean[].class : Boolean.class;
            case "short" -> array ? short[].class : Short.class;
            case "int" -> array ? int[].class : Integer.class;
            case "long" -> array ? long[].class : Long.class;
            case "float" -> array ? float[].class : Float.class;
            case "double" -> array ? double[].class : Double.class;
            default -> throw new IllegalStateException(datatype);
        };
    }

    private static boolean isCharType(String datatype) {
        return datatype.toLowerCase(Locale.ROOT).endsWith("char");
    }
}
