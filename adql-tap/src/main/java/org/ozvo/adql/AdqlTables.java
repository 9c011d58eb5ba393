package org.ozvo.adql;

import adql.db.DBTable;
import adql.db.DBType;
import adql.db.DBType.DBDatatype;
import adql.db.DefaultDBTable;
import java.util.List;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.schema.obscore.ColumnType;
import org.ozvo.schema.tap.ColumnDesc;
import org.ozvo.schema.tap.TableDesc;
import org.ozvo.schema.tap.TapSchemaContent;

/**
 * The tables an ADQL query may name: every table TAP_SCHEMA publishes (from
 * {@link TapSchemaContent}, the same model TAP_SCHEMA's rows come from) and, per request, the
 * TAP_UPLOAD tables. Anything else (pg_catalog, the job tables, unpublished columns such as
 * {@code s_pos} or {@code product_path}) does not exist for the checker. Stateless.
 */
public final class AdqlTables {

    /** ADQL schema of uploaded tables (TAP 1.1 section 2.7.6). */
    public static final String UPLOAD_SCHEMA = "TAP_UPLOAD";

    private AdqlTables() {
    }

    /** Built once: the checker only reads the tables, and building them costs a millisecond per query. */
    private static final List<DBTable> PUBLISHED = TapSchemaContent.tables().map(AdqlTables::published).toList();

    /** The published tables (shared, read-only: the checker does not modify them). */
    public static List<DBTable> published() {
        return PUBLISHED;
    }

    private static DBTable published(TableDesc desc) {
        DefaultDBTable table = table(desc.schemaName(), desc.schemaName(), desc.simpleName(), desc.simpleName());
        for (ColumnDesc c : desc.columns()) {
            // a delimited published name ("size") is case-sensitive in ADQL; the database name is bare
            String dbName = c.name().startsWith("\"") ? c.name().substring(1, c.name().length() - 1) : c.name();
            table.addColumn(new MetadataColumn(c.name(), dbName, dbType(c.type()), table,
                ColumnSpec.of(c).withName(dbName)));
        }
        return table;
    }

    /**
     * An uploaded table as the checker sees it: {@code TAP_UPLOAD.<name>} mapped to a temporary
     * table.
     *
     * @param adqlName    the UPLOAD name (an ADQL regular identifier)
     * @param dbTableName name of the session's temporary table (in {@code pg_temp})
     * @param columns     FIELD metadata of the upload, by position
     * @param dbColumns   database column names, by position
     */
    public static DBTable upload(String adqlName, String dbTableName, List<ColumnSpec> columns, List<String> dbColumns) {
        DefaultDBTable table = table(UPLOAD_SCHEMA, "pg_temp", adqlName, dbTableName);
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec spec = columns.get(i);
            boolean regular = spec.name().matches("[A-Za-z][A-Za-z0-9_]*");
            MetadataColumn col = new MetadataColumn(spec.name(), dbColumns.get(i), dbType(spec), table, spec);
            // a FIELD name that is not a regular identifier can only be used delimited, case-sensitively
            col.setCaseSensitive(!regular);
            table.addColumn(col);
        }
        return table;
    }

    private static DefaultDBTable table(String adqlSchema, String dbSchema, String adqlName, String dbName) {
        DefaultDBTable table = new DefaultDBTable(adqlName, dbName); // library order: ADQL name first
        table.setADQLSchemaName(adqlSchema);
        table.setDBSchemaName(dbSchema);
        return table;
    }

    static DBType dbType(ColumnType type) {
        return switch (type) {
            case TEXT -> new DBType(DBDatatype.VARCHAR);
            case INT -> new DBType(DBDatatype.INTEGER);
            case LONG -> new DBType(DBDatatype.BIGINT);
            case DOUBLE -> new DBType(DBDatatype.DOUBLE);
            case TIMESTAMP -> new DBType(DBDatatype.TIMESTAMP);
            case POLYGON -> new DBType(DBDatatype.REGION);
            case POINT -> new DBType(DBDatatype.POINT);
        };
    }

    static DBType dbType(ColumnSpec spec) {
        if (spec.xtype() != null) {
            switch (spec.xtype()) {
                case "point":
                    return new DBType(DBDatatype.POINT);
                case "circle", "polygon":
                    return new DBType(DBDatatype.REGION);
                case "timestamp":
                    return new DBType(DBDatatype.TIMESTAMP);
                default:
                    break;
            }
        }
        if (spec.isText()) {
            return new DBType(DBDatatype.VARCHAR);
        }
        if (spec.isArray()) {
            return new DBType(DBDatatype.UNKNOWN);
        }
        return switch (spec.datatype()) {
            case "short", "boolean" -> new DBType(DBDatatype.SMALLINT);
            case "int" -> new DBType(DBDatatype.INTEGER);
            case "long" -> new DBType(DBDatatype.BIGINT);
            case "float" -> new DBType(DBDatatype.REAL);
            default -> new DBType(DBDatatype.DOUBLE);
        };
    }
}
