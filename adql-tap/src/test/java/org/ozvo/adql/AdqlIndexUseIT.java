package org.ozvo.adql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ozvo.testing.TestDatabase;

/**
 * The SQL that ADQL's position functions become can be answered by ObsCore's one point index.
 * Sequential scans are switched off so that the small test table cannot hide an unusable form.
 */
class AdqlIndexUseIT {

    private final AdqlCompiler compiler = AdqlCompiler.forPublishedTables();

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT TOP 1000 obs_id FROM ivoa.obscore WHERE 1 = CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', 10, -30, 1))",
        "SELECT o.obs_id FROM ivoa.obscore AS o WHERE CONTAINS(POINT(o.s_ra, o.s_dec), CIRCLE(10, -30, 1)) = 1",
        "SELECT obs_id FROM ivoa.obscore WHERE 1 = CONTAINS(POINT(s_ra, s_dec), POLYGON(9, -31, 11, -31, 11, -29))",
        "SELECT obs_id FROM ivoa.obscore WHERE 1 = CONTAINS(POINT(s_ra, s_dec), BOX(10, -30, 2, 2))",
        "SELECT obs_id FROM ivoa.obscore WHERE 1 = CONTAINS(POINT(10, -30), CIRCLE(s_ra, s_dec, 1))",
        "SELECT obs_id FROM ivoa.obscore WHERE DISTANCE(POINT(10, -30), POINT(s_ra, s_dec)) < 1",
        "SELECT obs_id FROM ivoa.obscore WHERE 1 >= DISTANCE(s_ra, s_dec, 10, -30)"})
    void conesAndShapesUseTheGistIndexOnTheStoredPosition(String adql) throws SQLException {
        String plan = plan(compiler.compile(adql, AdqlVersion.V2_1).sql());
        assertTrue(plan.contains("obscore_s_pos_gist"), plan);
    }

    private static String plan(String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection c = TestDatabase.reader().getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute("SET LOCAL enable_seqscan = off");
            try (ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            c.rollback();
        }
        return plan.toString();
    }
}
