/**
 * Typed, protocol-neutral queries on {@code ivoa.obscore}, shared by SSA and SIA2.
 *
 * <p>A protocol layer parses its parameters into {@link org.ozvo.dali.value} values, turns them
 * into {@link org.ozvo.query.Constraint}s (see {@link org.ozvo.query.Constraints} for the
 * catalogue: position in a shape, region overlap, interval overlap, value range, value in a
 * set, text match, OR of alternatives, match-nothing) and puts them in an
 * {@link org.ozvo.query.ObsCoreQuery} together with the selected items, the ordering and the
 * row limit. {@link org.ozvo.query.PgSqlRenderer} turns the query into a
 * {@link org.ozvo.query.SqlStatement}: PostgreSQL text with {@code ?} placeholders, the bind
 * values, and the selected items in order. {@link org.ozvo.query.ObsCoreCursor} executes it
 * and reads typed values.
 *
 * <p>The one security rule of this package: <b>no value from a request ever becomes SQL
 * text</b>. Column names come from {@link org.ozvo.schema.obscore.ObsCoreColumn}, fixed SQL is
 * written here, and every value travels as a bind parameter (geometry values too: pgSphere
 * constructors take bound numbers, polygons a bound {@code spoly} literal built from doubles).
 *
 * <p>Geometry uses pgSphere and the GiST indexes of {@code V1__obscore.sql}: the stored point
 * {@code s_pos} ({@code s_pos @ scircle(...)}, distance {@code s_pos <-> spoint(...)}) and the
 * footprint {@code s_region} ({@code s_region && shape}). Constraints of a query are AND-ed;
 * alternatives within one constraint are OR-ed with {@link org.ozvo.query.AnyOf}.
 *
 * <p>Example (an SSA cone search ordered by distance, at most 101 rows):
 * <pre>{@code
 * ObsCoreQuery q = ObsCoreQuery.builder()
 *     .select(SelectItem.columns(ObsCoreColumn.publishedColumns()))
 *     .select(SelectItem.distance("score", ra, dec, DistanceUnit.ARCSEC))
 *     .where(Constraints.positionIn(new Circle(ra, dec, radius)))
 *     .where(Constraints.overlaps(ObsCoreColumn.EM_MIN, ObsCoreColumn.EM_MAX, band))
 *     .orderBy(Ordering.byDistance(ra, dec))
 *     .limit(101)
 *     .build();
 * SqlStatement sql = PgSqlRenderer.render(q);
 * }</pre>
 * Everything here is immutable and thread-safe except {@link org.ozvo.query.SqlBuilder} and
 * {@link org.ozvo.query.ObsCoreCursor}.
 */
package org.ozvo.query;
