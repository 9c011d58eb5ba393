package org.ozvo.dali.table;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/**
 * Derives VOTable FIELD metadata from JDBC result metadata, for result columns nobody declared
 * (ADQL expressions such as {@code COUNT(*)} or {@code DISTANCE(...)}). PostgreSQL types map
 * as: smallint short, integer int, bigint long, real float, double precision and numeric double,
 * boolean boolean, timestamp char/timestamp, pgSphere geometries DALI point/circle/polygon,
 * everything else char. Stateless.
 */
public final class JdbcColumns {

    private JdbcColumns() {
    }

    /**
     * The metadata of one result column.
     *
     * @param md     result metadata
     * @param column 1-based JDBC column index
     * @param name   FIELD name to use (usually the ADQL name or alias)
     */
    public static ColumnSpec describe(ResultSetMetaData md, int column, String name) throws SQLException {
        String typeName = md.getColumnTypeName(column);
        if (PgSphereValues.isGeometryType(typeName)) {
            return new ColumnSpec(name, "double", PgSphereValues.arraysize(typeName), PgSphereValues.xtype(typeName),
                "deg", null, null, null, null);
        }
        String lower = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        switch (md.getColumnType(column)) {
            case Types.SMALLINT, Types.TINYINT:
                return ColumnSpec.of(name, "short", null);
            case Types.INTEGER:
                return ColumnSpec.of(name, "int", null);
            case Types.BIGINT:
                return ColumnSpec.of(name, "long", null);
            case Types.REAL:
                return ColumnSpec.of(name, "float", null);
            case Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL:
                return ColumnSpec.of(name, "double", null);
            case Types.BIT, Types.BOOLEAN:
                return ColumnSpec.of(name, "boolean", null);
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE, Types.DATE:
                return ColumnSpec.of(name, "char", "*").withXtype("timestamp");
            case Types.ARRAY:
                return arrayColumn(name, lower);
            default:
                return ColumnSpec.text(name);
        }
    }

    private static ColumnSpec arrayColumn(String name, String pgType) {
        return switch (pgType) {
            case "_int2" -> ColumnSpec.of(name, "short", "*");
            case "_int4" -> ColumnSpec.of(name, "int", "*");
            case "_int8" -> ColumnSpec.of(name, "long", "*");
            case "_float4" -> ColumnSpec.of(name, "float", "*");
            case "_float8", "_numeric" -> ColumnSpec.of(name, "double", "*");
            default -> ColumnSpec.text(name);
        };
    }
}
