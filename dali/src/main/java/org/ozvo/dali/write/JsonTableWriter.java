package org.ozvo.dali.write;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.dali.table.TableResult;

/**
 * {@code application/json} output (no IVOA standard; this layout is ours):
 * <pre>
 * {"metadata": [{"name": "...", "datatype": "double", "arraysize": "*", "xtype": "polygon",
 *                "unit": "deg", "ucd": "...", "utype": "...", "description": "..."}, ...],
 *  "data": [[cell, cell, ...], ...],
 *  "status": "OK" | "OVERFLOW"}
 * </pre>
 * Absent metadata keys mean null. Cells: numbers, strings, booleans, null, and arrays of numbers
 * for array columns; NaN and infinities become null. Stateless.
 */
public final class JsonTableWriter implements TableWriter {

    @Override
    public String contentType() {
        return "application/json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public WriteReport write(TableResult result, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        StringBuilder sb = new StringBuilder(1024);
        sb.append("{\"metadata\":[");
        List<ColumnSpec> columns = result.columns();
        for (int i = 0; i < columns.size(); i++) {
            ColumnSpec c = columns.get(i);
            sb.append(i > 0 ? ",{" : "{");
            member(sb, "name", c.name(), true);
            member(sb, "datatype", c.datatype(), false);
            member(sb, "arraysize", c.arraysize(), false);
            member(sb, "xtype", c.xtype(), false);
            member(sb, "unit", c.unit(), false);
            member(sb, "ucd", c.ucd(), false);
            member(sb, "utype", c.utype(), false);
            member(sb, "description", c.description(), false);
            sb.append('}');
        }
        sb.append("],\n\"data\":[");
        w.append(sb);
        LimitedRows rows = new LimitedRows(result, false);
        boolean first = true;
        int n = columns.size();
        while (rows.next()) {
            sb.setLength(0);
            sb.append(first ? "\n[" : ",\n[");
            first = false;
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                value(sb, rows.get(i));
            }
            sb.append(']');
            w.append(sb);
        }
        WriteReport report = rows.report();
        w.append("],\n\"status\":\"").append(report.overflow() ? "OVERFLOW" : "OK").append("\"}\n");
        w.flush();
        return report;
    }

    private static void member(StringBuilder sb, String key, String value, boolean first) {
        if (value == null) {
            return;
        }
        if (!first) {
            sb.append(',');
        }
        string(sb, key);
        sb.append(':');
        string(sb, value);
    }

    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String s) {
            string(sb, s);
        } else if (v instanceof Double d) {
            number(sb, d);
        } else if (v instanceof Float f) {
            number(sb, f);
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof double[] a) {
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                number(sb, a[i]);
            }
            sb.append(']');
        } else if (v.getClass().isArray()) {
            sb.append('[');
            int len = java.lang.reflect.Array.getLength(v);
            for (int i = 0; i < len; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                value(sb, java.lang.reflect.Array.get(v, i));
            }
            sb.append(']');
        } else {
            string(sb, v.toString());
        }
    }

    private static void number(StringBuilder sb, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            sb.append("null");
        } else {
            sb.append(d);
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, sb);
        sb.append('"');
    }
}
