package org.ozvo.server.sia;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.TreeSet;

/**
 * The values the enumerable SIA 2.0 parameters can usefully take in this archive, for the
 * OPTIONs of the self-describing service descriptor (SIA-25): the distinct collections,
 * facilities, instruments, product types, calibration levels and access formats of the images.
 *
 * @param collections  obs_collection values
 * @param facilities   facility_name values
 * @param instruments  instrument_name values
 * @param dptypes      dataproduct_type values
 * @param calibs       calib_level values
 * @param formats      access_format values
 */
public record Sia2Options(List<String> collections, List<String> facilities, List<String> instruments,
                          List<String> dptypes, List<String> calibs, List<String> formats) {

    /** No options known (nothing queried). */
    public static final Sia2Options NONE = new Sia2Options(List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());

    // Fixed text, no request values; one pass over the image rows.
    private static final String SQL = "SELECT DISTINCT obs_collection, facility_name, instrument_name,"
        + " dataproduct_type, calib_level, access_format FROM ivoa.obscore"
        + " WHERE dataproduct_type IN ('image', 'cube')";

    public Sia2Options {
        collections = List.copyOf(collections);
        facilities = List.copyOf(facilities);
        instruments = List.copyOf(instruments);
        dptypes = List.copyOf(dptypes);
        calibs = List.copyOf(calibs);
        formats = List.copyOf(formats);
    }

    /**
     * Reads the options from the database.
     *
     * @param connection a connection of the read-only pool; not closed here
     */
    public static Sia2Options load(Connection connection) throws SQLException {
        List<TreeSet<String>> sets = List.of(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(),
            new TreeSet<>(), new TreeSet<>());
        try (Statement st = connection.createStatement()) {
            st.setQueryTimeout(30);
            try (ResultSet rs = st.executeQuery(SQL)) {
                while (rs.next()) {
                    for (int i = 0; i < sets.size(); i++) {
                        String v = rs.getString(i + 1);
                        if (v != null) {
                            sets.get(i).add(v);
                        }
                    }
                }
            }
        }
        return new Sia2Options(List.copyOf(sets.get(0)), List.copyOf(sets.get(1)), List.copyOf(sets.get(2)),
            List.copyOf(sets.get(3)), List.copyOf(sets.get(4)), List.copyOf(sets.get(5)));
    }

    /** The options of one parameter, empty for parameters without a fixed set. */
    public List<String> of(Sia2Parameter p) {
        return switch (p) {
            case COLLECTION -> collections;
            case FACILITY -> facilities;
            case INSTRUMENT -> instruments;
            case DPTYPE -> dptypes.isEmpty() ? Sia2QueryBuilder.IMAGE_TYPES : dptypes;
            case CALIB -> calibs;
            case FORMAT -> formats;
            case POL -> java.util.Arrays.stream(org.ozvo.dali.value.PolState.values()).map(Enum::name).toList();
            default -> List.of();
        };
    }
}
