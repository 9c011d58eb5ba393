package org.ozvo.schema.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.tap.ColumnDesc;
import org.ozvo.schema.tap.TapSchemaContent;
import org.ozvo.testing.TestDatabase;

/** The Java model, the migrated table and TAP_SCHEMA must agree on every column. */
class ObsCoreSchemaIT {

    @Test
    void migratedTableHasEveryModelColumnInOrderWithItsType() throws SQLException {
        List<String> actual = new ArrayList<>();
        try (Connection c = TestDatabase.owner().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT attname, format_type(atttypid, atttypmod), attnotnull"
                 + " FROM pg_attribute WHERE attrelid = 'ivoa.obscore'::regclass AND attnum > 0"
                 + " AND NOT attisdropped ORDER BY attnum")) {
            while (rs.next()) {
                actual.add(rs.getString(1) + " " + rs.getString(2) + (rs.getBoolean(3) ? " not null" : ""));
            }
        }
        List<String> expected = new ArrayList<>();
        for (ObsCoreColumn col : ObsCoreColumn.values()) {
            expected.add(col.columnName() + " " + col.type().sqlType() + (col.nullable() ? "" : " not null"));
        }
        assertEquals(expected, actual);
    }

    @Test
    void tapSchemaDescribesEveryPublishedColumnExactlyAsTheModel() throws SQLException {
        List<String> actual = new ArrayList<>();
        try (Connection c = TestDatabase.reader().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT column_name, datatype, arraysize, xtype, unit, ucd, utype,"
                 + " description, principal, indexed, std FROM tap_schema.columns"
                 + " WHERE table_name = 'ivoa.obscore' ORDER BY column_index")) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= 11; i++) {
                    row.add(rs.getString(i));
                }
                actual.add(String.join("|", row.stream().map(String::valueOf).toList()));
            }
        }
        List<String> expected = ObsCoreColumn.publishedColumns().stream().map(col -> String.join("|",
            col.columnName(), col.type().votableDatatype(), String.valueOf(col.type().arraysize()),
            String.valueOf(col.type().xtype()), String.valueOf(col.unit()), String.valueOf(col.ucd()),
            String.valueOf(col.utype()), col.description(), flag(col.principal()), flag(col.indexed()),
            flag(col.standard()))).toList();
        assertEquals(expected, actual);
    }

    @Test
    void everyMandatoryObsCoreColumnIsPublishedWithStdFlag() {
        Set<String> published = new HashSet<>();
        for (ColumnDesc c : TapSchemaContent.obscore().columns()) {
            published.add(c.name());
        }
        for (String name : List.of("dataproduct_type", "calib_level", "obs_collection", "obs_id",
                "obs_publisher_did", "access_url", "access_format", "access_estsize", "target_name", "s_ra",
                "s_dec", "s_fov", "s_region", "s_resolution", "s_xel1", "s_xel2", "t_min", "t_max", "t_exptime",
                "t_resolution", "t_xel", "em_min", "em_max", "em_res_power", "em_xel", "o_ucd", "pol_states",
                "pol_xel", "facility_name", "instrument_name")) {
            assertTrue(published.contains(name), name);
            assertTrue(ObsCoreColumn.byName(name).orElseThrow().standard(), name);
        }
    }

    @Test
    void tapSchemaDescribesItself() throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Connection c = TestDatabase.reader().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name FROM tap_schema.tables")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertEquals(Set.of("ivoa.obscore", "tap_schema.schemas", "tap_schema.tables", "tap_schema.columns",
            "tap_schema.keys", "tap_schema.key_columns"), tables);
    }

    @Test
    void eachSpatialColumnHasExactlyOneGistIndex() throws SQLException {
        List<String> defs = new ArrayList<>();
        try (Connection c = TestDatabase.owner().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT indexdef FROM pg_indexes WHERE schemaname = 'ivoa'"
                 + " AND tablename = 'obscore' AND indexdef LIKE '%USING gist%'")) {
            while (rs.next()) {
                defs.add(rs.getString(1));
            }
        }
        // The position is indexed once, as s_pos, which every protocol's SQL uses (V6 dropped the
        // duplicate expression index): each GiST index costs every insert a tree update.
        assertEquals(2, defs.size(), defs::toString);
        assertTrue(defs.stream().anyMatch(d -> d.contains("(s_pos)")), defs::toString);
        assertTrue(defs.stream().anyMatch(d -> d.contains("(s_region)")), defs::toString);
    }

    @Test
    void readerRoleMayReadButNotWrite() throws SQLException {
        try (Connection c = TestDatabase.reader().getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM ivoa.obscore")) {
                assertTrue(rs.next());
            }
            SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate(
                "DELETE FROM ivoa.obscore"));
            assertEquals("42501", e.getSQLState(), e.getMessage());
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM tap_schema.columns"));
        }
    }

    @Test
    void migratingAgainIsHarmless() throws SQLException {
        assertEquals(0, SchemaMigrator.migrate(TestDatabase.owner(), TestDatabase.settings().readerUser()));
    }

    private static String flag(boolean b) {
        return Objects.toString(b ? 1 : 0);
    }
}
