package org.ozvo.server.sia;

import java.util.List;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.dali.table.RowCursor;
import org.ozvo.dali.table.TableResult;
import org.ozvo.datalink.links.ArchiveUrls;
import org.ozvo.datalink.links.DescriptorParam;
import org.ozvo.datalink.links.DescriptorXml;
import org.ozvo.datalink.links.Descriptors;
import org.ozvo.datalink.links.ServiceDescriptor;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.server.vosi.StandardCapabilities;

/**
 * The shape of a SIA 2.0 response (SIA 2.0 section 3, SIA-23, SIA-25, DL-12): the published
 * ObsCore columns with their ObsCore names, units, UCDs and utypes (the publisher DID FIELD
 * carries the XML ID the DataLink descriptor refers to), the {@code standardID} INFO, a
 * DataLink {links} descriptor, and a self-description listing every input parameter, with the
 * archive's values as OPTIONs when they were looked up. Stateless.
 */
public final class Sia2Results {

    /** XML ID of the obs_publisher_did FIELD. */
    public static final String DID_FIELD_ID = "pubdid";

    private static final List<ColumnSpec> COLUMNS = ObsCoreColumn.publishedColumns().stream()
        .map(c -> c == ObsCoreColumn.OBS_PUBLISHER_DID ? ColumnSpec.of(c).withId(DID_FIELD_ID) : ColumnSpec.of(c))
        .toList();

    private Sia2Results() {
    }

    /** The FIELDs, in the order the query selects the columns. */
    public static List<ColumnSpec> columns() {
        return COLUMNS;
    }

    /**
     * The result around a cursor.
     *
     * @param rows    rows in {@link #columns()} order; at least MAXREC+1 if more exist
     * @param maxrec  rows to write at most
     * @param layout  base URL for the service URLs
     * @param options values for the self-description, or {@link Sia2Options#NONE}
     */
    public static TableResult result(RowCursor rows, long maxrec, ArchiveLayout layout, Sia2Options options) {
        return TableResult.builder(COLUMNS, rows)
            .maxrec(maxrec)
            .tableName("results")
            .info("standardID", StandardCapabilities.SIA2_QUERY)
            .extraResource(DescriptorXml.render(Descriptors.links(new ArchiveUrls(layout), DID_FIELD_ID)))
            .extraResource(DescriptorXml.render(selfDescription(layout, options)))
            .build();
    }

    /** The SIA 2.0 query service described as a service descriptor named {@code this}. */
    static ServiceDescriptor selfDescription(ArchiveLayout layout, Sia2Options options) {
        List<DescriptorParam> params = java.util.Arrays.stream(Sia2Parameter.values())
            .map(p -> new DescriptorParam(p.name(), p.datatype(), p.arraysize(), p.xtype(), p.unit(), p.ucd(), "",
                null, null, null, options.of(p), p.description()))
            .toList();
        return new ServiceDescriptor(null, "this", "SIA 2.0 query over the archive's images",
            StandardCapabilities.SIA2_QUERY, layout.baseUrl() + "/" + Sia2Description.ROOT + "/query",
            StandardCapabilities.VOTABLE, params);
    }
}
