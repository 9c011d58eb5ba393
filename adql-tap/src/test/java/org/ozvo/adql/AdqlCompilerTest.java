package org.ozvo.adql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.schema.obscore.ObsCoreColumn;

class AdqlCompilerTest {

    private final AdqlCompiler compiler = AdqlCompiler.forPublishedTables();

    private CompiledQuery compile(String adql) {
        return compiler.compile(adql, AdqlVersion.V2_1);
    }

    @Test
    void selectStarListsOnlyPublishedColumnsWithTheirTapMetadata() {
        CompiledQuery q = compile("SELECT * FROM ivoa.ObsCore");
        assertEquals(ObsCoreColumn.publishedColumns().size(), q.columns().size());
        assertFalse(q.sql().contains("s_pos"), q.sql());
        assertFalse(q.sql().contains("product_path"), q.sql());
        OutputColumn region = q.columns().stream().filter(c -> c.name().equals("s_region")).findFirst().orElseThrow();
        assertEquals(ColumnSpec.of(ObsCoreColumn.S_REGION), region.declared());
        assertEquals("polygon", region.declared().xtype());
    }

    @Test
    void coneSearchBecomesThePgSphereExpressionTheIndexCovers() {
        CompiledQuery cone = compile("SELECT TOP 10 obs_id FROM ivoa.obscore"
            + " WHERE 1=CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', 10, 20, 0.5))");
        assertEquals(10, cone.top());
        assertTrue(cone.spatialPredicate());
        CompiledQuery plain = compile("SELECT obs_id FROM ivoa.obscore WHERE s_ra > 1");
        assertEquals(-1, plain.top());
        assertFalse(plain.spatialPredicate());
        String sql = cone.sql();
        assertTrue(sql.contains("\"ivoa\".\"obscore\".\"s_pos\" @ scircle(spoint(radians(10),radians(20)),radians(0.5))"), sql);
        assertTrue(sql.endsWith("LIMIT 10"), sql);
    }

    @Test
    void obscorePositionIsTheStoredIndexedPointOnlyWhereTheTableItselfIsReferenced() {
        assertTrue(compile("SELECT o.obs_id FROM ivoa.obscore AS o WHERE 1=CONTAINS(POINT(o.s_ra, o.s_dec), CIRCLE(1, 2, 3))")
            .sql().contains("(\"o\".\"s_pos\" @ scircle"));
        assertTrue(compile("SELECT DISTANCE(POINT(s_ra, s_dec), POINT(1, 2)) AS d FROM ivoa.obscore")
            .sql().contains("\"ivoa\".\"obscore\".\"s_pos\" <->"));
        // A subquery or WITH table has no s_pos, and mixed or swapped columns are not the stored point.
        for (String adql : List.of(
                "SELECT obs_id FROM (SELECT obs_id, s_ra, s_dec FROM ivoa.obscore) AS t WHERE 1=CONTAINS(POINT(t.s_ra, t.s_dec), CIRCLE(1, 2, 3))",
                "WITH t AS (SELECT s_ra, s_dec FROM ivoa.obscore) SELECT POINT(s_ra, s_dec) FROM t",
                "SELECT a.obs_id FROM ivoa.obscore AS a JOIN ivoa.obscore AS b ON 1=CONTAINS(POINT(a.s_ra, b.s_dec), CIRCLE(1, 2, 3))",
                "SELECT POINT(s_dec, s_ra) FROM ivoa.obscore")) {
            String sql = compile(adql).sql();
            assertFalse(sql.contains("s_pos"), sql);
            assertTrue(sql.contains("spoint(radians("), sql);
        }
    }

    @Test
    void distanceBelowALimitBecomesAContainmentOfTheStoredPosition() {
        String sql = compile("SELECT obs_id FROM ivoa.obscore WHERE DISTANCE(POINT(1, 2), POINT(s_ra, s_dec)) < 0.5").sql();
        assertTrue(sql.contains("(\"ivoa\".\"obscore\".\"s_pos\" @ scircle(spoint(radians(1),radians(2)),radians(0.5))"
            + " AND degrees(\"ivoa\".\"obscore\".\"s_pos\" <-> spoint(radians(1),radians(2))) < 0.5)"), sql);
        String inclusive = compile("SELECT obs_id FROM ivoa.obscore WHERE 0.5 >= DISTANCE(s_ra, s_dec, 1, 2)").sql();
        assertTrue(inclusive.contains("(\"ivoa\".\"obscore\".\"s_pos\" @ scircle(spoint(radians(1),radians(2)),radians(0.5)))"),
            inclusive);
        // Not a limit on the distance, or no ObsCore position in it: left as the library writes it.
        for (String adql : List.of("SELECT obs_id FROM ivoa.obscore WHERE DISTANCE(POINT(1, 2), POINT(s_ra, s_dec)) > 0.5",
                "SELECT obs_id FROM ivoa.obscore WHERE DISTANCE(POINT(1, 2), POINT(s_dec, s_ra)) < 0.5")) {
            assertFalse(compile(adql).sql().contains("s_pos @"), adql);
        }
    }

    @Test
    void aRegionInsideACircleAroundTheRowIsNotSwapped() {
        String sql = compile("SELECT obs_id FROM ivoa.obscore WHERE 1 = CONTAINS(s_region, CIRCLE(s_ra, s_dec, 1))").sql();
        assertTrue(sql.contains("\"ivoa\".\"obscore\".\"s_region\" @ scircle("), sql);
    }

    @Test
    void adql21FormsAndOptionalFeaturesTranslate() {
        assertTrue(compile("SELECT obs_id FROM ivoa.obscore WHERE 1=INTERSECTS(s_region, CIRCLE(10, 20, 0.5))")
            .sql().contains("\"s_region\" && scircle"));
        assertTrue(compile("SELECT DISTANCE(s_ra, s_dec, 1, 2) AS d FROM ivoa.obscore").sql().contains("<->"));
        String sql = compile("WITH t AS (SELECT obs_id, s_ra FROM ivoa.obscore) SELECT LOWER(obs_id), CAST(s_ra AS INTEGER)"
            + " FROM t WHERE obs_id ILIKE 'a%' UNION SELECT obs_id, 1 FROM ivoa.obscore ORDER BY 1 OFFSET 2").sql();
        assertTrue(sql.startsWith("WITH \"t\" AS"), sql);
        assertTrue(sql.contains("ILIKE") && sql.contains("UNION") && sql.contains("OFFSET 2"), sql);
    }

    @Test
    void aliasesKeepMetadataAndExpressionsGetUniqueGeneratedNames() {
        List<OutputColumn> cols = compile("SELECT s_ra AS ra, s_ra * 2, s_dec * 2, COUNT(*) FROM ivoa.obscore GROUP BY s_ra, s_dec")
            .columns();
        assertEquals("ra", cols.get(0).name());
        assertEquals("deg", cols.get(0).declared().unit());
        assertEquals("ra", cols.get(0).declared().name());
        assertNull(cols.get(1).declared());
        assertEquals(4, cols.stream().map(OutputColumn::name).distinct().count(), cols.toString());
        for (OutputColumn c : cols) {
            assertTrue(c.name().matches("[A-Za-z][A-Za-z0-9_]*"), c.name());
        }
    }

    @Test
    void tapSchemaIsQueryableWithTheReservedSizeColumnDelimited() {
        CompiledQuery q = compile("SELECT \"size\", column_name FROM TAP_SCHEMA.columns WHERE table_name = 'ivoa.obscore'");
        assertTrue(q.sql().contains("\"tap_schema\".\"columns\".\"size\""), q.sql());
        assertEquals("int", q.columns().get(0).declared().datatype());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT s_pos FROM ivoa.obscore",
        "SELECT product_path FROM ivoa.obscore",
        "SELECT * FROM pg_catalog.pg_class",
        "SELECT * FROM uws.job",
        "SELECT * FROM archive.ingested_file",
        "SELECT pg_sleep(1) FROM ivoa.obscore",
        "SELECT IN_UNIT(s_fov, 'arcsec') FROM ivoa.obscore",
        "SELECT CENTROID(s_region) FROM ivoa.obscore",
        "SELECT obs_id FROM ivoa.obscore WHERE",
        "DROP TABLE ivoa.obscore",
        ""})
    void anythingUnpublishedUnsupportedOrMalformedIsAUsageFault(String adql) {
        UsageFault f = assertThrows(UsageFault.class, () -> compile(adql));
        assertFalse(f.getMessage().isBlank());
    }

    @Test
    void nothingAfterTheQueryReachesTheSql() {
        String sql = compile("SELECT obs_id FROM ivoa.obscore; DELETE FROM ivoa.obscore").sql();
        assertFalse(sql.toUpperCase(java.util.Locale.ROOT).contains("DELETE"), sql);
    }

    @Test
    void adql20ParserRefusesAdql21Syntax() {
        assertThrows(UsageFault.class, () -> compiler.compile("SELECT obs_id FROM ivoa.obscore OFFSET 3", AdqlVersion.V2_0));
        assertTrue(compiler.compile("SELECT TOP 1 obs_id FROM ivoa.obscore", AdqlVersion.V2_0).sql().contains("LIMIT 1"));
    }

    @Test
    void announcedFeaturesExcludeWhatPgSphereCannotDo() {
        List<String> forms = AdqlFeatures.supported().stream().map(f -> f.type + "|" + f.form).toList();
        assertTrue(forms.contains("ivo://ivoa.net/std/TAPRegExt#features-adqlgeo|CONTAINS"), forms.toString());
        assertTrue(forms.contains("ivo://ivoa.net/std/TAPRegExt#features-adql-sets|UNION"), forms.toString());
        assertFalse(forms.contains("ivo://ivoa.net/std/TAPRegExt#features-adqlgeo|CENTROID"), forms.toString());
        assertFalse(forms.contains("ivo://ivoa.net/std/TAPRegExt#features-adql-unit|IN_UNIT"), forms.toString());
    }

    @Test
    void langValues() {
        assertEquals(AdqlVersion.V2_1, AdqlVersion.fromLang("adql").orElseThrow());
        assertEquals(AdqlVersion.V2_0, AdqlVersion.fromLang("ADQL-2.0").orElseThrow());
        assertEquals(AdqlVersion.V2_1, AdqlVersion.fromLang("ADQL-2.1").orElseThrow());
        assertTrue(AdqlVersion.fromLang("PQL").isEmpty());
        assertTrue(AdqlVersion.fromLang("ADQL-3.0").isEmpty());
    }
}
