/**
 * The protocol-neutral result table every service produces: {@link org.ozvo.dali.table.ColumnSpec}
 * (VOTable FIELD metadata), {@link org.ozvo.dali.table.RowCursor} (one pass over the rows, never
 * a list), {@link org.ozvo.dali.table.TableResult} (columns + cursor + INFOs/PARAMs + MAXREC) and
 * the JDBC-backed cursor {@link org.ozvo.dali.table.JdbcRowCursor}. The writers in
 * {@code org.ozvo.dali.write} turn a {@code TableResult} into bytes.
 */
package org.ozvo.dali.table;
