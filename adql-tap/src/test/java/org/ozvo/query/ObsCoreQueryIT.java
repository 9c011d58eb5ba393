package org.ozvo.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_MAX;
import static org.ozvo.schema.obscore.ObsCoreColumn.EM_MIN;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_COLLECTION;
import static org.ozvo.schema.obscore.ObsCoreColumn.OBS_ID;
import static org.ozvo.schema.obscore.ObsCoreColumn.RECORD_MODIFIED;
import static org.ozvo.schema.obscore.ObsCoreColumn.REDSHIFT;
import static org.ozvo.schema.obscore.ObsCoreColumn.S_REGION;
import static org.ozvo.schema.obscore.ObsCoreColumn.TARGET_NAME;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ozvo.dali.value.Circle;
import org.ozvo.dali.value.Interval;
import org.ozvo.dali.value.Polygon;
import org.ozvo.dali.value.Range;
import org.ozvo.testing.TestDatabase;

/**
 * Runs rendered queries on the real PostgreSQL + pgSphere over a handful of rows in
 * collections of its own ({@code qtest_*}), as (constraint, expected obs_ids) cases.
 */
class ObsCoreQueryIT {

    @BeforeAll
    static void seed() throws SQLException {
        try (Connection c = TestDatabase.owner().getConnection(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM ivoa.obscore WHERE obs_collection LIKE 'qtest\\_%'");
            // obs_id, collection, ra, dec, em_min, em_max, redshift, target, region (deg)
            insert(st, "a1", "qtest_a", 10.0, 20.0, 4.0e-7, 6.0e-7, 0.10, "NGC 100", null);
            insert(st, "a2", "qtest_a", 10.001, 20.0, 5.5e-7, 8.0e-7, 0.30, "ngc 100", null);
            insert(st, "a3", "qtest_a", 10.1, 20.0, 3.7e-7, 8.9e-7, null, "Other", null);
            insert(st, "b1", "qtest_b", 359.99, -0.5, 6.5e-7, 9.0e-7, 0.50, "Wrap_1%", null);
            insert(st, "b2", "qtest_b", 180.0, -60.0, null, null, 0.05, "Nothing", "{(179.9d,-60.1d),(180.1d,-60.1d),(180.1d,-59.9d),(179.9d,-59.9d)}");
        }
    }

    private static void insert(Statement st, String id, String coll, double ra, double dec, Double emMin, Double emMax,
                               Double z, String target, String region) throws SQLException {
        st.execute("INSERT INTO ivoa.obscore (dataproduct_type, calib_level, obs_collection, obs_id, obs_publisher_did,"
            + " s_ra, s_dec, em_min, em_max, redshift, target_name, s_region) VALUES ('spectrum', 2, '" + coll + "', '"
            + id + "', 'ivo://test.query/archive?" + coll + "/" + id + "', " + ra + ", " + dec + ", " + emMin + ", "
            + emMax + ", " + z + ", '" + target + "', " + (region == null ? "NULL" : "'" + region + "'") + ")");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            Arguments.of("cone 0.01 deg", Constraints.positionIn(new Circle(10, 20, 0.01)), List.of("a1", "a2")),
            Arguments.of("cone across RA 0", Constraints.positionIn(new Circle(0.005, -0.5, 0.05)), List.of("b1")),
            Arguments.of("box wrapping RA 0", Constraints.positionIn(new Range(359, 1, -1, 0)), List.of("b1")),
            Arguments.of("polygon", Constraints.positionIn(new Polygon(9.9, 19.9, 10.05, 19.9, 10.05, 20.1, 9.9, 20.1)),
                List.of("a1", "a2")),
            Arguments.of("region overlap", Constraints.regionOverlaps(new Circle(180.15, -60, 0.1)), List.of("b2")),
            Arguments.of("band overlap", Constraints.overlaps(EM_MIN, EM_MAX, new Interval(6.1e-7, 6.2e-7)),
                List.of("a2", "a3")),
            Arguments.of("band contains value", Constraints.overlaps(EM_MIN, EM_MAX, Interval.of(4.0e-7)),
                List.of("a1", "a3")),
            Arguments.of("band open above", Constraints.overlaps(EM_MIN, EM_MAX,
                new Interval(8.95e-7, Double.POSITIVE_INFINITY)), List.of("b1")),
            Arguments.of("band all: unknown coverage excluded", Constraints.overlaps(EM_MIN, EM_MAX, Interval.ALL),
                List.of("a1", "a2", "a3", "b1")),
            Arguments.of("redshift range", Constraints.within(REDSHIFT, new Interval(0.1, 0.3)), List.of("a1", "a2")),
            Arguments.of("name ignoring case", Constraints.inIgnoreCase(TARGET_NAME, List.of("NGC 100")), List.of("a1", "a2")),
            Arguments.of("LIKE wildcards are literal", Constraints.contains(TARGET_NAME, "_1%"), List.of("b1")),
            Arguments.of("wildcard does not match others", Constraints.contains(TARGET_NAME, "%"), List.of("b1")),
            Arguments.of("any of", Constraints.anyOf(List.of(Constraints.in(OBS_COLLECTION, List.of("qtest_b")),
                Constraints.within(REDSHIFT, Interval.of(0.1)))), List.of("a1", "b1", "b2")),
            Arguments.of("modified recently", ValueRange.between(RECORD_MODIFIED, Instant.now().minusSeconds(86400), null),
                List.of("a1", "a2", "a3", "b1", "b2")),
            Arguments.of("none", Constraints.none(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void constraintSelectsTheExpectedRows(String name, Constraint constraint, List<String> expected) throws SQLException {
        ObsCoreQuery q = ObsCoreQuery.builder().select(SelectItem.column(OBS_ID))
            .where(Constraints.in(OBS_COLLECTION, List.of("qtest_a", "qtest_b")))
            .where(constraint).orderBy(Ordering.ascending(OBS_ID)).build();
        assertEquals(expected, ids(PgSqlRenderer.render(q), 0));
    }

    @Test
    void distanceOrderingLimitAndTypedValues() throws SQLException {
        ObsCoreQuery q = ObsCoreQuery.builder()
            .select(SelectItem.column(OBS_ID))
            .select(SelectItem.distance("score", 10.1, 20.0, DistanceUnit.ARCSEC))
            .select(SelectItem.column(S_REGION)).select(SelectItem.column(REDSHIFT)).select(SelectItem.column(RECORD_MODIFIED))
            .where(Constraints.in(OBS_COLLECTION, List.of("qtest_a")))
            .where(Constraints.positionIn(new Circle(10.1, 20.0, 1)))
            .orderBy(Ordering.byDistance(10.1, 20.0)).limit(2).build();
        try (Connection c = TestDatabase.reader().getConnection();
             ObsCoreCursor cur = ObsCoreCursor.open(c, PgSqlRenderer.render(q), 100, 10)) {
            assertTrue(cur.next());
            assertEquals("a3", cur.get(0));
            assertEquals(0.0, cur.getDouble(1), 1e-6);
            assertNull(cur.get(2));
            assertNull(cur.get(3));
            assertTrue(cur.get(4) instanceof Instant);
            assertTrue(cur.next());
            assertEquals("a2", cur.get(0));
            // 0.099 deg of RA at dec 20 is about 335 arcsec
            assertEquals(0.099 * 3600 * Math.cos(Math.toRadians(20)), cur.getDouble(1), 0.5);
            assertEquals(0.30, cur.get(3));
            assertTrue(!cur.next());
        }
    }

    @Test
    void polygonsAreReadAsDaliArraysInDegrees() throws SQLException {
        ObsCoreQuery q = ObsCoreQuery.builder().select(SelectItem.column(S_REGION))
            .where(Constraints.in(OBS_COLLECTION, List.of("qtest_b"))).where(Constraints.known(S_REGION)).build();
        try (Connection c = TestDatabase.reader().getConnection();
             ObsCoreCursor cur = ObsCoreCursor.open(c, PgSqlRenderer.render(q), 0, 0)) {
            assertTrue(cur.next());
            double[] p = (double[]) cur.get(0);
            assertEquals(8, p.length);
            assertEquals(179.9, p[0], 1e-9);
            assertEquals(-60.1, p[1], 1e-9);
        }
    }

    private static List<String> ids(SqlStatement sql, int fetchSize) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = TestDatabase.reader().getConnection(); ObsCoreCursor cur = ObsCoreCursor.open(c, sql, fetchSize, 10)) {
            while (cur.next()) {
                out.add((String) cur.get(0));
            }
        }
        return out;
    }
}
