package org.ozvo.schema.tap;

import static org.ozvo.schema.obscore.ColumnType.INT;
import static org.ozvo.schema.obscore.ColumnType.TEXT;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * Everything the archive publishes to TAP: the {@code ivoa} schema with {@code ivoa.obscore}
 * (derived from {@link ObsCoreColumn}, never written twice) and TAP_SCHEMA describing itself.
 * TAP_SCHEMA rows, VOSI tables and the ADQL checker are all made from this.
 */
public final class TapSchemaContent {

    public static final String OBSCORE_TABLE = "ivoa.obscore";

    private static final TableDesc OBSCORE = new TableDesc("ivoa", OBSCORE_TABLE,
        "ObsCore 1.1 metadata of every spectrum and image in the archive, with redshift and "
            + "rest-frame spectral coverage", "ivo://ivoa.net/std/ObsCore#table-1.1",
        ObsCoreColumn.publishedColumns().stream().map(ColumnDesc::of).toList());

    private static final List<SchemaDesc> SCHEMAS = List.of(
        new SchemaDesc("ivoa", "IVOA data models: the ObsCore table", null, List.of(OBSCORE)),
        new SchemaDesc("tap_schema", "Description of the tables and columns of this service", null,
            tapSchemaTables()));

    private static final List<ForeignKeyDesc> KEYS = List.of(
        new ForeignKeyDesc("tables_schema", "tap_schema.tables", "schema_name", "tap_schema.schemas",
            "schema_name", "Schema a table belongs to"),
        new ForeignKeyDesc("columns_table", "tap_schema.columns", "table_name", "tap_schema.tables",
            "table_name", "Table a column belongs to"),
        new ForeignKeyDesc("keys_from", "tap_schema.keys", "from_table", "tap_schema.tables",
            "table_name", "Table a key starts from"),
        new ForeignKeyDesc("keys_target", "tap_schema.keys", "target_table", "tap_schema.tables",
            "table_name", "Table a key points to"),
        new ForeignKeyDesc("key_columns_key", "tap_schema.key_columns", "key_id", "tap_schema.keys",
            "key_id", "Key a column pair belongs to"));

    private TapSchemaContent() {
    }

    /** Published schemas in order. */
    public static List<SchemaDesc> schemas() {
        return SCHEMAS;
    }

    /** Declared foreign keys. */
    public static List<ForeignKeyDesc> keys() {
        return KEYS;
    }

    /** The ObsCore table description. */
    public static TableDesc obscore() {
        return OBSCORE;
    }

    /** All published tables, schema by schema. */
    public static Stream<TableDesc> tables() {
        return SCHEMAS.stream().flatMap(s -> s.tables().stream());
    }

    /** Finds a published table by qualified name, case-insensitively. */
    public static Optional<TableDesc> table(String qualifiedName) {
        String wanted = qualifiedName.toLowerCase(Locale.ROOT);
        return tables().filter(t -> t.tableName().equals(wanted)).findFirst();
    }

    private static List<TableDesc> tapSchemaTables() {
        ColumnDesc schemaName = ColumnDesc.meta("schema_name", TEXT, "Schema name as used in queries");
        ColumnDesc tableName = ColumnDesc.meta("table_name", TEXT, "Fully qualified table name");
        ColumnDesc utype = ColumnDesc.meta("utype", TEXT, "Utype");
        ColumnDesc description = ColumnDesc.meta("description", TEXT, "Description");
        return List.of(
            new TableDesc("tap_schema", "tap_schema.schemas", "Schemas published by this service", null,
                List.of(schemaName, utype, description,
                    ColumnDesc.meta("schema_index", INT, "Recommended display order"))),
            new TableDesc("tap_schema", "tap_schema.tables", "Tables published by this service", null,
                List.of(schemaName, tableName,
                    ColumnDesc.meta("table_type", TEXT, "table or view"), utype, description,
                    ColumnDesc.meta("table_index", INT, "Recommended display order"))),
            new TableDesc("tap_schema", "tap_schema.columns", "Columns of the published tables", null,
                List.of(tableName, ColumnDesc.meta("column_name", TEXT, "Column name"),
                    ColumnDesc.meta("datatype", TEXT, "VOTable datatype"),
                    ColumnDesc.meta("arraysize", TEXT, "VOTable arraysize"),
                    ColumnDesc.meta("xtype", TEXT, "VOTable/DALI xtype"),
                    // written delimited: SIZE is an ADQL reserved word, and TAP 1.1 section 4.3 wants
                    // column_name as it must be used in queries (stilts taplint TMS-TSC0/CRSV)
                    ColumnDesc.meta("\"size\"", INT, "Length of fixed-size 1-D arrays (deprecated)"),
                    description, utype, ColumnDesc.meta("unit", TEXT, "VOUnit"),
                    ColumnDesc.meta("ucd", TEXT, "UCD"),
                    ColumnDesc.meta("indexed", INT, "1 if the column is indexed"),
                    ColumnDesc.meta("principal", INT, "1 if the column is principal"),
                    ColumnDesc.meta("std", INT, "1 if the column is defined by a standard"),
                    ColumnDesc.meta("column_index", INT, "Recommended display order"))),
            new TableDesc("tap_schema", "tap_schema.keys", "Foreign keys between published tables", null,
                List.of(ColumnDesc.meta("key_id", TEXT, "Key identifier"),
                    ColumnDesc.meta("from_table", TEXT, "Table with the foreign key"),
                    ColumnDesc.meta("target_table", TEXT, "Table the key points to"), description, utype)),
            new TableDesc("tap_schema", "tap_schema.key_columns", "Columns of the foreign keys", null,
                List.of(ColumnDesc.meta("key_id", TEXT, "Key identifier"),
                    ColumnDesc.meta("from_column", TEXT, "Column in from_table"),
                    ColumnDesc.meta("target_column", TEXT, "Column in target_table"))));
    }
}
