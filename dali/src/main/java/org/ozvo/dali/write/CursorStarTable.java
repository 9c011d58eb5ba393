package org.ozvo.dali.write;

import java.io.IOException;
import java.util.List;
import org.ozvo.dali.table.ColumnSpec;
import uk.ac.starlink.table.AbstractStarTable;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.DescribedValue;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.Tables;
import uk.ac.starlink.table.UnrepeatableSequenceException;
import uk.ac.starlink.votable.VOStarTable;

/**
 * A one-pass STIL {@link uk.ac.starlink.table.StarTable} over {@link LimitedRows}, so STIL's
 * serializers pull rows straight from the database cursor. A second
 * {@link #getRowSequence()} fails, as STIL's own sequential JDBC table does.
 */
final class CursorStarTable extends AbstractStarTable {

    private final ColumnInfo[] infos;
    private final LimitedRows rows;
    private boolean used;

    CursorStarTable(List<ColumnSpec> columns, LimitedRows rows, boolean nullSentinels) {
        this.rows = rows;
        this.infos = new ColumnInfo[columns.size()];
        for (int i = 0; i < infos.length; i++) {
            infos[i] = columnInfo(columns.get(i), nullSentinels);
        }
    }

    /** STIL metadata of one column; {@code nullSentinels} adds VALUES null= for BINARY output. */
    static ColumnInfo columnInfo(ColumnSpec spec, boolean nullSentinels) {
        ColumnInfo info = new ColumnInfo(spec.name(), spec.valueClass(), spec.description());
        info.setUnitString(spec.unit());
        info.setUCD(spec.ucd());
        info.setUtype(spec.utype());
        info.setXtype(spec.xtype());
        info.setNullable(true);
        int fixed = spec.fixedLength();
        if (spec.isText()) {
            info.setElementSize(fixed > 0 ? fixed : -1);
        } else if (spec.isArray()) {
            info.setShape(new int[] {fixed > 0 ? fixed : -1});
        }
        if (spec.id() != null) {
            info.setAuxDatum(new DescribedValue(VOStarTable.ID_INFO, spec.id()));
        }
        if (nullSentinels) {
            Object sentinel = switch (spec.valueClass().getSimpleName()) {
                case "Integer" -> Integer.MIN_VALUE;
                case "Long" -> Long.MIN_VALUE;
                case "Short" -> Short.MIN_VALUE;
                default -> null;
            };
            if (sentinel != null) {
                info.setAuxDatum(new DescribedValue(Tables.NULL_VALUE_INFO, sentinel));
            }
        }
        return info;
    }

    @Override
    public int getColumnCount() {
        return infos.length;
    }

    @Override
    public long getRowCount() {
        return -1;
    }

    @Override
    public ColumnInfo getColumnInfo(int icol) {
        return infos[icol];
    }

    @Override
    public synchronized RowSequence getRowSequence() throws IOException {
        if (used) {
            throw new UnrepeatableSequenceException("the result rows can be read only once");
        }
        used = true;
        return new RowSequence() {
            @Override
            public boolean next() throws IOException {
                return rows.next();
            }

            @Override
            public Object getCell(int icol) {
                return rows.get(icol);
            }

            @Override
            public Object[] getRow() {
                Object[] row = new Object[infos.length];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rows.get(i);
                }
                return row;
            }

            @Override
            public void close() {
                // the cursor belongs to the TableResult's owner
            }
        };
    }
}
