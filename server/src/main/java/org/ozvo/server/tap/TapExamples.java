package org.ozvo.server.tap;

import java.util.List;
import org.ozvo.dali.votable.Xml;

/**
 * The DALI 1.1 examples document of the TAP service (XHTML with RDFa, TAP 1.1 section 2.6).
 * {@link #EXAMPLES} is also what TapExamplesIT runs, so every published query is known to work.
 */
public final class TapExamples {

    public static final String CONTENT_TYPE = "application/xhtml+xml";

    /**
     * One example.
     *
     * @param id          fragment id
     * @param name        short title
     * @param description what it shows
     * @param query       ADQL
     * @param tables      qualified tables it uses
     */
    public record Example(String id, String name, String description, String query, List<String> tables) {
    }

    /** The published examples. */
    public static final List<Example> EXAMPLES = List.of(
        new Example("cone", "Cone search", "Spectra and images whose centre lies within 1 degree of a position"
            + " (uses the spatial index on s_ra, s_dec).",
            "SELECT TOP 100 obs_publisher_did, obs_collection, target_name, s_ra, s_dec, access_url\n"
                + "FROM ivoa.obscore\n"
                + "WHERE 1 = CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', 10.68, 41.27, 1.0))",
            List.of("ivoa.obscore")),
        new Example("footprint", "Footprints overlapping a region", "Products whose sky footprint (s_region)"
            + " intersects a circle.",
            "SELECT TOP 100 obs_publisher_did, dataproduct_type, s_region\n"
                + "FROM ivoa.obscore\n"
                + "WHERE 1 = INTERSECTS(s_region, CIRCLE('ICRS', 150.0, 2.0, 0.5))",
            List.of("ivoa.obscore")),
        new Example("halpha", "Spectra covering H-alpha at rest", "Spectra whose rest-frame coverage includes"
            + " 656.3 nm, with their redshift.",
            "SELECT TOP 100 obs_publisher_did, target_name, redshift, em_min_rest, em_max_rest\n"
                + "FROM ivoa.obscore\n"
                + "WHERE dataproduct_type = 'spectrum' AND em_min_rest < 6.563e-7 AND em_max_rest > 6.563e-7\n"
                + "ORDER BY redshift",
            List.of("ivoa.obscore")),
        new Example("census", "What the archive holds", "Number of products per collection and type.",
            "SELECT obs_collection, dataproduct_type, COUNT(*) AS n\n"
                + "FROM ivoa.obscore\n"
                + "GROUP BY obs_collection, dataproduct_type\n"
                + "ORDER BY obs_collection, dataproduct_type",
            List.of("ivoa.obscore")),
        new Example("nearest", "Distance to a target", "The 10 products nearest to a position, with their"
            + " distance in degrees.",
            "SELECT TOP 10 obs_publisher_did, target_name,\n"
                + "  DISTANCE(POINT('ICRS', s_ra, s_dec), POINT('ICRS', 150.1, 2.2)) AS dist\n"
                + "FROM ivoa.obscore\n"
                + "WHERE 1 = CONTAINS(POINT('ICRS', s_ra, s_dec), CIRCLE('ICRS', 150.1, 2.2, 2.0))\n"
                + "ORDER BY dist",
            List.of("ivoa.obscore")),
        new Example("columns", "Columns of the ObsCore table", "Column metadata from TAP_SCHEMA.",
            "SELECT column_name, datatype, arraysize, xtype, unit, ucd, description\n"
                + "FROM TAP_SCHEMA.columns\n"
                + "WHERE table_name = 'ivoa.obscore'\n"
                + "ORDER BY column_index",
            List.of("TAP_SCHEMA.columns")));

    private TapExamples() {
    }

    /** The XHTML document. */
    public static String render() {
        StringBuilder sb = new StringBuilder(8192)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
            .append("<title>TAP examples</title>\n</head>\n")
            .append("<body vocab=\"http://www.ivoa.net/rdf/examples#\">\n")
            .append("<h1>Example queries for this TAP service</h1>\n");
        for (Example e : EXAMPLES) {
            sb.append("<div typeof=\"example\" id=\"").append(e.id()).append("\" resource=\"#").append(e.id())
              .append("\">\n")
              .append("  <h2 property=\"name\">").append(Xml.escape(e.name())).append("</h2>\n")
              .append("  <p>").append(Xml.escape(e.description())).append("</p>\n")
              .append("  <pre property=\"query\">").append(Xml.escape(e.query())).append("</pre>\n");
            for (String t : e.tables()) {
                sb.append("  <p>Table: <span property=\"table\">").append(Xml.escape(t)).append("</span></p>\n");
            }
            sb.append("</div>\n");
        }
        return sb.append("</body>\n</html>\n").toString();
    }
}
