package org.ozvo.server.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.ozvo.schema.tap.TapSchemaContent;
import org.ozvo.server.vosi.TablesDocument;
import org.ozvo.server.vosi.TablesetXml;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The capabilities, tables and examples documents, without a server. */
class TapDocumentsTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void tablesetCoversEveryPublishedTableAndSingleTablesResolveCaseInsensitively() throws Exception {
        Document d = parse(TablesDocument.tableset(TapSchemaContent.schemas(), TablesetXml.Detail.MAX));
        NodeList tables = d.getElementsByTagName("table");
        assertEquals(TapSchemaContent.tables().count(), tables.getLength());
        assertEquals(5, d.getElementsByTagName("foreignKey").getLength());
        assertTrue(TapSchemaContent.table("IVOA.OBSCORE").isPresent());
        assertTrue(TapSchemaContent.table("ivoa.nothing").isEmpty());
        assertFalse(TablesDocument.tableset(TapSchemaContent.schemas(), TablesetXml.Detail.MIN).contains("<column"));
        // TAP_SCHEMA.columns."size" is published delimited, as it must be written in ADQL.
        NodeList names = d.getElementsByTagName("name");
        boolean delimitedSize = false;
        for (int i = 0; i < names.getLength(); i++) {
            delimitedSize |= "\"size\"".equals(names.item(i).getTextContent());
        }
        assertTrue(delimitedSize);
    }

    @Test
    void examplesAreWellFormedXhtml() throws Exception {
        Document d = parse(TapExamples.render());
        assertEquals("http://www.w3.org/1999/xhtml", d.getDocumentElement().getNamespaceURI());
        assertTrue(TapExamples.render().contains("vocab=\"http://www.ivoa.net/rdf/examples#\""));
    }
}
