package org.ozvo.dali.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.ozvo.dali.table.ColumnSpec;
import org.ozvo.dali.table.DatabaseText;
import org.ozvo.dali.table.TableResult;

/**
 * CSV (RFC 4180, header row, {@code text/csv;header=present}) and TSV
 * ({@code text/tab-separated-values}, header row, tabs and line breaks in values replaced by
 * spaces) as TAP 1.1 section 3.2 describes them. Values use the DALI text forms
 * (arrays space-separated). No overflow indicator is possible in these formats. Stateless.
 */
public final class DelimitedTableWriter implements TableWriter {

    /** The two dialects. */
    public enum Dialect { CSV, TSV }

    private final Dialect dialect;

    public DelimitedTableWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public String contentType() {
        return dialect == Dialect.CSV ? "text/csv;header=present" : "text/tab-separated-values";
    }

    @Override
    public String fileExtension() {
        return dialect == Dialect.CSV ? "csv" : "tsv";
    }

    /** Numbers as database text are written verbatim: the fastest path for CSV and TSV. */
    @Override
    public boolean acceptsDatabaseText() {
        return true;
    }

    @Override
    public WriteReport write(TableResult result, OutputStream out) throws IOException {
        ByteBuffer64 w = new ByteBuffer64(out);
        DelimitedText text = new DelimitedText(dialect == Dialect.CSV);
        char sep = dialect == Dialect.CSV ? ',' : '\t';
        List<ColumnSpec> columns = result.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                w.ascii(sep);
            }
            text.write(w, columns.get(i).name());
        }
        endLine(w);
        LimitedRows rows = new LimitedRows(result, false);
        StringBuilder cell = new StringBuilder(64);
        int n = columns.size();
        while (rows.next()) {
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    w.ascii(sep);
                }
                Object v = rows.get(i);
                if (v instanceof DatabaseText t) {
                    text.write(w, t.utf8()); // numbers too: a database's number text has no specials
                } else if (v instanceof String s) {
                    text.write(w, s);
                } else if (v != null) {
                    cell.setLength(0);
                    ValueText.append(cell, v); // numbers and arrays: ASCII, never quoted
                    w.ascii(cell);
                }
            }
            endLine(w);
        }
        w.flush();
        return rows.report();
    }

    private void endLine(ByteBuffer64 w) throws IOException {
        if (dialect == Dialect.CSV) {
            w.ascii('\r');
        }
        w.ascii('\n');
    }
}
