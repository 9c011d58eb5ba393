package org.ozvo.ingest.db;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.obscore.ObsCoreRecord;

/**
 * Encodes {@link ObsCoreRecord}s as COPY text rows with exactly the columns of
 * {@link ObsCoreColumn#writableColumns()}, in that order. Polygons become pgSphere {@code spoly}
 * text, e.g. {@code {(10d,20d),(11d,20d),(11d,21d)}}; instants become UTC timestamps.
 */
public final class ObsCoreCopyFormat {

    /** The columns written, in order. */
    public static final List<ObsCoreColumn> COLUMNS = ObsCoreColumn.writableColumns();

    private ObsCoreCopyFormat() {
    }

    /** The column list for SQL, e.g. {@code dataproduct_type, calib_level, ...}. */
    public static String columnList() {
        return COLUMNS.stream().map(ObsCoreColumn::columnName).collect(Collectors.joining(", "));
    }

    /** Writes one record as one row. */
    public static void write(ObsCoreRecord record, CopyRowWriter out) throws IOException {
        for (ObsCoreColumn column : COLUMNS) {
            Object value = record.get(column);
            if (value == null) {
                out.raw(null);
                continue;
            }
            switch (column.type()) {
                case TEXT -> out.text((String) value);
                case INT, LONG -> out.number(((Number) value).longValue());
                case DOUBLE -> out.raw(Double.toString((Double) value));
                case TIMESTAMP -> out.raw(timestamp((Instant) value));
                case POLYGON -> {
                    out.separator();
                    appendPolygon((double[]) value, out.buffer());
                }
                case POINT -> throw new IllegalStateException(column.columnName() + " is not writable");
            }
        }
        out.endRow();
    }

    /** A UTC timestamp as PostgreSQL reads it for {@code timestamp without time zone}. */
    static String timestamp(Instant instant) {
        // Rows of a batch mostly share their instants (release date, record_modified).
        Object[] last = lastTimestamp.get();
        if (instant.equals(last[0])) {
            return (String) last[1];
        }
        String text = LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString().replace('T', ' ');
        last[0] = instant;
        last[1] = text;
        return text;
    }

    private static final ThreadLocal<Object[]> lastTimestamp = ThreadLocal.withInitial(() -> new Object[2]);

    /** Appends lon/lat pairs in degrees as pgSphere spoly text input. */
    static void appendPolygon(double[] lonLat, StringBuilder sb) {
        sb.append('{');
        for (int i = 0; i + 1 < lonLat.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append('(').append(lonLat[i]).append("d,").append(lonLat[i + 1]).append("d)");
        }
        sb.append('}');
    }
}
