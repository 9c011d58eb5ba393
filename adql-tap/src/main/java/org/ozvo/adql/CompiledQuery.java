package org.ozvo.adql;

import java.util.List;

/**
 * An ADQL query checked and translated.
 *
 * @param adql              the query as received
 * @param sql               PostgreSQL/pgSphere SQL to run on the read-only role
 * @param columns           result columns in order, as many as the SQL returns
 * @param top               the outer query's TOP, or -1 if it has none
 * @param spatialPredicate  true if the query uses CONTAINS or INTERSECTS
 */
public record CompiledQuery(String adql, String sql, List<OutputColumn> columns, long top, boolean spatialPredicate) {

    public CompiledQuery {
        columns = List.copyOf(columns);
    }
}
