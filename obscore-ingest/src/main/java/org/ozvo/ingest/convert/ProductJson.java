package org.ozvo.ingest.convert;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Instant;
import java.util.Map;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * One ObsCore record as a one-line JSON object: column names as keys in table order, NULLs
 * left out, numbers as numbers, timestamps as ISO-8601 UTC strings, polygons as arrays of
 * lon/lat degrees. {@code record_modified} is left out so that converting the same file twice
 * prints the same line.
 */
public final class ProductJson {

    private ProductJson() {
    }

    public static String of(ObsCoreRecord record) {
        StringBuilder sb = new StringBuilder(2048).append('{');
        boolean first = true;
        for (Map.Entry<ObsCoreColumn, Object> e : record.values().entrySet()) {
            if (e.getKey() == ObsCoreColumn.RECORD_MODIFIED) {
                continue;
            }
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(e.getKey().columnName(), sb);
            sb.append(':');
            value(e.getValue(), sb);
        }
        return sb.append('}').toString();
    }

    private static void value(Object v, StringBuilder sb) {
        if (v instanceof String s) {
            string(s, sb);
        } else if (v instanceof Instant i) {
            string(i.toString(), sb);
        } else if (v instanceof double[] a) {
            sb.append('[');
            for (int i = 0; i < a.length; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                sb.append(a[i]);
            }
            sb.append(']');
        } else {
            // Integer, Long, finite Double: Java's text is valid JSON.
            sb.append(v);
        }
    }

    static void string(String s, StringBuilder sb) {
        sb.append('"');
        JsonStringEncoder.getInstance().quoteAsString(s, sb);
        sb.append('"');
    }
}
