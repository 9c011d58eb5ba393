package org.ozvo.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_MAX;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_MIN;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_COLLECTION;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_PUBLISHER_DID;
import static org.ozvo.schema.obscore.ObsCoreColumn.RECORD_MODIFIED;
import static org.ozvo.schema.obscore.ObsCoreColumn.REDSHIFT;
import static org.ozvo.schema.obscore.ObsCoreColumn.TARGET_NAME;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.value.Circle;
import org.ozvo.dali.value.Interval;
import org.ozvo.dali.value.Polygon;
import org.ozvo.dali.value.Range;

class PgSqlRendererTest {

    private static ObsCoreQuery.Builder didOnly() {
        return ObsCoreQuery.builder().select(SelectItem.column(OBS_PUBLISHER_DID));
    }

    @Test
    void coneSearchOrderedByDistanceWithLimit() {
        SqlStatement s = PgSqlRenderer.render(didOnly()
            .select(SelectItem.distance("score", 10, 20, DistanceUnit.ARCSEC))
            .where(Constraints.positionIn(new Circle(10, 20, 0.5)))
            .orderBy(Ordering.byDistance(10, 20))
            .limit(101)
            .build());
        assertEquals("SELECT obs_publisher_did, degrees(s_pos <-> spoint(radians(?),radians(?))) * ? AS score"
            + " FROM ivoa.obscore WHERE (s_pos @ scircle(spoint(radians(?),radians(?)),radians(?)))"
            + " ORDER BY s_pos <-> spoint(radians(?),radians(?)) LIMIT ?", s.sql());
        assertEquals(List.of(10.0, 20.0, 3600.0, 10.0, 20.0, 0.5, 10.0, 20.0, 101L), s.binds());
        assertEquals(List.of("obs_publisher_did", "score"), s.items().stream().map(SelectItem::label).toList());
    }

    @Test
    void intervalOverlapWithOpenEndsRequiresKnownCoverage() {
        assertEquals("(em_max >= ? AND em_min <= ?)", where(Constraints.overlaps(EM_MIN, EM_MAX, new Interval(4e-7, 5e-7))));
        assertEquals("(em_max IS NOT NULL AND em_min <= ?)",
            where(Constraints.overlaps(EM_MIN, EM_MAX, new Interval(Double.NEGATIVE_INFINITY, 5e-7))));
        assertEquals("(em_max >= ? AND em_min IS NOT NULL)",
            where(Constraints.overlaps(EM_MIN, EM_MAX, new Interval(4e-7, Double.POSITIVE_INFINITY))));
    }

    @Test
    void alternativesAreOredInsideOneConstraintAndConstraintsAnded() {
        SqlStatement s = PgSqlRenderer.render(didOnly()
            .where(Constraints.anyOf(List.of(Constraints.within(REDSHIFT, new Interval(0.1, 0.2)),
                Constraints.within(REDSHIFT, new Interval(0.5, Double.POSITIVE_INFINITY)))))
            .where(Constraints.inIgnoreCase(TARGET_NAME, List.of("NGC 1")))
            .build());
        assertEquals("SELECT obs_publisher_did FROM ivoa.obscore WHERE ((redshift >= ? AND redshift <= ?)"
            + " OR (redshift >= ?)) AND (lower(target_name) = lower(?))", s.sql());
        assertEquals(List.of(0.1, 0.2, 0.5, "NGC 1"), s.binds());
    }

    @Test
    void requestTextNeverEntersTheSqlText() {
        String evil = "x'); DROP TABLE ivoa.obscore; --";
        SqlStatement s = PgSqlRenderer.render(didOnly()
            .where(Constraints.in(OBS_COLLECTION, List.of(evil, "b")))
            .where(Constraints.contains(TARGET_NAME, evil + "%_"))
            .build());
        assertFalse(s.sql().contains("DROP"), s.sql());
        assertEquals("SELECT obs_publisher_did FROM ivoa.obscore WHERE (obs_collection IN (?, ?))"
            + " AND (lower(target_name) LIKE lower(?) ESCAPE '\\')", s.sql());
        assertEquals("%x'); DROP TABLE ivoa.obscore; --\\%\\_%", s.binds().get(2));
    }

    @Test
    void shapesBecomePgSphereValues() {
        assertEquals("(s_region && sbox(spoint(radians(?),radians(?)),spoint(radians(?),radians(?))))",
            where(Constraints.regionOverlaps(new Range(350, 10, -5, 5))));
        SqlStatement poly = PgSqlRenderer.render(didOnly()
            .where(Constraints.positionIn(new Polygon(10, 20, 11, 20, 11, 21))).build());
        assertTrue(poly.sql().endsWith("WHERE (s_pos @ CAST(? AS spoly))"), poly.sql());
        assertEquals("{(10.0000000000000d,20.0000000000000d),(11.0000000000000d,20.0000000000000d),"
            + "(11.0000000000000d,21.0000000000000d)}", poly.binds().get(0));
    }

    @Test
    void timestampsAreBoundAsUtcLocalDateTimes() {
        SqlStatement s = PgSqlRenderer.render(didOnly()
            .where(ValueRange.between(RECORD_MODIFIED, Instant.parse("2020-01-01T00:00:00Z"), null)).build());
        assertTrue(s.sql().endsWith("WHERE (record_modified >= ?)"));
        assertEquals(LocalDateTime.of(2020, 1, 1, 0, 0), s.binds().get(0));
    }

    @Test
    void noMatchAndOrderingByColumn() {
        ObsCoreQuery q = didOnly().where(Constraints.in(OBS_COLLECTION, List.of()))
            .orderBy(Ordering.descending(REDSHIFT)).orderBy(Ordering.ascending(OBS_PUBLISHER_DID)).limit(0).build();
        assertTrue(q.matchesNothing());
        assertEquals("SELECT obs_publisher_did FROM ivoa.obscore WHERE (FALSE)"
            + " ORDER BY redshift DESC NULLS LAST, obs_publisher_did ASC LIMIT ?", PgSqlRenderer.render(q).sql());
    }

    @Test
    void invalidQueriesAreRefused() {
        assertThrows(IllegalStateException.class, () -> ObsCoreQuery.builder().build());
        assertThrows(IllegalStateException.class, () -> didOnly().select(SelectItem.column(OBS_PUBLISHER_DID)).build());
        assertThrows(IllegalArgumentException.class, () -> SelectItem.distance("x; drop", 1, 2, DistanceUnit.DEG));
        assertThrows(IllegalArgumentException.class, () -> new ValueRange(REDSHIFT, "0.1", null));
        assertThrows(IllegalArgumentException.class, () -> new ValueIn(REDSHIFT, List.of(1.0), true));
    }

    private static String where(Constraint c) {
        SqlBuilder sql = new SqlBuilder();
        c.render(sql);
        return sql.text();
    }
}
