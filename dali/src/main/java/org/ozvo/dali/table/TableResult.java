package org.ozvo.dali.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A result ready to be written: column metadata, a one-pass {@link RowCursor}, the INFOs and
 * PARAMs of the results RESOURCE, and the MAXREC limit the writer applies.
 *
 * <p>Overflow: when {@code maxrec >= 0} the writers emit at most {@code maxrec} rows; if the
 * cursor has a further row they report overflow (VOTable: trailing
 * {@code INFO name="QUERY_STATUS" value="OVERFLOW"} after the TABLE). So give the cursor at least
 * MAXREC+1 rows when more exist. With {@code maxrec == 0} the cursor is not read at all and the
 * VOTable carries a leading OVERFLOW status (DALI 1.1 section 3.4.4: metadata only).
 *
 * <p>Ownership: the creator of a TableResult closes it (which closes the cursor), typically in a
 * finally block after the writer returned; writers never close it. Not thread-safe.
 */
public final class TableResult implements AutoCloseable {

    private final List<ColumnSpec> columns;
    private final RowCursor cursor;
    private final long maxrec;
    private final String tableName;
    private final String description;
    private final List<TableInfo> infos;
    private final List<TableParam> params;
    private final List<String> extraResources;

    private TableResult(Builder b) {
        this.columns = List.copyOf(b.columns);
        this.cursor = b.cursor;
        this.maxrec = b.maxrec;
        this.tableName = b.tableName;
        this.description = b.description;
        this.infos = List.copyOf(b.infos);
        this.params = List.copyOf(b.params);
        this.extraResources = List.copyOf(b.extraResources);
    }

    /**
     * Starts a result.
     *
     * @param columns column metadata, in cell order
     * @param cursor  the rows; its cells must follow {@code columns}
     */
    public static Builder builder(List<ColumnSpec> columns, RowCursor cursor) {
        return new Builder(columns, cursor);
    }

    public List<ColumnSpec> columns() {
        return columns;
    }

    public RowCursor cursor() {
        return cursor;
    }

    /** Row limit; negative means unlimited. */
    public long maxrec() {
        return maxrec;
    }

    /** TABLE name attribute, or null. */
    public String tableName() {
        return tableName;
    }

    /** TABLE DESCRIPTION, or null. */
    public String description() {
        return description;
    }

    /** INFO elements written after the leading QUERY_STATUS, before the TABLE. */
    public List<TableInfo> infos() {
        return infos;
    }

    /** PARAM elements written in the results RESOURCE before the TABLE. */
    public List<TableParam> params() {
        return params;
    }

    /**
     * Complete XML fragments (each a {@code <RESOURCE>} element, e.g. a DataLink service
     * descriptor {@code RESOURCE type="meta" utype="adhoc:service"}) written after the results
     * RESOURCE, in the VOTable namespace, verbatim. Ignored by non-VOTable writers.
     */
    public List<String> extraResources() {
        return extraResources;
    }

    /** Closes the cursor. */
    @Override
    public void close() throws IOException {
        cursor.close();
    }

    /** Builder of a {@link TableResult}; not thread-safe. */
    public static final class Builder {
        private final List<ColumnSpec> columns;
        private final RowCursor cursor;
        private long maxrec = -1;
        private String tableName;
        private String description;
        private final List<TableInfo> infos = new ArrayList<>();
        private final List<TableParam> params = new ArrayList<>();
        private final List<String> extraResources = new ArrayList<>();

        private Builder(List<ColumnSpec> columns, RowCursor cursor) {
            this.columns = Objects.requireNonNull(columns, "columns");
            this.cursor = Objects.requireNonNull(cursor, "cursor");
        }

        /** Row limit (MAXREC); negative for none. Default none. */
        public Builder maxrec(long value) {
            this.maxrec = value;
            return this;
        }

        public Builder tableName(String value) {
            this.tableName = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder info(TableInfo info) {
            infos.add(Objects.requireNonNull(info));
            return this;
        }

        public Builder info(String name, String value) {
            return info(TableInfo.of(name, value));
        }

        public Builder param(TableParam param) {
            params.add(Objects.requireNonNull(param));
            return this;
        }

        public Builder extraResource(String xmlFragment) {
            extraResources.add(Objects.requireNonNull(xmlFragment));
            return this;
        }

        public TableResult build() {
            return new TableResult(this);
        }
    }
}
