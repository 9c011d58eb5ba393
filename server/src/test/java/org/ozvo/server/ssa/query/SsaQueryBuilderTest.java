package org.ozvo.server.ssa.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.query.ObsCoreQuery;
import org.ozvo.query.PgSqlRenderer;
import org.ozvo.query.SelectItem;
import org.ozvo.query.SqlStatement;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.server.ssa.request.SsaRequest;
import org.ozvo.server.ssa.request.SsaRequestParser;

class SsaQueryBuilderTest {

    private static final List<SelectItem> DID = List.of(SelectItem.column(ObsCoreColumn.OBS_PUBLISHER_DID));

    private static SsaRequest request(String... pairs) {
        String[] all = new String[pairs.length + 2];
        all[0] = "REQUEST";
        all[1] = "queryData";
        System.arraycopy(pairs, 0, all, 2, pairs.length);
        return SsaRequestParser.parse(ParamMap.of(all));
    }

    @Test
    void coneSearchIsOrderedByDistanceAndFetchesOneRowMoreThanMaxrec() {
        SqlStatement s = PgSqlRenderer.render(SsaQueryBuilder.build(request("POS", "10,20", "SIZE", "0.2",
            "MAXREC", "50"), null, DID));
        assertEquals("SELECT obs_publisher_did FROM ivoa.obscore WHERE (dataproduct_type = ?)"
            + " AND (s_pos @ scircle(spoint(radians(?),radians(?)),radians(?)))"
            + " ORDER BY s_pos <-> spoint(radians(?),radians(?)), obs_publisher_did ASC LIMIT ?", s.sql());
        assertEquals(List.of("spectrum", 10.0, 20.0, 0.1, 10.0, 20.0, 51L), s.binds());
    }

    @Test
    void everyParameterBecomesItsConstraint() {
        SqlStatement s = PgSqlRenderer.render(SsaQueryBuilder.build(request("BAND", "5e-7/6e-7,7e-7",
            "BANDREST", "3.7e-7/", "TIME", "2015", "TARGETNAME", "X", "TARGETCLASS", "galaxy", "DPSUBTYPE", "combined",
            "REDSHIFT", "0.1/0.2", "SPECRP", "1000", "SPATRES", "0.001", "TIMERES", "10", "SNR", "3",
            "PUBDID", "ivo://a/b?c", "CREATORDID", "ivo://x", "MTIME", "2020/"), List.of("ozdes_dr2"), DID));
        String sql = s.sql();
        assertTrue(sql.contains("((em_max >= ? AND em_min <= ?) OR (em_max >= ? AND em_min <= ?))"), sql);
        assertTrue(sql.contains("(em_max_rest >= ? AND em_min_rest IS NOT NULL)"), sql);
        assertTrue(sql.contains("(t_max >= ? AND t_min <= ?)"), sql);
        assertTrue(sql.contains("(lower(target_name) = lower(?))"), sql);
        assertTrue(sql.contains("(lower(target_class) = lower(?))"), sql);
        assertTrue(sql.contains("(obs_collection = ?)"), sql);
        assertTrue(sql.contains("(lower(dataproduct_subtype) = lower(?))"), sql);
        assertTrue(sql.contains("(redshift >= ? AND redshift <= ?)"), sql);
        assertTrue(sql.contains("(em_res_power >= ?)"), sql);
        assertTrue(sql.contains("(s_resolution <= ?)"), sql);
        assertTrue(sql.contains("(t_resolution <= ?)"), sql);
        assertTrue(sql.contains("(em_snr >= ?)"), sql);
        assertTrue(sql.contains("(lower(obs_publisher_did) = lower(?))"), sql);
        assertTrue(sql.contains("(lower(obs_creator_did) = lower(?))"), sql);
        assertTrue(sql.contains("(record_modified >= ?)"), sql);
        assertFalse(sql.contains("s_pos @"), "no cone without POS");
        assertTrue(s.binds().contains(3.6), "SPATRES degrees become arcsec: " + s.binds());
        // 2015 as MJD: 57023 .. 57388
        assertTrue(s.binds().contains(57023.0), s.binds().toString());
    }

    @Test
    void topLimitsRowsAndUnmatchedCollectionsOrFormatsMatchNothing() {
        ObsCoreQuery top = SsaQueryBuilder.build(request("POS", "1,1", "TOP", "3"), null, DID);
        assertEquals(3, top.limit());
        assertTrue(SsaQueryBuilder.build(request("COLLECTION", "nope"), List.of(), DID).matchesNothing());
        assertTrue(SsaQueryBuilder.build(request("FORMAT", "image/png"), null, DID).matchesNothing());
        assertFalse(SsaQueryBuilder.build(request("FORMAT", "fits"), null, DID).matchesNothing());
    }

    @Test
    void collectionNamesMatchCaseInsensitivelyThenByPart() {
        List<String> known = List.of("2dfgrs_fdr", "6dfgs_fdr", "gama_dr3", "ozdes_dr2");
        assertEquals(List.of("ozdes_dr2"), CollectionMatcher.match(List.of("OZDES_DR2"), known));
        assertEquals(List.of("ozdes_dr2"), CollectionMatcher.match(List.of("ozdes"), known));
        assertEquals(List.of("2dfgrs_fdr", "6dfgs_fdr"), CollectionMatcher.match(List.of("fdr"), known));
        assertEquals(List.of(), CollectionMatcher.match(List.of("sdss"), known));
    }
}
