package org.ozvo.server.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;

/**
 * Every way of writing "within r of a position" that the translator rewrites for the point index
 * (stored s_pos, swapped circles, DISTANCE as containment) returns exactly the rows that the
 * plain definition, computed by the database from s_ra/s_dec without any index, returns.
 */
class TapPositionFormsIT {

    private static final String MINE = "obs_collection = '" + TapFixture.COLLECTION + "'";
    /** Fixture points lie on a line from (150, 2) in steps of 0.01 deg: 0.035 deg around (150.05, 2.05) catches 5. */
    private static final String EXPECTED = "obs3 obs4 obs5 obs6 obs7";

    @BeforeAll
    static void fixture() throws Exception {
        TapFixture.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1 = CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', 150.05, 2.05, 0.035))",
        "CONTAINS(POINT(o.s_ra, o.s_dec), CIRCLE(POINT(150.05, 2.05), 0.035)) = 1",
        "1 = CONTAINS(POINT(150.05, 2.05), CIRCLE(o.s_ra, o.s_dec, 0.035))",
        "DISTANCE(POINT(150.05, 2.05), POINT(o.s_ra, o.s_dec)) < 0.035",
        "DISTANCE(POINT(s_ra, s_dec), POINT(150.05, 2.05)) <= 0.035",
        "0.035 > DISTANCE(150.05, 2.05, s_ra, s_dec)",
        "DISTANCE(POINT(s_ra, s_dec), POINT(150.05, 2.05)) * 3600 < 0.035 * 3600"})
    void positionFormsAgreeWithTheDefinition(String condition) throws Exception {
        assertEquals(EXPECTED, ids("SELECT obs_id FROM ivoa.obscore AS o WHERE " + MINE + " AND " + condition + " ORDER BY obs_id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1 = CONTAINS(POINT(u.ra, u.dec), CIRCLE(o.s_ra, o.s_dec, 0.035))",
        "1 = CONTAINS(POINT(o.s_ra, o.s_dec), CIRCLE(u.ra, u.dec, 0.035))",
        "DISTANCE(POINT(u.ra, u.dec), POINT(o.s_ra, o.s_dec)) < 0.035"})
    void uploadJoinFormsAgree(String condition) throws Exception {
        assertEquals(EXPECTED, uploadJoin("ra,dec\n150.05,2.05\n", condition));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "DISTANCE(u.pos, POINT(o.s_ra, o.s_dec)) < 0.035",
        "1 = CONTAINS(u.pos, CIRCLE(o.s_ra, o.s_dec, 0.035))",
        "1 = CONTAINS(POINT(o.s_ra, o.s_dec), CIRCLE(u.pos, 0.035))"})
    void uploadedPointColumnFormsAgree(String condition) throws Exception {
        assertEquals(EXPECTED, uploadJoin("""
            <VOTABLE version="1.4" xmlns="http://www.ivoa.net/xml/VOTable/v1.3"><RESOURCE><TABLE>
            <FIELD name="pos" datatype="double" arraysize="2" xtype="point" unit="deg"/>
            <DATA><TABLEDATA><TR><TD>150.05 2.05</TD></TR></TABLEDATA></DATA></TABLE></RESOURCE></VOTABLE>
            """, condition));
    }

    /** obs_ids of the fixture rows joined to the uploaded table {@code u} (CSV or VOTable) on the condition. */
    private static String uploadJoin(String table, String condition) throws Exception {
        HttpResponse<byte[]> r = Http.postMultipart(Http.tap() + "/sync",
            Map.of("LANG", "ADQL", "UPLOAD", "u,param:u", "QUERY", "SELECT o.obs_id FROM TAP_UPLOAD.u AS u"
                + " JOIN ivoa.obscore AS o ON " + condition + " WHERE o." + MINE + " ORDER BY o.obs_id"),
            Map.of("u", table.getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, r.statusCode(), Http.text(r));
        return ids(Http.votable(r.body()));
    }

    private static String ids(String adql) throws Exception {
        HttpResponse<byte[]> r = Http.postForm(Http.tap() + "/sync", "LANG", "ADQL", "QUERY", adql);
        assertEquals(200, r.statusCode(), Http.text(r));
        return ids(Http.votable(r.body()));
    }

    private static String ids(StarTable t) throws Exception {
        List<String> out = new ArrayList<>();
        try (RowSequence seq = t.getRowSequence()) {
            while (seq.next()) {
                out.add((String) seq.getCell(0));
            }
        }
        return String.join(" ", out);
    }
}
