package org.ozvo.datalink.links;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.dali.table.RowCursor;
import org.ozvo.dali.table.TableInfo;
import org.ozvo.dali.table.TableResult;

/**
 * The {links} response table: the columns of DataLink 1.1 section 3.2 with their exact names
 * and UCDs, the {@code standardID} INFO, and service descriptors as extra RESOURCEs.
 * Stateless.
 */
public final class LinkTable {

    /** standardID of a {links} 1.1 response and capability. */
    public static final String STANDARD_ID = "ivo://ivoa.net/std/DataLink#links-1.1";

    /** The columns, in the order the standard lists them. */
    public static final List<ColumnSpec> COLUMNS = List.of(
        column("ID", "char", "meta.id;meta.main", null, "Identifier of the dataset the link belongs to"),
        column("access_url", "char", "meta.ref.url", null, "URL of the linked resource"),
        column("service_def", "char", "meta.ref", null, "Reference to the descriptor of a service"),
        column("error_message", "char", "meta.code.error", null, "Why no link could be given"),
        column("description", "char", "meta.note", null, "What the link leads to"),
        column("semantics", "char", "meta.code", null, "Relation of the linked resource to the dataset"),
        column("content_type", "char", "meta.code.mime", null, "MIME type of the linked resource"),
        column("content_length", "long", "phys.size;meta.file", "byte", "Size of the linked resource"));

    private LinkTable() {
    }

    private static ColumnSpec column(String name, String datatype, String ucd, String unit, String description) {
        return new ColumnSpec(name, datatype, datatype.equals("char") ? "*" : null, null, unit, ucd, null,
            description, null);
    }

    /**
     * The response for some link rows.
     *
     * @param rows        rows, all rows of one ID consecutive
     * @param descriptors XML fragments of the service descriptors the rows reference, plus any
     *                    others to advertise
     * @param maxrec      rows to write at most (further rows signal overflow), or -1 for all
     */
    public static TableResult result(List<LinkRow> rows, List<String> descriptors, long maxrec) {
        Iterator<LinkRow> it = rows.iterator();
        Iterator<Object[]> cells = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Object[] next() {
                LinkRow r = it.next();
                return new Object[] {r.id(), r.accessUrl(), r.serviceDef(), r.errorMessage(), r.description(),
                    r.semantics(), r.contentType(), r.contentLength()};
            }
        };
        TableResult.Builder b = TableResult.builder(COLUMNS, RowCursor.of(cells))
            .tableName("links")
            .maxrec(maxrec)
            .info(new TableInfo("standardID", STANDARD_ID, null));
        for (String d : new ArrayList<>(descriptors)) {
            b.extraResource(d);
        }
        return b.build();
    }
}
