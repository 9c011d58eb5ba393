package org.ozvo.server.sia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.query.PgSqlRenderer;
import org.ozvo.query.SqlStatement;

class Sia2QueryBuilderTest {

    private static SqlStatement sql(String... params) {
        return PgSqlRenderer.render(Sia2QueryBuilder.build(Sia2RequestParser.parse(ParamMap.of(params)), 11));
    }

    private static String where(SqlStatement s) {
        String text = s.sql();
        return text.substring(text.indexOf(" WHERE ") + 7, text.indexOf(" ORDER BY "));
    }

    @Test
    void noParametersSelectsEveryImageOrderedAndLimited() {
        SqlStatement s = sql();
        assertTrue(s.sql().startsWith("SELECT dataproduct_type, calib_level, obs_collection,"), s.sql());
        assertTrue(s.sql().contains(" FROM ivoa.obscore WHERE "), s.sql());
        assertTrue(s.sql().endsWith(" ORDER BY obs_publisher_did ASC LIMIT ?"), s.sql());
        assertEquals("(dataproduct_type IN (?, ?))", where(s));
        assertEquals(List.of("image", "cube", 11L), s.binds());
    }

    @Test
    void repeatedValuesAreOredAndParametersAnded() {
        SqlStatement s = sql("POS", "CIRCLE 10 20 1", "POS", "RANGE 350 10 -5 5", "BAND", "5e-7 inf",
            "BAND", "1e-6 2e-6", "COLLECTION", "a", "COLLECTION", "b");
        assertEquals("(dataproduct_type IN (?, ?))"
            + " AND ((s_region && scircle(spoint(radians(?),radians(?)),radians(?)))"
            + " OR (s_region && sbox(spoint(radians(?),radians(?)),spoint(radians(?),radians(?)))))"
            + " AND ((em_max >= ? AND em_min IS NOT NULL) OR (em_max >= ? AND em_min <= ?))"
            + " AND (obs_collection IN (?, ?))", where(s));
        assertEquals(List.of("image", "cube", 10.0, 20.0, 1.0, 350.0, -5.0, 10.0, 5.0, 5e-7, 1e-6, 2e-6, "a", "b", 11L),
            s.binds());
    }

    @Test
    void intervalParametersMustContainTheColumnValue() {
        SqlStatement s = sql("FOV", "0.1 1", "SPATRES", "-inf 2", "EXPTIME", "100 +Inf", "TIMERES", "-Inf +Inf",
            "SPECRP", "1000");
        assertEquals("(dataproduct_type IN (?, ?)) AND (s_fov >= ? AND s_fov <= ?) AND (s_resolution <= ?)"
            + " AND (t_exptime >= ?) AND (t_resolution IS NOT NULL)"
            + " AND (em_res_power >= ? AND em_res_power <= ?)", where(s));
    }

    @Test
    void timeOverlapsTheExposureInMjd() {
        SqlStatement s = sql("TIME", "51544.5 51545.5");
        assertEquals("(dataproduct_type IN (?, ?)) AND (t_max >= ? AND t_min <= ?)", where(s));
        assertEquals(List.of("image", "cube", 51544.5, 51545.5, 11L), s.binds());
    }

    @Test
    void stringParametersAreExactExceptTheCaseInsensitiveId() {
        SqlStatement s = sql("ID", "IVO://Test/archive?x/1", "FACILITY", "UKST", "INSTRUMENT", "2MASS",
            "DPTYPE", "image", "CALIB", "2", "TARGET", "g1", "FORMAT", "application/fits", "POL", "I");
        assertEquals("(dataproduct_type IN (?, ?)) AND (strpos(pol_states, ?) > 0)"
            + " AND (lower(obs_publisher_did) = lower(?)) AND (facility_name = ?) AND (instrument_name = ?)"
            + " AND (dataproduct_type = ?) AND (calib_level = ?) AND (target_name = ?) AND (access_format = ?)",
            where(s));
        assertEquals(List.of("image", "cube", "/I/", "IVO://Test/archive?x/1", "UKST", "2MASS", "image", 2, "g1",
            "application/fits", 11L), s.binds());
    }

    @Test
    void polygonBecomesABoundSpolyLiteral() {
        SqlStatement s = sql("POS", "POLYGON 10 10 20 10 20 20");
        assertEquals("(dataproduct_type IN (?, ?)) AND (s_region && CAST(? AS spoly))", where(s));
        assertTrue(s.binds().get(2).toString().startsWith("{("), s.binds().toString());
    }
}
