package org.ozvo.server.vosi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ozvo.schema.tap.TapSchemaContent;
import org.ozvo.server.testing.IvoaSchemas;

class TablesDocumentTest {

    @Test
    void tablesetInBothDetailsAndOneTableAreSchemaValid() {
        String max = TablesDocument.tableset(TapSchemaContent.schemas(), TablesetXml.Detail.MAX);
        IvoaSchemas.assertValid(max, "tableset detail=max");
        assertTrue(max.contains("<name>ivoa.obscore</name>"), max);
        assertTrue(max.contains("<dataType xsi:type=\"vs:VOTableType\" arraysize=\"*\" extendedType=\"polygon\">double"
            + "</dataType>"), max);
        assertTrue(max.contains("<flag>primary</flag>"), max);
        assertTrue(max.contains("<targetTable>tap_schema.tables</targetTable>"), max);
        String min = TablesDocument.tableset(TapSchemaContent.schemas(), TablesetXml.Detail.MIN);
        IvoaSchemas.assertValid(min, "tableset detail=min");
        assertFalse(min.contains("<column"), min);
        String one = TablesDocument.table(TapSchemaContent.obscore());
        IvoaSchemas.assertValid(one, "vosi:table ivoa.obscore");
        assertTrue(one.contains("<vosi:table "), one);
        assertTrue(one.contains("<name>s_region</name>"), one);
    }

    @Test
    void tapCapabilityFromTheServiceSourcesIsSchemaValid() {
        String xml = CapabilitiesDocument.render(java.util.List.of(StandardCapabilities.tap("http://h/vo/tap",
            TapDescription.tableAccess(org.ozvo.tap.TapLimits.defaults(),
                org.ozvo.dali.write.TableWriterRegistry.standard()))));
        IvoaSchemas.assertValid(xml, "TAP capability");
        assertTrue(xml.contains("<capability xsi:type=\"tr:TableAccess\" standardID=\"ivo://ivoa.net/std/TAP\">"), xml);
        assertTrue(xml.contains("<version ivo-id=\"ivo://ivoa.net/std/ADQL#v2.1\">2.1</version>"), xml);
        assertTrue(xml.contains("<uploadMethod ivo-id=\"ivo://ivoa.net/std/TAPRegExt#upload-inline\"/>"), xml);
        assertTrue(xml.contains("<outputLimit>"), xml);
    }
}
