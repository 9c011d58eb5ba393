package org.ozvo.server.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.write.TableWriterRegistry;
import org.ozvo.schema.tap.TapSchemaContent;
import org.ozvo.tap.TapLimits;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The capabilities, tables and examples documents, without a server. */
class TapDocumentsTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void capabilitiesListEveryFormatAndCompleteLimitBlocks() throws Exception {
        String xml = TapCapabilities.render("http://h/vo/tap", TapLimits.defaults(), TableWriterRegistry.standard());
        Document d = parse(xml);
        NodeList formats = d.getElementsByTagName("outputFormat");
        assertEquals(TableWriterRegistry.standard().formats().size(), formats.getLength());
        for (String limit : new String[] {"retentionPeriod", "executionDuration", "outputLimit", "uploadLimit"}) {
            Element e = (Element) d.getElementsByTagName(limit).item(0);
            assertEquals(1, e.getElementsByTagName("default").getLength(), limit);
            assertEquals(1, e.getElementsByTagName("hard").getLength(), limit);
        }
        assertTrue(xml.contains("xmlns:tr=\"http://www.ivoa.net/xml/TAPRegExt/v1.0\""));
        assertTrue(xml.contains("xmlns:vs=\"http://www.ivoa.net/xml/VODataService/v1.1\""));
        assertTrue(xml.contains("<form>CONTAINS</form>") && xml.contains("<form>DISTANCE</form>"));
        assertFalse(xml.contains("<form>CENTROID</form>"), "not translatable to pgSphere, not announced");
        assertFalse(xml.contains("features-adql-conditional"));
    }

    @Test
    void tablesetCoversEveryPublishedTableAndSingleTablesResolveCaseInsensitively() throws Exception {
        Document d = parse(TableSetDocument.tableset(true));
        NodeList tables = d.getElementsByTagName("table");
        assertEquals(TapSchemaContent.tables().count(), tables.getLength());
        assertEquals(5, d.getElementsByTagName("foreignKey").getLength());
        assertTrue(TableSetDocument.table("IVOA.OBSCORE").isPresent());
        assertTrue(TableSetDocument.table("ivoa.nothing").isEmpty());
        assertFalse(TableSetDocument.tableset(false).contains("<column"));
        assertTrue(TableSetDocument.tableset(true).contains("<name>&quot;size&quot;</name>"));
    }

    @Test
    void examplesAreWellFormedXhtml() throws Exception {
        Document d = parse(TapExamples.render());
        assertEquals("http://www.w3.org/1999/xhtml", d.getDocumentElement().getNamespaceURI());
        assertTrue(TapExamples.render().contains("vocab=\"http://www.ivoa.net/rdf/examples#\""));
    }
}
