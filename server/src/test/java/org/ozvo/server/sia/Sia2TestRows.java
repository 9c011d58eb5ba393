package org.ozvo.server.sia;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Puts the synthetic rows of {@code sia/sia2-it-rows.csv} into {@code ivoa.obscore} under a
 * collection name of their own and removes them again. The rows cover the edge cases the real
 * thumbnails do not: cubes, polarisation, a footprint across RA 0, nulls, a spectrum that SIA
 * must never return.
 */
final class Sia2TestRows {

    static final String PUBLISHER = "ivo://sia2-it.test/archive?";

    private final String collection;

    Sia2TestRows(String collection) {
        this.collection = collection;
    }

    /** Publisher DID of a test row. */
    String did(String obsId) {
        return PUBLISHER + collection + "/" + obsId;
    }

    String collection() {
        return collection;
    }

    void insert(DataSource owner) throws SQLException, IOException {
        delete(owner);
        String sql = "INSERT INTO ivoa.obscore (obs_id, dataproduct_type, calib_level, s_ra, s_dec, s_region, em_min,"
            + " em_max, t_min, t_max, t_exptime, t_resolution, s_fov, s_resolution, em_res_power, pol_states,"
            + " facility_name, instrument_name, target_name, access_format, obs_collection, obs_publisher_did,"
            + " access_url) VALUES (?,?,?,?,?,CAST(? AS spoly),?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (Connection c = owner.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (String[] f : rows()) {
                ps.setString(1, f[0]);
                ps.setString(2, f[1]);
                ps.setInt(3, Integer.parseInt(f[2]));
                number(ps, 4, f[3]);
                number(ps, 5, f[4]);
                ps.setString(6, f[5].isEmpty() ? null : spoly(f[5]));
                for (int i = 6; i <= 14; i++) {
                    number(ps, i + 1, f[i]);
                }
                for (int i = 15; i <= 19; i++) {
                    ps.setString(i + 1, f[i].isEmpty() ? null : f[i]);
                }
                ps.setString(21, collection);
                ps.setString(22, did(f[0]));
                ps.setString(23, "http://example.org/datalink?ID=" + f[0]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    void delete(DataSource owner) throws SQLException {
        try (Connection c = owner.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM ivoa.obscore WHERE obs_collection = ?")) {
            ps.setString(1, collection);
            ps.executeUpdate();
        }
    }

    private static void number(PreparedStatement ps, int index, String value) throws SQLException {
        if (value.isEmpty()) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, Double.parseDouble(value));
        }
    }

    private static String spoly(String pairs) {
        String[] v = pairs.trim().split("\\s+");
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < v.length; i += 2) {
            sb.append(i == 0 ? "" : ",").append('(').append(v[i]).append("d,").append(v[i + 1]).append("d)");
        }
        return sb.append('}').toString();
    }

    private static List<String[]> rows() throws IOException {
        try (InputStream in = Sia2TestRows.class.getResourceAsStream("/sia/sia2-it-rows.csv")) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\\|", -1));
                }
            }
            return rows;
        }
    }
}
