package org.ozvo.server.tap;

import java.util.Optional;
import org.ozvo.dali.votable.Xml;
import org.ozvo.schema.tap.ColumnDesc;
import org.ozvo.schema.tap.ForeignKeyDesc;
import org.ozvo.schema.tap.SchemaDesc;
import org.ozvo.schema.tap.TableDesc;
import org.ozvo.schema.tap.TapSchemaContent;

/**
 * VOSI 1.1 tables ({@code vosi:tableset}, or {@code vosi:table} for one table) written from
 * {@link TapSchemaContent}, the model TAP_SCHEMA's rows come from, so both always agree.
 * Column types as {@code vs:VOTableType} with arraysize and the DALI xtype as
 * {@code extendedType} (VODataService 1.1). Stateless.
 */
public final class TableSetDocument {

    public static final String CONTENT_TYPE = "text/xml";

    private static final String NS = " xmlns:vosi=\"http://www.ivoa.net/xml/VOSITables/v1.0\""
        + " xmlns:vs=\"http://www.ivoa.net/xml/VODataService/v1.1\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    private TableSetDocument() {
    }

    /** The whole tableset; {@code withColumns=false} for {@code detail=min}. */
    public static String tableset(boolean withColumns) {
        StringBuilder sb = new StringBuilder(32_768).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<vosi:tableset").append(NS).append(">\n");
        for (SchemaDesc schema : TapSchemaContent.schemas()) {
            sb.append("  <schema>\n");
            text(sb, "    ", "name", schema.schemaName());
            text(sb, "    ", "description", schema.description());
            text(sb, "    ", "utype", schema.utype());
            for (TableDesc table : schema.tables()) {
                table(sb, "    ", "table", "", table, withColumns);
            }
            sb.append("  </schema>\n");
        }
        return sb.append("</vosi:tableset>\n").toString();
    }

    /** One table with full detail, or empty if no published table has that name (case-insensitive). */
    public static Optional<String> table(String name) {
        return TapSchemaContent.table(name).map(t -> {
            StringBuilder sb = new StringBuilder(16_384).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            table(sb, "", "vosi:table", NS, t, true);
            return sb.toString();
        });
    }

    private static void table(StringBuilder sb, String indent, String element, String ns, TableDesc table,
                              boolean withColumns) {
        sb.append(indent).append('<').append(element).append(ns).append(">\n");
        String in = indent + "  ";
        text(sb, in, "name", table.tableName());
        text(sb, in, "description", table.description());
        text(sb, in, "utype", table.utype());
        if (withColumns) {
            for (ColumnDesc c : table.columns()) {
                column(sb, in, c);
            }
            for (ForeignKeyDesc k : TapSchemaContent.keys()) {
                if (k.fromTable().equals(table.tableName())) {
                    sb.append(in).append("<foreignKey>\n");
                    text(sb, in + "  ", "targetTable", k.targetTable());
                    sb.append(in).append("  <fkColumn>\n");
                    text(sb, in + "    ", "fromColumn", k.fromColumn());
                    text(sb, in + "    ", "targetColumn", k.targetColumn());
                    sb.append(in).append("  </fkColumn>\n");
                    text(sb, in + "  ", "description", k.description());
                    sb.append(in).append("</foreignKey>\n");
                }
            }
        }
        sb.append(indent).append("</").append(element).append(">\n");
    }

    private static void column(StringBuilder sb, String indent, ColumnDesc c) {
        sb.append(indent).append("<column").append(c.std() ? " std=\"true\"" : "").append(">\n");
        String in = indent + "  ";
        text(sb, in, "name", c.name());
        text(sb, in, "description", c.description());
        text(sb, in, "unit", c.unit());
        text(sb, in, "ucd", c.ucd());
        text(sb, in, "utype", c.utype());
        sb.append(in).append("<dataType xsi:type=\"vs:VOTableType\"");
        if (c.type().arraysize() != null) {
            sb.append(" arraysize=\"").append(c.type().arraysize()).append('"');
        }
        if (c.type().xtype() != null) {
            sb.append(" extendedType=\"").append(c.type().xtype()).append('"');
        }
        sb.append('>').append(c.type().votableDatatype()).append("</dataType>\n");
        if (c.indexed()) {
            text(sb, in, "flag", "indexed");
        }
        if (c.principal()) {
            text(sb, in, "flag", "principal");
        }
        sb.append(indent).append("</column>\n");
    }

    private static void text(StringBuilder sb, String indent, String element, String value) {
        if (value != null) {
            sb.append(indent).append('<').append(element).append('>').append(Xml.escape(value))
              .append("</").append(element).append(">\n");
        }
    }
}
