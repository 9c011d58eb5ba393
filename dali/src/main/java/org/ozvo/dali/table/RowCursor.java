package org.ozvo.dali.table;

import java.io.IOException;
import java.util.Iterator;

/**
 * One forward pass over the rows of a result. The row count is not known in advance and the
 * rows cannot be read twice. Not thread-safe: one thread reads a cursor at a time.
 *
 * <p>Usage: {@code while (cursor.next()) { cursor.get(0) ... }} then {@link #close()}. Cell values
 * have the classes their {@link ColumnSpec#valueClass()} names, or are null.
 *
 * <p>Whoever holds the {@link TableResult} closes the cursor (writers do not): closing releases
 * the database connection behind a JDBC cursor. Closing twice is harmless.
 */
public interface RowCursor extends AutoCloseable {

    /**
     * Moves to the next row.
     *
     * @return false when there are no more rows
     * @throws IOException if reading fails (the database connection broke, a statement timed out)
     */
    boolean next() throws IOException;

    /**
     * A cell of the current row.
     *
     * @param column 0-based column index
     * @return the value or null
     */
    Object get(int column);

    @Override
    void close() throws IOException;

    /**
     * A cursor over rows already in memory, for small tables such as DataLink links or service
     * metadata. Each array is one row, in column order; the iterator is consumed once.
     */
    static RowCursor of(Iterator<Object[]> rows) {
        return new RowCursor() {
            private Object[] row;

            @Override
            public boolean next() {
                row = rows.hasNext() ? rows.next() : null;
                return row != null;
            }

            @Override
            public Object get(int column) {
                return row[column];
            }

            @Override
            public void close() {
                row = null;
            }
        };
    }

    /** A cursor with no rows (MAXREC=0 and metadata-only answers). */
    static RowCursor empty() {
        return of(java.util.Collections.emptyIterator());
    }
}
