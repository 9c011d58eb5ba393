package org.ozvo.server.vosi;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.ozvo.schema.obscore.ObsCoreColumn;
import org.ozvo.schema.tap.ColumnDesc;
import org.ozvo.schema.tap.ForeignKeyDesc;
import org.ozvo.schema.tap.SchemaDesc;
import org.ozvo.schema.tap.TableDesc;
import org.ozvo.schema.tap.TapSchemaContent;

/**
 * Writes the published tables as VODataService {@code schema}/{@code table}/{@code column}
 * elements (unqualified, VOSI-3, VOSI-6) from the same {@link TapSchemaContent} model as
 * TAP_SCHEMA, for VOSI tables documents and registry records alike.
 */
public final class TablesetXml {

    /** How much of each table to write ({@code ?detail=min|max}). */
    public enum Detail {
        /** Tables without columns and foreign keys. */
        MIN,
        /** Everything. */
        MAX
    }

    private TablesetXml() {
    }

    /** Writes the children of a tableset: one {@code schema} element per schema. */
    public static void writeSchemas(XmlOut out, List<SchemaDesc> schemas, Detail detail) throws XMLStreamException {
        for (SchemaDesc s : schemas) {
            out.start("schema").element("name", s.schemaName()).element("description", s.description())
                .element("utype", s.utype());
            for (TableDesc t : s.tables()) {
                out.start("table");
                writeTableContent(out, t, detail);
                out.end();
            }
            out.end();
        }
    }

    /** Writes a table's content into the open table element. */
    public static void writeTableContent(XmlOut out, TableDesc t, Detail detail) throws XMLStreamException {
        out.attr("type", "table").element("name", t.tableName()).element("description", t.description())
            .element("utype", t.utype());
        if (detail == Detail.MIN) {
            return;
        }
        for (ColumnDesc c : t.columns()) {
            writeColumn(out, t, c);
        }
        for (ForeignKeyDesc k : TapSchemaContent.keys()) {
            if (k.fromTable().equals(t.tableName())) {
                out.start("foreignKey").element("targetTable", k.targetTable())
                    .start("fkColumn").element("fromColumn", k.fromColumn()).element("targetColumn", k.targetColumn())
                    .end()
                    .element("description", k.description())
                    .end();
            }
        }
    }

    private static void writeColumn(XmlOut out, TableDesc t, ColumnDesc c) throws XMLStreamException {
        out.start("column").attr("std", c.std())
            .element("name", c.name()).element("description", c.description()).element("unit", c.unit())
            .element("ucd", c.ucd()).element("utype", c.utype());
        out.start("dataType").xsiType(VoNamespace.VS.qname("VOTableType"))
            .attr("arraysize", c.type().arraysize()).attr("extendedType", c.type().xtype())
            .text(c.type().votableDatatype()).end();
        for (String flag : flags(t, c)) {
            out.element("flag", flag);
        }
        out.end();
    }

    /** VODataService column flags: indexed, and for ObsCore primary or nullable from the column model. */
    private static List<String> flags(TableDesc t, ColumnDesc c) {
        List<String> flags = new ArrayList<>(2);
        if (c.indexed()) {
            flags.add("indexed");
        }
        if (t.equals(TapSchemaContent.obscore())) {
            ObsCoreColumn.byName(c.name()).ifPresent(col -> {
                if (col == ObsCoreColumn.OBS_PUBLISHER_DID) {
                    flags.add("primary");
                } else if (col.nullable()) {
                    flags.add("nullable");
                }
            });
        }
        return flags;
    }
}
