/**
 * SIA 2.0 at {@code /vo/sia2}: {@code query}, {@code capabilities} and {@code availability}.
 * SIA 2.0 is a projection over {@code ivoa.obscore}, not a second query engine: the layers are
 * parameter parsing ({@link org.ozvo.server.sia.Sia2RequestParser} into typed
 * {@link org.ozvo.dali.value} values), query building ({@link org.ozvo.server.sia.Sia2QueryBuilder}
 * onto the shared {@link org.ozvo.query.ObsCoreQuery}), execution on the read-only pool
 * ({@link org.ozvo.server.sia.Sia2Service}) and streaming output through the shared table
 * writers ({@link org.ozvo.server.sia.Sia2Results}); {@link org.ozvo.server.sia.Sia2Resource}
 * only wires them to HTTP.
 */
package org.ozvo.server.sia;
