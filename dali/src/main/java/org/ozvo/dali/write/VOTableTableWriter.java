package org.ozvo.dali.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.dali.table.TableInfo;
import org.ozvo.dali.table.TableParam;
import org.ozvo.dali.table.TableResult;
import org.ozvo.dali.votable.Xml;
import uk.ac.starlink.votable.DataFormat;
import uk.ac.starlink.votable.VOSerializer;
import uk.ac.starlink.votable.VOTableVersion;

/**
 * VOTable 1.4 output (TABLEDATA, BINARY or BINARY2), the table body encoded by STIL's
 * {@link VOSerializer}, the DALI envelope written here:
 * <pre>
 * VOTABLE version="1.4"
 *   RESOURCE type="results"
 *     INFO QUERY_STATUS = OK (OVERFLOW when MAXREC=0), then the result's INFOs and PARAMs
 *     TABLE (name, DESCRIPTION, FIELDs, DATA)
 *     INFO QUERY_STATUS = OVERFLOW  (more rows than MAXREC) | ERROR (reading rows failed)
 *   extra RESOURCEs (e.g. DataLink service descriptors)
 * </pre>
 * Stateless and thread-safe.
 */
public final class VOTableTableWriter implements TableWriter {

    /** The three VOTable serializations. */
    public enum Serialization {
        TABLEDATA(DataFormat.TABLEDATA, "application/x-votable+xml"),
        BINARY(DataFormat.BINARY, "application/x-votable+xml;serialization=BINARY"),
        BINARY2(DataFormat.BINARY2, "application/x-votable+xml;serialization=BINARY2");

        private final DataFormat format;
        private final String contentType;

        Serialization(DataFormat format, String contentType) {
            this.format = format;
            this.contentType = contentType;
        }
    }

    private static final String NAMESPACE = "http://www.ivoa.net/xml/VOTable/v1.3";

    private final Serialization serialization;

    public VOTableTableWriter(Serialization serialization) {
        this.serialization = serialization;
    }

    public Serialization serialization() {
        return serialization;
    }

    @Override
    public String contentType() {
        return serialization.contentType;
    }

    @Override
    public String fileExtension() {
        return "vot";
    }

    @Override
    public WriteReport write(TableResult result, OutputStream target) throws IOException {
        // STIL writes the encoded rows in small pieces; a container's response stream is slow per call
        OutputStream out = new java.io.BufferedOutputStream(new java.io.FilterOutputStream(target) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                target.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // never close the caller's stream
            }
        }, 64 * 1024);
        LimitedRows rows = new LimitedRows(result, true);
        CursorStarTable table = new CursorStarTable(result.columns(), rows,
            serialization == Serialization.BINARY);
        VOSerializer ser = VOSerializer.makeSerializer(serialization.format, VOTableVersion.V14, table);
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16 * 1024);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<VOTABLE version=\"1.4\" xmlns=\"" + NAMESPACE + "\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n");
        w.write("<RESOURCE type=\"results\">\n");
        String leading = result.maxrec() == 0 ? "OVERFLOW" : "OK";
        w.write("<INFO name=\"QUERY_STATUS\" value=\"" + leading + "\"/>\n");
        for (TableInfo info : result.infos()) {
            writeInfo(w, info.name(), info.value(), info.text());
        }
        for (TableParam param : result.params()) {
            writeParam(w, param);
        }
        w.write("<TABLE" + (result.tableName() == null ? "" : " name=\"" + Xml.escape(result.tableName()) + "\"") + ">\n");
        if (result.description() != null) {
            w.write("<DESCRIPTION>" + Xml.escape(result.description()) + "</DESCRIPTION>\n");
        }
        ser.writeFields(w);
        w.flush();
        ser.writeInlineDataElementUTF8(out);
        w.write("</TABLE>\n");
        WriteReport report = rows.report();
        if (report.failure() != null) {
            writeInfo(w, "QUERY_STATUS", "ERROR", "reading the result failed after " + report.rows()
                + " rows: " + messageOf(report.failure()));
        } else if (report.overflow() && result.maxrec() != 0) {
            writeInfo(w, "QUERY_STATUS", "OVERFLOW", "more rows exist than MAXREC=" + result.maxrec());
        }
        w.write("</RESOURCE>\n");
        for (String extra : result.extraResources()) {
            w.write(extra);
            w.write('\n');
        }
        w.write("</VOTABLE>\n");
        w.flush();
        out.flush();
        return report;
    }

    private static String messageOf(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static void writeInfo(BufferedWriter w, String name, String value, String text) throws IOException {
        w.write("<INFO name=\"" + Xml.escape(name) + "\" value=\"" + Xml.escape(value) + "\"");
        if (text == null) {
            w.write("/>\n");
        } else {
            w.write(">" + Xml.escape(text) + "</INFO>\n");
        }
    }

    private static void writeParam(BufferedWriter w, TableParam param) throws IOException {
        ColumnSpec s = param.spec();
        StringBuilder sb = new StringBuilder("<PARAM");
        attr(sb, "ID", s.id());
        attr(sb, "name", s.name());
        attr(sb, "datatype", s.datatype());
        attr(sb, "arraysize", s.arraysize());
        attr(sb, "xtype", s.xtype());
        attr(sb, "unit", s.unit());
        attr(sb, "ucd", s.ucd());
        attr(sb, "utype", s.utype());
        attr(sb, "value", param.value());
        if (s.description() == null) {
            sb.append("/>\n");
        } else {
            sb.append("><DESCRIPTION>").append(Xml.escape(s.description())).append("</DESCRIPTION></PARAM>\n");
        }
        w.write(sb.toString());
    }

    private static void attr(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append(' ').append(name).append("=\"").append(Xml.escape(value)).append('"');
        }
    }
}
