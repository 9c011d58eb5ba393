package org.ozvo.server.vosi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.ozvo.schema.archive.ArchiveLayout;
import org.ozvo.server.sia.Sia2Description;
import org.ozvo.server.testing.IvoaSchemas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class CapabilitiesDocumentTest {

    static final ArchiveLayout LAYOUT = new ArchiveLayout("ivo://test.ozvo.org", "http://example.org:8093/vo",
        Path.of("/tmp/vo-test"));

    @Test
    void everyServiceDescriptionGivesASchemaValidDocument() {
        for (VoServiceDescription s : List.of(new Sia2Description(), new DataLinkDescription(), new SlinkDescription())) {
            String xml = CapabilitiesDocument.render(ServiceCatalog.capabilities(s, LAYOUT));
            IvoaSchemas.assertValid(xml, s.root() + " capabilities");
        }
    }

    @Test
    void sia2CapabilityIsWhatPyvoLooksFor() throws Exception {
        Document doc = parse(CapabilitiesDocument.render(ServiceCatalog.capabilities(new Sia2Description(), LAYOUT)));
        Element root = doc.getDocumentElement();
        assertEquals("http://www.ivoa.net/xml/VOSICapabilities/v1.0", root.getNamespaceURI());
        assertEquals("vosi:capabilities", root.getTagName());
        List<Element> caps = children(root, "capability");
        assertEquals(List.of(StandardCapabilities.SIA2_QUERY, StandardCapabilities.VOSI_CAPABILITIES,
            StandardCapabilities.VOSI_AVAILABILITY), caps.stream().map(c -> c.getAttribute("standardID")).toList());
        Element sia = caps.get(0);
        assertEquals("sia:SimpleImageAccess", sia.getAttributeNS(VoNamespace.XSI.uri(), "type"));
        Element iface = children(sia, "interface").get(0);
        assertEquals("vs:ParamHTTP", iface.getAttributeNS(VoNamespace.XSI.uri(), "type"));
        assertEquals("std", iface.getAttribute("role"));
        assertEquals("2.0", iface.getAttribute("version"));
        assertEquals("http://example.org:8093/vo/sia2/query", children(iface, "accessURL").get(0).getTextContent());
        // Unqualified children below the prefixed root (VOSI-6).
        assertEquals(null, sia.getNamespaceURI());
        assertEquals(null, iface.getNamespaceURI());
        // pyvo 1.2.1 warns about param and a second queryType; VOSI documents leave them out.
        assertTrue(children(iface, "param").isEmpty());
        assertTrue(children(iface, "queryType").isEmpty());
        assertEquals("application/x-votable+xml", children(iface, "resultType").get(0).getTextContent());
        assertEquals("100000", children(sia, "maxRecords").get(0).getTextContent());
        // Prefixes pyvo matches literally are bound to the right namespaces.
        assertEquals(VoNamespace.VS.uri(), root.lookupNamespaceURI("vs"));
        assertEquals(VoNamespace.TR.uri(), root.lookupNamespaceURI("tr"));
    }

    @Test
    void vosiEndpointsUseFullUrlsAndNoSecurityMethod() throws Exception {
        Document doc = parse(CapabilitiesDocument.render(ServiceCatalog.capabilities(new DataLinkDescription(), LAYOUT)));
        for (Element cap : children(doc.getDocumentElement(), "capability")) {
            String id = cap.getAttribute("standardID");
            Element url = children(children(cap, "interface").get(0), "accessURL").get(0);
            if (id.startsWith("ivo://ivoa.net/std/VOSI#")) {
                assertEquals("full", url.getAttribute("use"));
                assertTrue(url.getTextContent().startsWith("http://example.org:8093/vo/datalink/"));
            }
            assertTrue(children(children(cap, "interface").get(0), "securityMethod").isEmpty());
        }
    }

    @Test
    void tapSsaAndHarvestExtensionsAreSchemaValid() {
        List<Capability> caps = new ArrayList<>();
        caps.add(StandardCapabilities.tap("http://h/vo/tap", new TapCapability(
            List.of(new TapCapability.DataModel("ObsCore-1.1", "ivo://ivoa.net/std/ObsCore#core-1.1")),
            List.of(new TapCapability.Language("ADQL", List.of(new TapCapability.Version("2.0", "ivo://ivoa.net/std/ADQL#v2.0")),
                "ADQL", List.of(new TapCapability.FeatureList("ivo://ivoa.net/std/TAPRegExt#features-adqlgeo",
                    List.of(new TapCapability.Feature("CONTAINS", null)))))),
            List.of(new TapCapability.OutputFormat("application/x-votable+xml", List.of("votable"),
                "ivo://ivoa.net/std/TAPRegExt#output-votable-td")),
            List.of(TapCapability.UPLOAD_PREFIX + "inline"), new TapCapability.Limit(86400L, 604800L), null,
            new TapCapability.Limit(1000L, 100000L), new TapCapability.Limit(null, 10_000_000L))));
        caps.add(StandardCapabilities.examples("http://h/vo/tap/examples"));
        caps.add(StandardCapabilities.ssaQuery("http://h/vo/ssa/query", List.of(InputParam.text("REQUEST", "queryData")),
            new SsaCapability("full", List.of("survey"), List.of("archival"), List.of("ICRS"), 90.0, 100000, 1000,
                null, null, "REQUEST=queryData&POS=10,-30&SIZE=1")));
        caps.add(StandardCapabilities.harvest("http://h/vo/oai", 100));
        caps.addAll(StandardCapabilities.vosi("http://h/vo/tap", true));
        String xml = CapabilitiesDocument.render(caps);
        IvoaSchemas.assertValid(xml, "TAP/SSA/registry capabilities");
        assertTrue(xml.contains("xsi:type=\"tr:TableAccess\""));
        assertTrue(xml.contains("<hard unit=\"row\">100000</hard>"));
        assertTrue(xml.contains("standardID=\"ivo://ivoa.net/std/VOSI#tables-1.1\""));
    }

    @Test
    void textIsEscapedNotConcatenated() {
        String xml = CapabilitiesDocument.render(List.of(Capability.of("ivo://x/std/a", "a < b & \"c\"",
            CapabilityInterface.paramHttp("http://h/q?a=1&b=2", AccessUrl.Use.FULL))));
        assertTrue(xml.contains("a &lt; b &amp; \"c\""), xml);
        assertTrue(xml.contains("http://h/q?a=1&amp;b=2"), xml);
        IvoaSchemas.assertValid(xml, "escaped capability");
    }

    @Test
    void invalidModelsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Capability.of(null, null,
            CapabilityInterface.paramHttp("http://h", AccessUrl.Use.FULL)));
        assertThrows(IllegalArgumentException.class, () -> new SsaCapability("full", List.of(), List.of("archival"),
            List.of("ICRS"), null, 10, 20, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new SiaCapability("Nice", null, null, null, null, 5,
            null, null, null));
        assertFalse(StandardCapabilities.vosi("http://h/x", false).stream()
            .anyMatch(c -> c.standardId().equals(StandardCapabilities.VOSI_TABLES)));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
