package org.ozvo.server.tap;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.ozvo.testing.TestDatabase;

/**
 * ObsCore rows the TAP tests query, in their own collection so that other tests' rows never
 * matter: 20 spectra in a line from (150.0, 2.0) to (150.19, 2.19) with small square footprints,
 * rest-frame coverage around H-alpha for half of them, and one row with a comma and quotes in
 * its target name. Inserted once per JVM, replacing earlier rows of the collection.
 */
final class TapFixture {

    static final String COLLECTION = "tap-it";
    static final int ROWS = 20;
    private static boolean loaded;

    private TapFixture() {
    }

    static synchronized void load() throws SQLException {
        if (loaded) {
            return;
        }
        try (Connection c = TestDatabase.owner().getConnection(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM ivoa.obscore WHERE obs_collection = '" + COLLECTION + "'");
            st.execute("INSERT INTO ivoa.obscore (dataproduct_type, calib_level, obs_collection, obs_id,"
                + " obs_publisher_did, access_url, access_format, access_estsize, target_name, s_ra, s_dec, s_fov,"
                + " s_region, em_min, em_max, em_min_rest, em_max_rest, redshift, t_min, t_max, obs_release_date)"
                + " SELECT 'spectrum', 2, '" + COLLECTION + "', 'obs' || i, 'ivo://test.ozvo/tap-it?' || i,"
                + " 'http://example.org/links?ID=' || i, 'application/x-votable+xml;content=datalink', 10 + i,"
                + " CASE WHEN i = 7 THEN 'NGC 1, \"the\" ''first''' ELSE 'target ' || i END,"
                + " 150 + i * 0.01, 2 + i * 0.01, 0.002,"
                + " ('{(' || (150 + i * 0.01 - 0.001) || 'd,' || (2 + i * 0.01 - 0.001) || 'd),('"
                + "   || (150 + i * 0.01 + 0.001) || 'd,' || (2 + i * 0.01 - 0.001) || 'd),('"
                + "   || (150 + i * 0.01 + 0.001) || 'd,' || (2 + i * 0.01 + 0.001) || 'd),('"
                + "   || (150 + i * 0.01 - 0.001) || 'd,' || (2 + i * 0.01 + 0.001) || 'd)}')::spoly,"
                + " 3.7e-7, 8.8e-7, CASE WHEN i % 2 = 0 THEN 3.0e-7 ELSE 7.0e-7 END, 8.0e-7, 0.05 + i * 0.01,"
                + " 55000 + i, 55000.1 + i, timestamp '2020-01-02 03:04:05' + i * interval '1 day'"
                + " FROM generate_series(0, " + (ROWS - 1) + ") AS i");
        }
        loaded = true;
    }
}
