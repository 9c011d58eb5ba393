package org.ozvo.server.vosi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.write.TableWriterRegistry;
import org.ozvo.tap.TapLimits;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The TAPRegExt capability that /tap/capabilities and the registry's TAP record both serve. */
class TapCapabilityTest {

    @Test
    void listsEveryFormatCompleteLimitBlocksAndOnlyTranslatableGeometry() throws Exception {
        String xml = CapabilitiesDocument.render(List.of(StandardCapabilities.tap("http://h/vo/tap",
            TapDescription.tableAccess(TapLimits.defaults(), TableWriterRegistry.standard()))));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(TableWriterRegistry.standard().formats().size(), d.getElementsByTagName("outputFormat").getLength());
        for (String limit : new String[] {"retentionPeriod", "executionDuration", "outputLimit", "uploadLimit"}) {
            Element e = (Element) d.getElementsByTagName(limit).item(0);
            assertEquals(1, e.getElementsByTagName("default").getLength(), limit);
            assertEquals(1, e.getElementsByTagName("hard").getLength(), limit);
        }
        assertTrue(xml.contains("<form>CONTAINS</form>") && xml.contains("<form>DISTANCE</form>"), xml);
        assertFalse(xml.contains("<form>CENTROID</form>"), "not translatable to pgSphere, not announced");
        assertFalse(xml.contains("features-adql-conditional"));
    }
}
