package org.ozvo.tap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.fault.TooLargeFault;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.dali.table.DatabaseText;
import org.ozvo.dali.table.TableResult;
import org.ozvo.testing.TestDatabase;

/** The runner on the real database as the read-only role: cursor, limits, uploads, timeouts. */
class TapQueryRunnerIT {

    private static final TapLimits LIMITS = new TapLimits(100, 1000, 60, 600, 60, 3600, 7200, 10_000, 5, 3);
    private final TapQueryRunner runner = new TapQueryRunner(LIMITS);

    private static TapRequest request(String... params) {
        return TapRequest.from(ParamMap.of(params), LIMITS);
    }

    private static UploadResolver inline(Map<String, String> parts) {
        return UploadResolver.withInline(spec -> new ByteArrayInputStream(
            parts.get(spec.partName()).getBytes(StandardCharsets.UTF_8)));
    }

    private static final String POINTS = """
        <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3"><RESOURCE><TABLE>
        <FIELD name="name" datatype="char" arraysize="*" ucd="meta.id"/>
        <FIELD name="pos" datatype="double" arraysize="2" xtype="point" unit="deg"/>
        <FIELD name="n" datatype="long"/>
        <DATA><TABLEDATA>
        <TR><TD>tab\there</TD><TD>10 20</TD><TD>1</TD></TR>
        <TR><TD>b</TD><TD>10.001 20</TD><TD/></TR>
        </TABLEDATA></DATA></TABLE></RESOURCE></VOTABLE>
        """;

    @Test
    void runsAsTheReaderAndFetchesOneRowBeyondMaxrec() throws Exception {
        try (TableResult r = runner.run(TestDatabase.reader().getConnection(),
                request("LANG", "ADQL", "MAXREC", "3", "QUERY", "SELECT column_name FROM TAP_SCHEMA.columns"),
                UploadResolver.http(), 10, null)) {
            assertEquals(3, r.maxrec());
            assertEquals("result", r.tableName());
            int n = 0;
            while (r.cursor().next()) {
                n++;
            }
            assertEquals(4, n, "MAXREC+1 rows are fetched so the writer can tell overflow");
        }
    }

    @Test
    void uploadsBecomeTemporaryTablesThatGeometryFunctionsUseAndThatVanishAfterwards() throws Exception {
        Connection connection = TestDatabase.reader().getConnection();
        try (TableResult r = runner.run(connection, request("LANG", "ADQL", "UPLOAD", "p,param:x", "QUERY",
                "SELECT a.name, a.pos, a.n, COORD1(b.pos) AS d FROM TAP_UPLOAD.p AS a, TAP_UPLOAD.p AS b"
                    + " WHERE 1 = CONTAINS(b.pos, CIRCLE(a.pos, 0.01)) AND a.name <> b.name ORDER BY a.name"),
                inline(Map.of("x", POINTS)), 10, null)) {
            assertEquals("meta.id", r.columns().get(0).ucd());
            assertEquals("point", r.columns().get(1).xtype());
            assertTrue(r.cursor().next());
            assertEquals("b", r.cursor().get(0));
            assertArrayEquals(new double[] {10.001, 20}, (double[]) r.cursor().get(1), 1e-9);
            assertEquals(null, r.cursor().get(2));
            assertEquals(10.0, (Double) r.cursor().get(3), 1e-9);
            assertTrue(r.cursor().next());
            assertEquals("tab\there", r.cursor().get(0));
            assertEquals(1L, r.cursor().get(2));
            assertFalse(r.cursor().next());
        }
        assertTrue(connection.isClosed(), "the result owns and closes the connection");
        try (Connection c = TestDatabase.reader().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_class WHERE relname = 'tap_upload_p'"
                 + " AND relpersistence = 't' AND pg_table_is_visible(oid)")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void limitsAndTimeoutsAreClearFaults() throws Exception {
        String many = "a,b\n1,2\n3,4\n5,6\n7,8\n9,10\n11,12\n";
        TooLargeFault rows = assertThrows(TooLargeFault.class, () -> runner.run(TestDatabase.reader().getConnection(),
            request("LANG", "ADQL", "UPLOAD", "t,param:x", "QUERY", "SELECT * FROM TAP_UPLOAD.t"),
            inline(Map.of("x", many)), 10, null));
        assertTrue(rows.getMessage().contains("5 rows"), rows.getMessage());
        TooLargeFault bytes = assertThrows(TooLargeFault.class, () -> runner.run(TestDatabase.reader().getConnection(),
            request("LANG", "ADQL", "UPLOAD", "t,param:x", "QUERY", "SELECT * FROM TAP_UPLOAD.t"),
            inline(Map.of("x", "a\n" + "1\n".repeat(6000))), 10, null));
        assertTrue(bytes.getMessage().contains("bytes"), bytes.getMessage());
        UsageFault timeout = assertThrows(UsageFault.class, () -> {
            try (TableResult r = runner.run(TestDatabase.reader().getConnection(), request("LANG", "ADQL", "QUERY",
                    "SELECT COUNT(*) FROM TAP_SCHEMA.columns AS a, TAP_SCHEMA.columns AS b, TAP_SCHEMA.columns AS c,"
                        + " TAP_SCHEMA.columns AS d, TAP_SCHEMA.columns AS e"), UploadResolver.http(), 1, null)) {
                r.cursor().next();
            }
        });
        assertTrue(timeout.getMessage().contains("time limit"), timeout.getMessage());
        assertThrows(UsageFault.class, () -> runner.run(TestDatabase.reader().getConnection(),
            request("LANG", "ADQL", "QUERY", "SELECT * FROM TAP_UPLOAD.nothing"), UploadResolver.http(), 10, null));
    }

    @Test
    void databaseTextModeHandsNumbersOverAsTheDatabasePrintsThem() throws Exception {
        try (TableResult r = runner.run(TestDatabase.reader().getConnection(), request("LANG", "ADQL", "QUERY",
                "SELECT column_index, 1e-7 * column_index AS tiny, table_name FROM TAP_SCHEMA.columns"
                    + " WHERE column_index = 3 ORDER BY table_name"), UploadResolver.http(), 10, null, true)) {
            assertEquals("int", r.columns().get(0).datatype(), "metadata is unchanged");
            assertTrue(r.cursor().next());
            assertEquals("3", r.cursor().get(0).toString());
            assertTrue(r.cursor().get(1) instanceof DatabaseText, "numbers stay text");
            assertEquals(3e-7, Double.parseDouble(r.cursor().get(1).toString()), 1e-20);
        }
    }

    @Test
    void maxrecZeroPlansWithoutRunning() throws Exception {
        try (TableResult r = runner.run(TestDatabase.reader().getConnection(),
                request("LANG", "ADQL", "MAXREC", "0", "QUERY", "SELECT COUNT(*) AS n, MAX(column_index) FROM TAP_SCHEMA.columns"),
                UploadResolver.http(), 10, null)) {
            assertEquals(List.of("n", "max"), r.columns().stream().map(c -> c.name()).toList());
            assertEquals("long", r.columns().get(0).datatype());
            assertFalse(r.cursor().next());
        }
    }
}
