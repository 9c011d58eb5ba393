package org.ozvo.ingest.db;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for NULL, backslash
 * escapes) to a stream, typically a {@link org.postgresql.copy.PGCopyOutputStream} or a file.
 * Fields are appended one by one and {@link #endRow()} closes a row. Not thread-safe; closing
 * this writer closes the stream (which, for a COPY stream, ends the COPY).
 */
public final class CopyRowWriter implements AutoCloseable {

    private static final int FLUSH_AT = 1 << 16;

    private final Writer out;
    private final StringBuilder row = new StringBuilder(2048);
    private boolean firstField = true;
    private long rows;

    public CopyRowWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /** Appends a text field; null becomes NULL. */
    public CopyRowWriter text(String value) {
        separator();
        if (value == null) {
            row.append("\\N");
        } else {
            escapeInto(value, row);
        }
        return this;
    }

    /** Appends a field whose text needs no escaping (numbers, literals); null becomes NULL. */
    public CopyRowWriter raw(CharSequence value) {
        separator();
        row.append(value == null ? "\\N" : value);
        return this;
    }

    public CopyRowWriter number(long value) {
        separator();
        row.append(value);
        return this;
    }

    public CopyRowWriter bool(boolean value) {
        separator();
        row.append(value ? 't' : 'f');
        return this;
    }

    /** Direct access for formatters that append one field's text themselves; call {@link #separator()} first. */
    StringBuilder buffer() {
        return row;
    }

    /** Starts a new field (writes the tab between fields). */
    void separator() {
        if (firstField) {
            firstField = false;
        } else {
            row.append('\t');
        }
    }

    /** Ends the current row. */
    public void endRow() throws IOException {
        row.append('\n');
        firstField = true;
        rows++;
        if (row.length() >= FLUSH_AT) {
            flushBuffer();
        }
    }

    /** Number of rows ended so far. */
    public long rows() {
        return rows;
    }

    private void flushBuffer() throws IOException {
        out.append(row);
        row.setLength(0);
    }

    @Override
    public void close() throws IOException {
        flushBuffer();
        out.close();
    }

    /** Escapes backslash, tab, newline and carriage return as COPY text format requires. */
    static void escapeInto(String value, StringBuilder sb) {
        if (!needsEscape(value)) {
            sb.append(value);   // the usual case, copied in one go
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }

    private static boolean needsEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
