package org.ozvo.schema.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.ozvo.schema.tap.ColumnDesc;
import org.ozvo.schema.tap.ForeignKeyDesc;
import org.ozvo.schema.tap.SchemaDesc;
import org.ozvo.schema.tap.TableDesc;
import org.ozvo.schema.tap.TapSchemaContent;

/**
 * Rewrites the TAP_SCHEMA rows from {@link TapSchemaContent} in one transaction, so the
 * published metadata always equals the Java definition the code uses.
 */
public final class TapSchemaWriter {

    private TapSchemaWriter() {
    }

    /**
     * Replaces every TAP_SCHEMA row. The connection's auto-commit state is restored afterwards.
     *
     * @param connection a connection of the database owner; not closed here
     */
    public static void write(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("DELETE FROM tap_schema.key_columns");
                st.execute("DELETE FROM tap_schema.keys");
                st.execute("DELETE FROM tap_schema.columns");
                st.execute("DELETE FROM tap_schema.tables");
                st.execute("DELETE FROM tap_schema.schemas");
            }
            insertSchemas(connection);
            insertKeys(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void insertSchemas(Connection connection) throws SQLException {
        try (PreparedStatement schemas = connection.prepareStatement(
                 "INSERT INTO tap_schema.schemas (schema_name, utype, description, schema_index) VALUES (?,?,?,?)");
             PreparedStatement tables = connection.prepareStatement(
                 "INSERT INTO tap_schema.tables (schema_name, table_name, table_type, utype, description, table_index)"
                     + " VALUES (?,?,'table',?,?,?)");
             PreparedStatement columns = connection.prepareStatement(
                 "INSERT INTO tap_schema.columns (table_name, column_name, datatype, arraysize, xtype, \"size\","
                     + " description, utype, unit, ucd, indexed, principal, std, column_index)"
                     + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int schemaIndex = 0;
            int tableIndex = 0;
            for (SchemaDesc schema : TapSchemaContent.schemas()) {
                schemas.setString(1, schema.schemaName());
                schemas.setString(2, schema.utype());
                schemas.setString(3, schema.description());
                schemas.setInt(4, schemaIndex++);
                schemas.addBatch();
                for (TableDesc table : schema.tables()) {
                    tables.setString(1, schema.schemaName());
                    tables.setString(2, table.tableName());
                    tables.setString(3, table.utype());
                    tables.setString(4, table.description());
                    tables.setInt(5, tableIndex++);
                    tables.addBatch();
                    int columnIndex = 0;
                    for (ColumnDesc column : table.columns()) {
                        addColumn(columns, table, column, columnIndex++);
                    }
                }
            }
            schemas.executeBatch();
            tables.executeBatch();
            columns.executeBatch();
        }
    }

    private static void addColumn(PreparedStatement ps, TableDesc table, ColumnDesc column, int index)
            throws SQLException {
        ps.setString(1, table.tableName());
        ps.setString(2, column.name());
        ps.setString(3, column.type().votableDatatype());
        ps.setString(4, column.type().arraysize());
        ps.setString(5, column.type().xtype());
        if (column.size() == null) {
            ps.setNull(6, Types.INTEGER);
        } else {
            ps.setInt(6, column.size());
        }
        ps.setString(7, column.description());
        ps.setString(8, column.utype());
        ps.setString(9, column.unit());
        ps.setString(10, column.ucd());
        ps.setInt(11, column.indexed() ? 1 : 0);
        ps.setInt(12, column.principal() ? 1 : 0);
        ps.setInt(13, column.std() ? 1 : 0);
        ps.setInt(14, index);
        ps.addBatch();
    }

    private static void insertKeys(Connection connection) throws SQLException {
        try (PreparedStatement keys = connection.prepareStatement(
                 "INSERT INTO tap_schema.keys (key_id, from_table, target_table, description) VALUES (?,?,?,?)");
             PreparedStatement keyColumns = connection.prepareStatement(
                 "INSERT INTO tap_schema.key_columns (key_id, from_column, target_column) VALUES (?,?,?)")) {
            for (ForeignKeyDesc key : TapSchemaContent.keys()) {
                keys.setString(1, key.keyId());
                keys.setString(2, key.fromTable());
                keys.setString(3, key.targetTable());
                keys.setString(4, key.description());
                keys.addBatch();
                keyColumns.setString(1, key.keyId());
                keyColumns.setString(2, key.fromColumn());
                keyColumns.setString(3, key.targetColumn());
                keyColumns.addBatch();
            }
            keys.executeBatch();
            keyColumns.executeBatch();
        }
    }
}
