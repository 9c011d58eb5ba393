package org.ozvo.adql;

import static adql.query.constraint.ComparisonOperator.GREATER_OR_EQUAL;
import static adql.query.constraint.ComparisonOperator.GREATER_THAN;
import static adql.query.constraint.ComparisonOperator.LESS_OR_EQUAL;
import static adql.query.constraint.ComparisonOperator.LESS_THAN;

import adql.db.DBColumn;
import adql.db.DBTable;
import adql.db.DBTableAlias;
import adql.db.DBType;
import adql.query.ADQLOrder;
import adql.query.ADQLQuery;
import adql.query.SelectItem;
import adql.query.constraint.Comparison;
import adql.query.constraint.ComparisonOperator;
import adql.query.from.ADQLTable;
import adql.query.operand.ADQLColumn;
import adql.query.operand.ADQLOperand;
import adql.query.operand.function.geometry.CircleFunction;
import adql.query.operand.function.geometry.ContainsFunction;
import adql.query.operand.function.geometry.DistanceFunction;
import adql.query.operand.function.geometry.GeometryFunction;
import adql.query.operand.function.geometry.GeometryFunction.GeometryValue;
import adql.query.operand.function.geometry.PointFunction;
import adql.translator.PgSphereTranslator;
import adql.translator.TranslationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.tap.TapSchemaContent;

/**
 * The pgSphere translator with all identifiers case-sensitive (quoted exactly as the database
 * names them, so reserved words such as {@code "size"} work), plus two repairs (the second,
 * point columns inside DISTANCE, at {@link #translate(ADQLColumn)}). The library
 * leaves ORDER BY column names unresolved and writes them as the client typed them, which
 * breaks for columns whose database name differs (uploads are stored as {@code c1, c2, ...})
 * and for qualified names. Such an ORDER BY term is written as the quoted output-column alias
 * it names (every select item is aliased in the SQL). Not thread-safe: one per query.
 *
 * <p>And three optimisations for the position index. {@code POINT(s_ra, s_dec)} of the ObsCore table itself is written as
 * its stored, GiST-indexed pgSphere column {@code s_pos} (the same value: the column is generated
 * as {@code spoint(radians(s_ra), radians(s_dec))}), so cone queries, DISTANCE and point output use
 * that one index and read the point instead of recomputing it per row. And
 * {@code CONTAINS(POINT(a, b), CIRCLE(o.s_ra, o.s_dec, r))}, the usual way to match uploaded
 * positions against ObsCore, is written with the two positions swapped: "a within r of o" equals
 * "o within r of a", and only the swapped form lets PostgreSQL use that index (an index scan per
 * uploaded row instead of a scan of the whole table per row). For the same reason
 * {@code DISTANCE(p, POINT(s_ra, s_dec)) < r} (either argument order, {@code <=}, or
 * {@code r > DISTANCE(...)}) becomes {@code s_pos @ scircle(p, r)}: the library's own rewrite
 * puts the circle around the ObsCore row, where no index can serve it.
 */
final class TapTranslator extends PgSphereTranslator {

    /** Output names of the queries being translated, innermost on top. */
    private final Deque<List<String>> outputNames = new ArrayDeque<>();
    /** The queries being translated, innermost on top. */
    private final Deque<ADQLQuery> queries = new ArrayDeque<>();

    TapTranslator() {
        super(true);
    }

    @Override
    public String translate(ADQLQuery query) throws TranslationException {
        List<String> names = new ArrayList<>();
        for (SelectItem item : query.getSelect()) {
            names.add(item.getName());
        }
        outputNames.push(names);
        queries.push(query);
        try {
            return super.translate(query);
        } finally {
            outputNames.pop();
            queries.pop();
        }
    }

    /**
     * A repair: the library's checker leaves point-valued columns inside DISTANCE unresolved
     * (e.g. {@code DISTANCE(u.pos, POINT(o.s_ra, o.s_dec))} with an uploaded point column), and
     * they would be written as typed instead of as their database column. Such a qualified
     * column is resolved here against the FROM tables of the query being translated.
     */
    @Override
    public String translate(ADQLColumn column) throws TranslationException {
        if (column.getDBLink() == null && column.getTableName() != null && !queries.isEmpty()) {
            for (ADQLTable table : queries.peek().getFrom().getTables()) {
                String name = table.hasAlias() ? table.getAlias() : table.getTableName();
                DBColumn resolved = table.getDBLink() == null || !column.getTableName().equalsIgnoreCase(name) ? null
                    : table.getDBLink().getColumn(column.getColumnName(), true);
                if (resolved != null) {
                    column.setDBLink(resolved);
                    column.setAdqlTable(table);
                    break;
                }
            }
        }
        return super.translate(column);
    }

    @Override
    public String translate(ContainsFunction fn) throws TranslationException {
        ADQLOperand left = fn.getLeftParam().getValue();
        ADQLOperand right = fn.getRightParam().getValue();
        boolean otherPoint = left instanceof PointFunction point
            ? !(isObsCore(point.getCoord1(), "pos.eq.ra") || isObsCore(point.getCoord2(), "pos.eq.dec"))
            : isPointColumn(left); // e.g. an uploaded point column
        if (otherPoint && right instanceof CircleFunction circle && circle.getCoord1() != null
                && isObsCore(circle.getCoord1(), "pos.eq.ra") && isObsCore(circle.getCoord2(), "pos.eq.dec")) {
            String center = storedPosition(circle.getCoord1(), circle.getCoord2());
            if (center == null) {
                center = "spoint(radians(" + translate(circle.getCoord1()) + "),radians(" + translate(circle.getCoord2()) + "))";
            }
            return "(" + center + " @ scircle(" + translate(fn.getLeftParam()) + ",radians(" + translate(circle.getRadius()) + ")))";
        }
        return super.translate(fn);
    }

    @Override
    public String translate(Comparison comparison) throws TranslationException {
        String within = distanceWithin(comparison);
        return within != null ? within : super.translate(comparison);
    }

    /** {@code DISTANCE(a, b) < r} with a or b ObsCore's own position, as an indexable containment; else null. */
    private String distanceWithin(Comparison comparison) throws TranslationException {
        ComparisonOperator op = comparison.getOperator();
        DistanceFunction distance;
        ADQLOperand limit;
        if (comparison.getLeftOperand() instanceof DistanceFunction d && (op == LESS_THAN || op == LESS_OR_EQUAL)) {
            distance = d;
            limit = comparison.getRightOperand();
        } else if (comparison.getRightOperand() instanceof DistanceFunction d && (op == GREATER_THAN || op == GREATER_OR_EQUAL)) {
            distance = d;
            limit = comparison.getLeftOperand();
        } else {
            return null;
        }
        String first = storedPosition(distance.getP1());
        String second = storedPosition(distance.getP2());
        if ((first == null) == (second == null)) {
            return null;
        }
        String stored = first != null ? first : second;
        String other = translate(first != null ? distance.getP2() : distance.getP1());
        String radius = translate(limit);
        boolean strict = op == LESS_THAN || op == GREATER_THAN;
        return "(" + stored + " @ scircle(" + other + ",radians(" + radius + "))"
            + (strict ? " AND degrees(" + stored + " <-> " + other + ") < " + radius : "") + ")";
    }

    private String storedPosition(GeometryValue<GeometryFunction> value) throws TranslationException {
        return value.getValue() instanceof PointFunction p ? storedPosition(p.getCoord1(), p.getCoord2()) : null;
    }

    @Override
    public String translate(PointFunction point) throws TranslationException {
        String stored = storedPosition(point.getCoord1(), point.getCoord2());
        return stored != null ? stored : super.translate(point);
    }

    /**
     * The SQL for the stored {@code s_pos} of the ObsCore row when (ra, dec) are {@code s_ra} and
     * {@code s_dec} of the same reference to the ObsCore table itself; null otherwise (other
     * tables, expressions, or columns seen through a subquery or WITH, which carry no s_pos).
     */
    private String storedPosition(ADQLOperand ra, ADQLOperand dec) throws TranslationException {
        if (!(ra instanceof ADQLColumn raCol && dec instanceof ADQLColumn decCol)
                || !isObsCore(ra, "pos.eq.ra") || !isObsCore(dec, "pos.eq.dec")) {
            return null;
        }
        DBTable table = raCol.getDBLink().getTable();
        if (table instanceof DBTableAlias alias) {
            table = alias.getOriginTable(); // FROM ivoa.obscore AS o
        }
        if (table == null || !TapSchemaContent.OBSCORE_TABLE.equals(table.getDBSchemaName() + "." + table.getDBName())) {
            return null;
        }
        String raTable = tablePrefix(translate(raCol), raCol);
        String decTable = tablePrefix(translate(decCol), decCol);
        if (raTable == null || !raTable.equals(decTable)) {
            return null; // e.g. s_ra of one alias of the table and s_dec of another
        }
        return raTable + '"' + ObsCoreColumn.S_POS.columnName() + '"';
    }

    /** The table qualifier ({@code "o".}) of a translated column reference, null if it has none. */
    private static String tablePrefix(String columnSql, ADQLColumn column) {
        String quotedName = '"' + column.getDBLink().getDBName() + '"';
        return columnSql.endsWith(quotedName) && columnSql.length() > quotedName.length()
            ? columnSql.substring(0, columnSql.length() - quotedName.length()) : null;
    }

    /** ADQL 2.1 {@code CIRCLE(point, radius)}: the library only handles the coordinate form. */
    @Override
    public String translate(CircleFunction circle) throws TranslationException {
        if (circle.getCoord1() == null && circle.getCenter() != null) {
            return "scircle(" + translate(circle.getCenter().getValue()) + ",radians(" + translate(circle.getRadius()) + "))";
        }
        return super.translate(circle);
    }

    private static boolean isPointColumn(ADQLOperand op) {
        return op instanceof ADQLColumn col && col.getDBLink() != null && col.getDBLink().getDatatype() != null
            && col.getDBLink().getDatatype().type == DBType.DBDatatype.POINT;
    }

    /** True for a plain reference to the indexed ObsCore position column with that UCD. */
    private static boolean isObsCore(ADQLOperand op, String ucd) {
        return op instanceof ADQLColumn col && col.getDBLink() instanceof MetadataColumn m
            && ucd.equals(m.spec().ucd()) && m.spec().utype() != null && m.spec().utype().startsWith("obscore:");
    }

    /** ORDER BY items reach the translator through this generic entry, which would print their ADQL. */
    @Override
    public String translate(adql.query.ADQLObject obj) throws TranslationException {
        if (obj instanceof ADQLOrder order) {
            return translate(order);
        }
        return super.translate(obj);
    }

    @Override
    public String translate(ADQLOrder order) throws TranslationException {
        if (order.getExpression() instanceof ADQLColumn column && column.getDBLink() == null && !outputNames.isEmpty()) {
            for (String name : outputNames.peek()) {
                if (name != null && name.equalsIgnoreCase(column.getColumnName())) {
                    return '"' + name.replace("\"", "\"\"") + '"' + (order.isDescSorting() ? " DESC" : " ASC");
                }
            }
        }
        return super.translate(order);
    }
}
