package org.ozvo.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Rendered SQL: the text with {@code ?} placeholders, the values to bind, and the selected
 * items (result columns) in order. Immutable.
 *
 * @param sql   PostgreSQL text; contains no request values
 * @param binds values for the placeholders, in order (String, Integer, Long, Double,
 *              LocalDateTime)
 * @param items the select list; result column {@code i+1} is {@code items.get(i)}
 */
public record SqlStatement(String sql, List<Object> binds, List<SelectItem> items) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        binds = List.copyOf(binds);
        items = List.copyOf(items);
    }

    /**
     * Prepares a forward-only, read-only statement on the connection and binds the values.
     * The caller closes the statement.
     */
    public PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        try {
            for (int i = 0; i < binds.size(); i++) {
                ps.setObject(i + 1, binds.get(i));
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    @Override
    public String toString() {
        return sql + " " + binds;
    }
}
