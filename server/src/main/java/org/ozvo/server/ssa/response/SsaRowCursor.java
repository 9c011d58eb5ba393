package org.ozvo.server.ssa.response;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.ozvo.dali.table.RowCursor;
import org.ozvo.query.ObsCoreCursor;
import org.ozvo.query.SelectItem;
import org.ozvo.schema.obscore.ObsCoreColumn;

/**
 * The SSA result rows: reads each database row once from an {@link ObsCoreCursor} and computes
 * every {@link SsaField} of it. Owns the cursor and its pooled connection; {@link #close()}
 * releases both. Single-threaded.
 */
public final class SsaRowCursor implements RowCursor {

    /** Label of the distance item in the select list. */
    public static final String SCORE = "score";

    private final Connection connection;
    private final ObsCoreCursor cursor;
    private final List<SsaField> fields;
    private final int[] position = new int[ObsCoreColumn.values().length];
    private final int scorePosition;
    private final Object[] raw;
    private final Object[] cells;
    private final SsaRow row = new SsaRow() {
        @Override
        public Object get(ObsCoreColumn column) {
            int p = position[column.ordinal()];
            return p < 0 ? null : raw[p];
        }

        @Override
        public Double score() {
            return scorePosition < 0 ? null : (Double) raw[scorePosition];
        }
    };
    private boolean closed;

    /**
     * @param connection the connection the cursor runs on; closed with this cursor
     * @param cursor     the open query
     * @param items      the query's select list, in order
     * @param fields     the SSA fields to compute
     */
    public SsaRowCursor(Connection connection, ObsCoreCursor cursor, List<SelectItem> items, List<SsaField> fields) {
        this.connection = connection;
        this.cursor = cursor;
        this.fields = fields;
        java.util.Arrays.fill(position, -1);
        int score = -1;
        for (int i = 0; i < items.size(); i++) {
            SelectItem item = items.get(i);
            if (item instanceof SelectItem.Column c) {
                position[c.column().ordinal()] = i;
            } else if (item.label().equals(SCORE)) {
                score = i;
            }
        }
        this.scorePosition = score;
        this.raw = new Object[items.size()];
        this.cells = new Object[fields.size()];
    }

    @Override
    public boolean next() throws IOException {
        try {
            if (!cursor.next()) {
                return false;
            }
            for (int i = 0; i < raw.length; i++) {
                raw[i] = cursor.get(i);
            }
        } catch (SQLException e) {
            throw new IOException("reading the result failed: " + e.getMessage(), e);
        }
        for (int i = 0; i < cells.length; i++) {
            cells[i] = fields.get(i).value().apply(row);
        }
        return true;
    }

    @Override
    public Object get(int column) {
        return cells[column];
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (Connection c = connection) {
            cursor.close();
        } catch (SQLException e) {
            throw new IOException("closing the result failed: " + e.getMessage(), e);
        }
    }
}
