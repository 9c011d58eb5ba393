package org.ozvo.server.tap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;

/** Sync TAP over HTTP against the running server and the TAP fixture rows. */
class TapSyncIT {

    private static final String MINE = "obs_collection = '" + TapFixture.COLLECTION + "'";

    @BeforeAll
    static void fixture() throws Exception {
        TapFixture.load();
    }

    private static HttpResponse<byte[]> sync(String... params) throws Exception {
        return Http.postForm(Http.tap() + "/sync", params);
    }

    private static List<Object[]> rows(StarTable t) throws Exception {
        List<Object[]> out = new ArrayList<>();
        try (RowSequence seq = t.getRowSequence()) {
            while (seq.next()) {
                out.add(seq.getRow());
            }
        }
        return out;
    }

    @Test
    void coneSearchReturnsAVOTableWithStatusAndTapSchemaMetadata() throws Exception {
        HttpResponse<byte[]> r = sync("REQUEST", "doQuery", "LANG", "ADQL", "QUERY",
            "SELECT obs_publisher_did, s_ra, s_dec, s_region, obs_release_date FROM ivoa.obscore WHERE " + MINE
                + " AND 1=CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', 150.0, 2.0, 0.03)) ORDER BY s_ra");
        assertEquals(200, r.statusCode(), Http.text(r));
        assertTrue(Http.contentType(r).startsWith("application/x-votable+xml"), Http.contentType(r));
        String doc = Http.text(r);
        assertTrue(doc.indexOf("<INFO name=\"QUERY_STATUS\" value=\"OK\"") < doc.indexOf("<TABLE"), doc);
        assertTrue(doc.contains("<RESOURCE type=\"results\">"));
        assertTrue(doc.contains("<TABLE name=\"result\">"));
        StarTable t = Http.votable(r.body());
        List<Object[]> rows = rows(t);
        assertEquals(3, rows.size(), "fixture points within 0.03 deg of (150, 2): i = 0, 1, 2");
        ColumnInfo region = t.getColumnInfo(3);
        assertEquals("s_region", region.getName());
        assertEquals("polygon", region.getXtype());
        assertEquals("deg", region.getUnitString());
        assertEquals(double[].class, region.getContentClass());
        assertArrayEquals(new double[] {149.999, 1.999, 150.001, 1.999, 150.001, 2.001, 149.999, 2.001},
            (double[]) rows.get(0)[3], 1e-9);
        assertEquals("pos.eq.ra", t.getColumnInfo(1).getUCD());
        assertEquals("timestamp", t.getColumnInfo(4).getXtype());
        assertEquals("2020-01-02T03:04:05", rows.get(0)[4]);
    }

    @Test
    void getAndPostGiveTheSameAnswerAndParameterNamesAreCaseInsensitive() throws Exception {
        String q = "SELECT COUNT(*) AS n FROM ivoa.obscore WHERE " + MINE;
        HttpResponse<byte[]> get = Http.get(Http.tap() + "/sync?lang=ADQL&query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        HttpResponse<byte[]> post = sync("Lang", "ADQL-2.0", "Query", q);
        assertEquals(200, get.statusCode(), Http.text(get));
        assertEquals(200, post.statusCode(), Http.text(post));
        assertEquals(20L, ((Number) rows(Http.votable(get.body())).get(0)[0]).longValue());
        assertEquals(20L, ((Number) rows(Http.votable(post.body())).get(0)[0]).longValue());
        assertEquals("long", Http.text(post).replaceAll("(?s).*<FIELD[^>]*datatype=\"(\\w+)\".*", "$1"));
    }

    @Test
    void maxrecCutsTheResultAndSaysOverflowAfterTheTable() throws Exception {
        HttpResponse<byte[]> r = sync("LANG", "ADQL", "MAXREC", "5", "QUERY",
            "SELECT obs_id FROM ivoa.obscore WHERE " + MINE);
        String doc = Http.text(r);
        assertEquals(200, r.statusCode());
        assertEquals(5, rows(Http.votable(r.body())).size());
        assertTrue(doc.indexOf("value=\"OVERFLOW\"") > doc.indexOf("</TABLE>"), doc);
        HttpResponse<byte[]> exact = sync("LANG", "ADQL", "MAXREC", "20", "QUERY",
            "SELECT obs_id FROM ivoa.obscore WHERE " + MINE);
        assertFalse(Http.text(exact).contains("OVERFLOW"), "exactly MAXREC rows is no overflow");
        HttpResponse<byte[]> top = sync("LANG", "ADQL", "MAXREC", "10", "QUERY",
            "SELECT TOP 3 obs_id FROM ivoa.obscore WHERE " + MINE);
        assertEquals(3, rows(Http.votable(top.body())).size());
        assertFalse(Http.text(top).contains("OVERFLOW"), "TOP below MAXREC is no overflow");
    }

    @Test
    void maxrecZeroGivesTheFieldsOnly() throws Exception {
        HttpResponse<byte[]> r = sync("LANG", "ADQL", "MAXREC", "0", "QUERY",
            "SELECT obs_id, s_ra * 2 AS twice, COUNT(*) FROM ivoa.obscore GROUP BY obs_id, s_ra");
        assertEquals(200, r.statusCode(), Http.text(r));
        String doc = Http.text(r);
        assertTrue(doc.indexOf("value=\"OVERFLOW\"") < doc.indexOf("<TABLE"), doc);
        StarTable t = Http.votable(r.body());
        assertEquals(3, t.getColumnCount());
        assertEquals("twice", t.getColumnInfo(1).getName());
        assertEquals(0, rows(t).size());
    }

    @Test
    void everyFormatByMimeOrAliasAndTheMimeIsEchoed() throws Exception {
        String q = "SELECT TOP 3 obs_id, target_name, s_region FROM ivoa.obscore WHERE " + MINE + " ORDER BY obs_id";
        HttpResponse<byte[]> csv = sync("LANG", "ADQL", "QUERY", q, "RESPONSEFORMAT", "csv");
        assertEquals("text/csv;header=present", Http.contentType(csv));
        assertTrue(Http.text(csv).startsWith("obs_id,target_name,s_region\r\nobs0,target 0,"), Http.text(csv));
        HttpResponse<byte[]> tsv = sync("LANG", "ADQL", "QUERY", q, "FORMAT", "text/tab-separated-values");
        assertEquals("text/tab-separated-values", Http.contentType(tsv));
        assertEquals(4, Http.text(tsv).split("\n").length);
        HttpResponse<byte[]> b2 = sync("LANG", "ADQL", "QUERY", q, "RESPONSEFORMAT",
            "application/x-votable+xml;serialization=BINARY2");
        assertEquals("application/x-votable+xml;serialization=BINARY2", Http.contentType(b2));
        assertTrue(Http.text(b2).contains("<BINARY2>"));
        assertEquals(3, rows(Http.votable(b2.body())).size());
        HttpResponse<byte[]> bin = sync("LANG", "ADQL", "QUERY", q, "RESPONSEFORMAT", "votable/b");
        assertEquals(3, rows(Http.votable(bin.body())).size());
        HttpResponse<byte[]> fits = sync("LANG", "ADQL", "QUERY", q, "RESPONSEFORMAT", "fits");
        assertEquals("application/fits", Http.contentType(fits));
        assertTrue(Http.text(fits).startsWith("SIMPLE  ="));
        HttpResponse<byte[]> json = sync("LANG", "ADQL", "QUERY", q, "RESPONSEFORMAT", "json");
        assertTrue(Http.text(json).contains("\"status\":\"OK\""), Http.text(json));
        HttpResponse<byte[]> bad = sync("LANG", "ADQL", "QUERY", q, "RESPONSEFORMAT", "text/html");
        assertEquals(400, bad.statusCode());
        assertTrue(Http.text(bad).contains("QUERY_STATUS"));
    }

    @Test
    void csvQuotesValuesWithCommasAndQuotes() throws Exception {
        HttpResponse<byte[]> r = sync("LANG", "ADQL", "FORMAT", "text/csv", "QUERY",
            "SELECT target_name FROM ivoa.obscore WHERE " + MINE + " AND obs_id = 'obs7'");
        assertEquals("text/csv", Http.contentType(r));
        assertEquals("target_name\r\n\"NGC 1, \"\"the\"\" 'first'\"\r\n", Http.text(r));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT s_pos FROM ivoa.obscore",
        "SELECT * FROM pg_catalog.pg_class",
        "SELECT * FROM uws.job",
        "SELEKT obs_id FROM ivoa.obscore",
        "SELECT obs_id FROM ivoa.obscore WHERE 1 / (calib_level - calib_level) = 1"})
    void badQueriesAnswer400WithAVOTableError(String query) throws Exception {
        HttpResponse<byte[]> r = sync("LANG", "ADQL", "QUERY", query);
        assertEquals(400, r.statusCode(), Http.text(r));
        assertTrue(Http.contentType(r).contains("votable"), Http.contentType(r));
        assertTrue(Http.text(r).contains("<INFO name=\"QUERY_STATUS\" value=\"ERROR\">"), Http.text(r));
        assertFalse(Http.text(r).contains("Exception"), Http.text(r));
    }

    @Test
    void missingOrUnknownLangIsAnError() throws Exception {
        assertEquals(400, sync("QUERY", "SELECT 1").statusCode());
        assertEquals(400, sync("LANG", "PQL", "QUERY", "SELECT obs_id FROM ivoa.obscore").statusCode());
    }

    @Test
    void tapSchemaDescribesItselfAndTheObsCoreTableOnly() throws Exception {
        HttpResponse<byte[]> r = sync("LANG", "ADQL", "QUERY",
            "SELECT table_name FROM TAP_SCHEMA.tables ORDER BY table_name");
        List<String> names = rows(Http.votable(r.body())).stream().map(x -> (String) x[0]).toList();
        assertEquals(org.ozvo.schema.tap.TapSchemaContent.tables().map(t -> t.tableName()).sorted().toList(), names);
        assertTrue(names.contains("ivoa.obscore") && names.contains("tap_schema.columns"), names.toString());
        HttpResponse<byte[]> size = sync("LANG", "ADQL", "QUERY",
            "SELECT \"size\", arraysize FROM TAP_SCHEMA.columns WHERE column_name = 's_region'");
        Object[] row = rows(Http.votable(size.body())).get(0);
        assertNull(row[0]);
        assertEquals("*", row[1]);
    }

    @Test
    void inlineUploadJoinsWithGeometryInOneRequest() throws Exception {
        String votable = """
            <?xml version="1.0"?>
            <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3">
            <RESOURCE><TABLE>
            <FIELD name="id" datatype="char" arraysize="*"/>
            <FIELD name="ra" datatype="double" unit="deg"/>
            <FIELD name="dec" datatype="double" unit="deg"/>
            <FIELD name="Weird Name" datatype="int"/>
            <DATA><TABLEDATA>
            <TR><TD>a</TD><TD>150.05</TD><TD>2.05</TD><TD>1</TD></TR>
            <TR><TD>b</TD><TD>150.1</TD><TD>2.1</TD><TD>2</TD></TR>
            <TR><TD>c</TD><TD>10</TD><TD>-10</TD><TD/></TR>
            </TABLEDATA></DATA></TABLE></RESOURCE></VOTABLE>
            """;
        HttpResponse<byte[]> r = Http.postMultipart(Http.tap() + "/sync", Map.of("REQUEST", "doQuery", "LANG", "ADQL",
            "UPLOAD", "mine,param:t1", "QUERY", "SELECT u.id, u.\"Weird Name\", o.obs_id FROM TAP_UPLOAD.mine AS u"
                + " JOIN ivoa.obscore AS o ON 1 = CONTAINS(POINT('ICRS', u.ra, u.dec),"
                + " CIRCLE('ICRS', o.s_ra, o.s_dec, 0.001)) WHERE o." + MINE + " ORDER BY u.id"),
            Map.of("t1", votable.getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, r.statusCode(), Http.text(r));
        List<Object[]> rows = rows(Http.votable(r.body()));
        assertEquals(2, rows.size(), Http.text(r));
        assertEquals("a", rows.get(0)[0]);
        assertEquals(1, ((Number) rows.get(0)[1]).intValue());
        assertEquals("obs5", rows.get(0)[2]);
        assertEquals("obs10", rows.get(1)[2]);
    }

    @Test
    void severalUploadsAtOnceAndSelectStarRoundTripsGeometry() throws Exception {
        String points = """
            <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3"><RESOURCE><TABLE>
            <FIELD name="p" datatype="double" arraysize="2" xtype="point" unit="deg"/>
            <FIELD name="when" datatype="char" arraysize="*" xtype="timestamp"/>
            <DATA><TABLEDATA><TR><TD>150.05 2.05</TD><TD>2021-01-01T00:00:00</TD></TR></TABLEDATA></DATA>
            </TABLE></RESOURCE></VOTABLE>
            """;
        String csv = "name,x\nfoo,1.5\nbar,2.5\n";
        HttpResponse<byte[]> r = Http.postMultipart(Http.tap() + "/sync", Map.of("LANG", "ADQL",
            "UPLOAD", "pts,param:a;nums,param:b", "QUERY", "SELECT * FROM TAP_UPLOAD.pts"),
            Map.of("a", points.getBytes(StandardCharsets.UTF_8), "b", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, r.statusCode(), Http.text(r));
        StarTable t = Http.votable(r.body());
        assertEquals("point", t.getColumnInfo(0).getXtype());
        assertEquals("timestamp", t.getColumnInfo(1).getXtype());
        Object[] row = rows(t).get(0);
        assertArrayEquals(new double[] {150.05, 2.05}, (double[]) row[0], 1e-9);
        assertEquals("2021-01-01T00:00:00", row[1]);
        HttpResponse<byte[]> sum = Http.postMultipart(Http.tap() + "/sync", Map.of("LANG", "ADQL",
            "UPLOAD", "nums,param:b", "QUERY", "SELECT SUM(x) AS s FROM TAP_UPLOAD.nums"),
            Map.of("b", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(4.0, ((Number) rows(Http.votable(sum.body())).get(0)[0]).doubleValue(), 1e-9, Http.text(sum));
    }

    @Test
    void uploadByHttpUrlIsFetchedByTheService() throws Exception {
        String source = Http.tap() + "/sync?LANG=ADQL&QUERY=" + URLEncoder.encode("SELECT s_ra AS ra, s_dec AS dec"
            + " FROM ivoa.obscore WHERE " + MINE + " AND obs_id IN ('obs3', 'obs4')", StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = sync("LANG", "ADQL", "UPLOAD", "remote," + source, "QUERY",
            "SELECT o.obs_id FROM TAP_UPLOAD.remote AS r JOIN ivoa.obscore AS o"
                + " ON 1 = CONTAINS(POINT('ICRS', o.s_ra, o.s_dec), CIRCLE('ICRS', r.ra, r.dec, 0.0001))"
                + " WHERE o." + MINE + " ORDER BY o.obs_id");
        assertEquals(200, r.statusCode(), Http.text(r));
        assertEquals(List.of("obs3", "obs4"), rows(Http.votable(r.body())).stream().map(x -> x[0]).toList());
        HttpResponse<byte[]> missing = sync("LANG", "ADQL", "UPLOAD", "t," + Http.tap() + "/nothing-here", "QUERY",
            "SELECT * FROM TAP_UPLOAD.t");
        assertEquals(400, missing.statusCode(), Http.text(missing));
        assertTrue(Http.text(missing).contains("HTTP 404"), Http.text(missing));
    }

    @Test
    void uploadErrorsAreClear() throws Exception {
        HttpResponse<byte[]> missing = Http.postMultipart(Http.tap() + "/sync", Map.of("LANG", "ADQL",
            "UPLOAD", "t,param:nothere", "QUERY", "SELECT * FROM TAP_UPLOAD.t"), Map.of());
        assertEquals(400, missing.statusCode(), Http.text(missing));
        assertTrue(Http.text(missing).contains("nothere"));
        HttpResponse<byte[]> garbage = Http.postMultipart(Http.tap() + "/sync", Map.of("LANG", "ADQL",
            "UPLOAD", "t,param:x", "QUERY", "SELECT * FROM TAP_UPLOAD.t"),
            Map.of("x", "<VOTABLE><RESOURCE><TABLE><FIELD name=".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, garbage.statusCode(), Http.text(garbage));
        HttpResponse<byte[]> ftp = sync("LANG", "ADQL", "UPLOAD", "t,ftp://example.org/t.xml", "QUERY",
            "SELECT * FROM TAP_UPLOAD.t");
        assertEquals(400, ftp.statusCode());
    }

    @Test
    void unknownPathsAndTablesAnswerVOTable404() throws Exception {
        HttpResponse<byte[]> r = Http.get(Http.tap() + "/nonsense");
        assertEquals(404, r.statusCode());
        assertTrue(Http.text(r).contains("QUERY_STATUS"));
        HttpResponse<byte[]> t = Http.get(Http.tap() + "/tables/ivoa.nothing");
        assertEquals(404, t.statusCode());
        assertTrue(Http.text(t).contains("QUERY_STATUS"));
    }
}
