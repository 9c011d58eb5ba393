package org.ozvo.adql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import adql.db.DBTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.table.ColumnSpec;

class UploadTablesTest {

    private static AdqlCompiler withUpload() {
        List<DBTable> tables = new ArrayList<>(AdqlTables.published());
        tables.add(AdqlTables.upload("mine", "tap_upload_mine",
            List.of(ColumnSpec.text("id"), ColumnSpec.of("ra", "double", null), ColumnSpec.of("Weird Name", "int", null)),
            List.of("c1", "c2", "c3")));
        return new AdqlCompiler(tables);
    }

    @Test
    void uploadColumnsTranslateToTheirDatabaseNamesWithOrWithoutAlias() {
        CompiledQuery q = withUpload().compile("SELECT u.id, u.\"Weird Name\", ra FROM TAP_UPLOAD.mine AS u", AdqlVersion.V2_1);
        assertTrue(q.sql().contains("\"u\".\"c1\""), q.sql());
        assertTrue(q.sql().contains("\"u\".\"c3\""), q.sql());
        assertTrue(q.sql().contains("\"pg_temp\".\"tap_upload_mine\""), q.sql());
        assertEquals(List.of("id", "Weird Name", "ra"), q.columns().stream().map(OutputColumn::name).toList());
        CompiledQuery join = withUpload().compile("SELECT u.id, o.obs_id FROM TAP_UPLOAD.mine AS u JOIN ivoa.obscore AS o"
            + " ON 1 = CONTAINS(POINT('ICRS', u.ra, o.s_dec), CIRCLE('ICRS', o.s_ra, o.s_dec, 0.001))", AdqlVersion.V2_1);
        assertTrue(join.sql().contains("\"u\".\"c1\""), join.sql());
        assertTrue(join.sql().contains("radians(\"u\".\"c2\")"), join.sql());
        CompiledQuery ordered = withUpload().compile("SELECT u.id, u.ra FROM TAP_UPLOAD.mine AS u ORDER BY u.ID DESC",
            AdqlVersion.V2_1);
        assertTrue(ordered.sql().endsWith("ORDER BY \"u\".\"c1\" DESC"), ordered.sql());
        CompiledQuery crossmatch = withUpload().compile("SELECT u.id FROM TAP_UPLOAD.mine AS u, ivoa.obscore AS o"
            + " WHERE 1 = CONTAINS(POINT('ICRS', u.ra, u.ra), CIRCLE('ICRS', o.s_ra, o.s_dec, 0.001))", AdqlVersion.V2_1);
        assertTrue(crossmatch.sql().contains("(\"o\".\"s_pos\" @ "
            + "scircle(spoint(radians(\"u\".\"c2\"),radians(\"u\".\"c2\")),radians(0.001)))"), crossmatch.sql());
        CompiledQuery star = withUpload().compile("SELECT * FROM tap_upload.mine", AdqlVersion.V2_1);
        assertTrue(star.sql().contains("\"c2\""), star.sql());
        assertEquals("Weird Name", star.columns().get(2).name());
    }

    @Test
    void uploadedPointColumnsWorkInDistanceAndContainsAndUseTheObsCoreIndex() {
        List<DBTable> tables = new ArrayList<>(AdqlTables.published());
        tables.add(AdqlTables.upload("p", "tap_upload_p", List.of(ColumnSpec.text("id"),
            new ColumnSpec("pos", "double", "2", "point", "deg", null, null, null, null)), List.of("c1", "c2")));
        AdqlCompiler compiler = new AdqlCompiler(tables);
        String distance = compiler.compile("SELECT u.id, DISTANCE(u.pos, POINT(o.s_ra, o.s_dec)) AS d"
            + " FROM TAP_UPLOAD.p AS u JOIN ivoa.obscore AS o ON DISTANCE(u.pos, POINT(o.s_ra, o.s_dec)) < 0.01",
            AdqlVersion.V2_1).sql();
        assertTrue(distance.contains("degrees(\"u\".\"c2\" <-> \"o\".\"s_pos\") AS \"d\""), distance);
        assertTrue(distance.contains("(\"o\".\"s_pos\" @ scircle(\"u\".\"c2\",radians(0.01))"), distance);
        String unaliased = compiler.compile("SELECT DISTANCE(p.pos, POINT(1, 2)) AS d FROM TAP_UPLOAD.p", AdqlVersion.V2_1).sql();
        assertTrue(unaliased.contains("\"c2\" <-> spoint"), unaliased);
        String contains = compiler.compile("SELECT u.id FROM TAP_UPLOAD.p AS u, ivoa.obscore AS o"
            + " WHERE 1 = CONTAINS(u.pos, CIRCLE(o.s_ra, o.s_dec, 0.01))", AdqlVersion.V2_1).sql();
        assertTrue(contains.contains("(\"o\".\"s_pos\" @ scircle(\"u\".\"c2\",radians(0.01)))"), contains);
    }
}
