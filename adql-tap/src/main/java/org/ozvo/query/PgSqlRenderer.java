package org.ozvo.query;

/**
 * Renders an {@link ObsCoreQuery} as PostgreSQL + pgSphere SQL on {@code ivoa.obscore}:
 * {@code SELECT items FROM ivoa.obscore WHERE c1 AND c2 ... ORDER BY ... LIMIT ?}. Every
 * request value is a bind parameter, so the same query shape always gives the same text and
 * the driver's prepared-statement cache is reused. Stateless.
 */
public final class PgSqlRenderer {

    /** The one table queried. */
    public static final String TABLE = "ivoa.obscore";

    private PgSqlRenderer() {
    }

    /** The statement for a query. */
    public static SqlStatement render(ObsCoreQuery query) {
        SqlBuilder sql = new SqlBuilder();
        sql.sql("SELECT ");
        for (int i = 0; i < query.select().size(); i++) {
            SelectItem item = query.select().get(i);
            if (i > 0) {
                sql.sql(", ");
            }
            item.render(sql);
            if (!(item instanceof SelectItem.Column)) {
                sql.sql(" AS ").sql(item.label());
            }
        }
        sql.sql(" FROM ").sql(TABLE);
        for (int i = 0; i < query.constraints().size(); i++) {
            sql.sql(i == 0 ? " WHERE " : " AND ");
            query.constraints().get(i).render(sql);
        }
        for (int i = 0; i < query.orderings().size(); i++) {
            sql.sql(i == 0 ? " ORDER BY " : ", ");
            query.orderings().get(i).render(sql);
        }
        if (query.limit() >= 0) {
            sql.sql(" LIMIT ").bind(query.limit());
        }
        return new SqlStatement(sql.text(), sql.binds(), query.select());
    }
}
