package org.ozvo.server.ssa;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The collections the archive holds, read with a "loose index scan" over the index on
 * {@code obs_collection}: one index probe per distinct collection, so the cost does not grow
 * with the number of rows (a plain {@code SELECT DISTINCT} would read them all). Fixed SQL, no
 * request values. Stateless.
 */
final class CollectionCatalog {

    private static final String SQL = "WITH RECURSIVE c(v) AS ("
        + " SELECT min(obs_collection) FROM ivoa.obscore"
        + " UNION ALL"
        + " SELECT (SELECT min(o.obs_collection) FROM ivoa.obscore o WHERE o.obs_collection > c.v)"
        + " FROM c WHERE c.v IS NOT NULL)"
        + " SELECT v FROM c WHERE v IS NOT NULL";

    private CollectionCatalog() {
    }

    /** Every distinct obs_collection, sorted. */
    static List<String> collections(Connection connection) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            st.setQueryTimeout(10);
            try (ResultSet rs = st.executeQuery(SQL)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
