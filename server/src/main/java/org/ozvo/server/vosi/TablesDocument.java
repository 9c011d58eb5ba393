package org.ozvo.server.vosi;

import java.util.List;
import org.ozvo.schema.tap.SchemaDesc;
import org.ozvo.schema.tap.TableDesc;

/**
 * VOSI 1.1 tables documents (VOSI-3): {@code <vosi:tableset>} for the whole set (with
 * {@code ?detail=min} leaving out columns) and {@code <vosi:table>} for one table's child
 * resource. The TAP service's {@code /tables} is meant to be written with this.
 */
public final class TablesDocument {

    /** MIME type of the documents. */
    public static final String CONTENT_TYPE = "text/xml";

    private TablesDocument() {
    }

    /** The tableset document. */
    public static String tableset(List<SchemaDesc> schemas, TablesetXml.Detail detail) {
        return XmlOut.render(out -> {
            out.start(VoNamespace.VOSI_TABLES, "tableset").declare(VoNamespace.VOSI_TABLES)
                .declare(VoNamespace.VR, VoNamespace.VS, VoNamespace.XSI);
            TablesetXml.writeSchemas(out, schemas, detail);
            out.end();
        });
    }

    /** The document of one table, always in full detail. */
    public static String table(TableDesc table) {
        return XmlOut.render(out -> {
            out.start(VoNamespace.VOSI_TABLES, "table").declare(VoNamespace.VOSI_TABLES)
                .declare(VoNamespace.VR, VoNamespace.VS, VoNamespace.XSI);
            TablesetXml.writeTableContent(out, table, TablesetXml.Detail.MAX);
            out.end();
        });
    }
}
