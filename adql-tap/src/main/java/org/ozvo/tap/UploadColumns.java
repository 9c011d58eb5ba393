package org.ozvo.tap;

import java.util.Locale;
import org.ozvo.dali.table.ColumnSpec;
import uk.ac.starlink.table.ColumnInfo;

/**
 * How an uploaded column is described and stored: FIELD metadata kept from the upload, a
 * PostgreSQL type chosen from its Java class and xtype (DALI point/circle/polygon become
 * pgSphere types so geometry functions work on them; timestamps stay text), and the COPY text
 * form of its values. Stateless.
 */
final class UploadColumns {

    /** One column's decisions. */
    record Column(ColumnSpec spec, String sqlType, Kind kind) {
    }

    /** How values are written to COPY. */
    enum Kind { TEXT, SCALAR, BOOLEAN, SPOINT, SCIRCLE, SPOLY, ARRAY }

    private UploadColumns() {
    }

    static Column of(ColumnInfo info) {
        String name = info.getName();
        Class<?> c = info.getContentClass();
        String xtype = info.getXtype() == null ? null : info.getXtype().toLowerCase(Locale.ROOT);
        ColumnSpec base;
        String sql;
        Kind kind;
        if (c == String.class || c == Character.class) {
            base = ColumnSpec.text(name);
            sql = "text";
            kind = Kind.TEXT;
        } else if (c == Boolean.class) {
            base = ColumnSpec.of(name, "boolean", null);
            sql = "boolean";
            kind = Kind.BOOLEAN;
        } else if (c == Byte.class || c == Short.class) {
            base = ColumnSpec.of(name, "short", null);
            sql = "smallint";
            kind = Kind.SCALAR;
        } else if (c == Integer.class) {
            base = ColumnSpec.of(name, "int", null);
            sql = "integer";
            kind = Kind.SCALAR;
        } else if (c == Long.class) {
            base = ColumnSpec.of(name, "long", null);
            sql = "bigint";
            kind = Kind.SCALAR;
        } else if (c == Float.class) {
            base = ColumnSpec.of(name, "float", null);
            sql = "real";
            kind = Kind.SCALAR;
        } else if (c == Double.class) {
            base = ColumnSpec.of(name, "double", null);
            sql = "double precision";
            kind = Kind.SCALAR;
        } else if ((c == double[].class || c == float[].class) && "point".equals(xtype)) {
            base = ColumnSpec.of(name, "double", "2");
            sql = "spoint";
            kind = Kind.SPOINT;
        } else if ((c == double[].class || c == float[].class) && "circle".equals(xtype)) {
            base = ColumnSpec.of(name, "double", "3");
            sql = "scircle";
            kind = Kind.SCIRCLE;
        } else if ((c == double[].class || c == float[].class) && "polygon".equals(xtype)) {
            base = ColumnSpec.of(name, "double", "*");
            sql = "spoly";
            kind = Kind.SPOLY;
        } else if (c == double[].class || c == float[].class || c == int[].class || c == long[].class
                || c == short[].class) {
            String datatype = switch (c.getComponentType().getName()) {
                case "double" -> "double";
                case "float" -> "float";
                case "int" -> "int";
                case "long" -> "long";
                default -> "short";
            };
            sql = switch (datatype) {
                case "double" -> "double precision[]";
                case "float" -> "real[]";
                case "int" -> "integer[]";
                case "long" -> "bigint[]";
                default -> "smallint[]";
            };
            int[] shape = info.getShape();
            String arraysize = shape != null && shape.length == 1 && shape[0] > 0 ? String.valueOf(shape[0]) : "*";
            base = ColumnSpec.of(name, datatype, arraysize);
            kind = Kind.ARRAY;
        } else {
            base = ColumnSpec.text(name);
            sql = "text";
            kind = Kind.TEXT;
        }
        ColumnSpec spec = new ColumnSpec(name, base.datatype(), base.arraysize(), info.getXtype(),
            info.getUnitString(), info.getUCD(), info.getUtype(), info.getDescription(), null);
        return new Column(spec, sql, kind);
    }

    /** Appends the COPY text form of a value (null as {@code \N}). */
    static void appendCopy(StringBuilder sb, Kind kind, Object v) {
        if (v == null) {
            sb.append("\\N");
            return;
        }
        switch (kind) {
            case TEXT -> escape(sb, v.toString());
            case BOOLEAN -> sb.append(((Boolean) v) ? 't' : 'f');
            case SCALAR -> scalar(sb, v);
            case SPOINT -> {
                double[] a = doubles(v);
                if (a.length < 2 || Double.isNaN(a[0]) || Double.isNaN(a[1])) {
                    sb.append("\\N");
                } else {
                    sb.append('(').append(a[0]).append("d,").append(a[1]).append("d)");
                }
            }
            case SCIRCLE -> {
                double[] a = doubles(v);
                if (a.length < 3 || Double.isNaN(a[0]) || Double.isNaN(a[1]) || Double.isNaN(a[2])) {
                    sb.append("\\N");
                } else {
                    sb.append("<(").append(a[0]).append("d,").append(a[1]).append("d),").append(a[2]).append("d>");
                }
            }
            case SPOLY -> {
                double[] a = doubles(v);
                if (a.length < 6 || a.length % 2 != 0) {
                    sb.append("\\N");
                } else {
                    sb.append('{');
                    for (int i = 0; i < a.length; i += 2) {
                        sb.append(i > 0 ? ",(" : "(").append(a[i]).append("d,").append(a[i + 1]).append("d)");
                    }
                    sb.append('}');
                }
            }
            case ARRAY -> {
                sb.append('{');
                int n = java.lang.reflect.Array.getLength(v);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    sb.append(java.lang.reflect.Array.get(v, i));
                }
                sb.append('}');
            }
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private static void scalar(StringBuilder sb, Object v) {
        if (v instanceof Double d && d.isNaN() || v instanceof Float f && f.isNaN()) {
            sb.append("\\N"); // VOTable NaN is a null
        } else {
            sb.append(v);
        }
    }

    private static double[] doubles(Object v) {
        if (v instanceof double[] d) {
            return d;
        }
        float[] f = (float[]) v;
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\0' -> { } // PostgreSQL text cannot hold NUL
                default -> sb.append(c);
            }
        }
    }
}
