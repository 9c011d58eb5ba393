package org.ozvo.ingest.stats;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Computes {@link CollectionStats} in the database: one aggregate over {@code ivoa.obscore}
 * per collection and in total, the sky coverage as the 1x1 degree RA/Dec cells that hold a
 * position (cell area from the sine of its Dec limits), and the number of original files from
 * the ingest ledger.
 */
public final class StatsQuery {

    private static final String AGGREGATES = "count(*), count(*) FILTER (WHERE dataproduct_type = 'spectrum'),"
        + " count(product_path), coalesce(sum(access_estsize) FILTER (WHERE product_path IS NOT NULL), 0),"
        + " min(t_min), max(t_max), min(em_min), max(em_max),"
        + " min(s_ra), max(s_ra), min(s_dec), max(s_dec)";

    /** Cells as (collection, ra cell, dec cell); the top cell ends at +90. */
    private static final String CELLS = "SELECT DISTINCT obs_collection, floor(s_ra) AS ra_cell,"
        + " least(floor(s_dec), 89) AS dec_cell FROM ivoa.obscore WHERE s_ra IS NOT NULL AND s_dec IS NOT NULL";

    private static final String CELL_AREA = "sum(degrees(1) * (sin(radians(dec_cell + 1)) - sin(radians(dec_cell))))";

    private StatsQuery() {
    }

    /**
     * Per-collection statistics in name order, followed by the total (collection null).
     *
     * @param owner the owner's data source (the ledger is not readable by the reader role)
     */
    public static List<CollectionStats> run(DataSource owner) throws SQLException {
        List<CollectionStats> result = new ArrayList<>();
        try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
            Map<String, Long> files = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT obs_collection, count(DISTINCT source_path)"
                    + " FROM archive.ingested_product GROUP BY ROLLUP (obs_collection)")) {
                while (rs.next()) {
                    files.put(key(rs.getString(1)), rs.getLong(2));
                }
            }
            Map<String, double[]> cells = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT obs_collection, count(*), " + CELL_AREA
                    + " FROM (" + CELLS + ") c GROUP BY obs_collection")) {
                while (rs.next()) {
                    cells.put(key(rs.getString(1)), new double[] {rs.getLong(2), rs.getDouble(3)});
                }
            }
            // The total's cells: distinct over all collections, not the sum of theirs.
            try (ResultSet rs = st.executeQuery("SELECT count(*), " + CELL_AREA + " FROM (SELECT DISTINCT ra_cell,"
                    + " dec_cell FROM (" + CELLS + ") c) t")) {
                rs.next();
                cells.put(key(null), new double[] {rs.getLong(1), rs.getDouble(2)});
            }
            try (ResultSet rs = st.executeQuery("SELECT obs_collection, " + AGGREGATES
                    + " FROM ivoa.obscore GROUP BY ROLLUP (obs_collection)"
                    + " ORDER BY obs_collection IS NULL, obs_collection")) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    long sourceFiles = files.getOrDefault(key(name), 0L);
                    double[] cell = cells.getOrDefault(key(name), new double[2]);
                    result.add(new CollectionStats(name, rs.getLong(2), rs.getLong(3), rs.getLong(4), sourceFiles,
                        rs.getLong(5), d(rs, 6), d(rs, 7), d(rs, 8), d(rs, 9), d(rs, 10), d(rs, 11), d(rs, 12),
                        d(rs, 13), (long) cell[0], cell[1]));
                }
            }
        }
        return result;
    }

    private static String key(String collection) {
        return collection == null ? "\u0000total" : collection;
    }

    private static Double d(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
