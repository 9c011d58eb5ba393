package org.ozvo.server.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.xml.XmlPath;
import java.net.http.HttpResponse;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ozvo.schema.tap.TapSchemaContent;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Capabilities, VOSI tables and availability, examples (and that every example really runs). */
class TapMetadataIT {

    @BeforeAll
    static void fixture() throws Exception {
        TapFixture.load();
    }

    private static Document parse(byte[] body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(body));
    }

    @Test
    void capabilitiesAnnounceTapWithTapRegExtAndTheVosiEndpoints() throws Exception {
        HttpResponse<byte[]> r = Http.get(Http.tap() + "/capabilities");
        assertEquals(200, r.statusCode());
        String doc = Http.text(r);
        assertTrue(doc.contains("xsi:type=\"tr:TableAccess\""));
        assertTrue(doc.contains("<interface xsi:type=\"vs:ParamHTTP\" role=\"std\" version=\"1.1\">"));
        assertTrue(doc.contains("<accessURL use=\"base\">" + Http.tap() + "</accessURL>"), doc);
        assertTrue(doc.contains("ivo://ivoa.net/std/ObsCore#core-1.1"));
        assertTrue(doc.contains("ivo-id=\"ivo://ivoa.net/std/ADQL#v2.0\">2.0<"));
        assertTrue(doc.contains("ivo-id=\"ivo://ivoa.net/std/ADQL#v2.1\">2.1<"));
        assertTrue(doc.contains("type=\"ivo://ivoa.net/std/TAPRegExt#features-adqlgeo\""));
        assertTrue(doc.contains("<form>INTERSECTS</form>"));
        assertTrue(doc.contains("ivo://ivoa.net/std/TAPRegExt#upload-inline"));
        assertTrue(doc.contains("<outputLimit>"));
        for (String id : List.of("VOSI#capabilities", "VOSI#availability", "VOSI#tables-1.1", "DALI#examples")) {
            assertTrue(doc.contains("standardID=\"ivo://ivoa.net/std/" + id + "\""), id);
        }
        Document d = parse(r.body());
        NodeList caps = d.getDocumentElement().getElementsByTagNameNS("*", "capability");
        assertEquals(5, caps.getLength());
        assertEquals("", ((Element) caps.item(0)).getNamespaceURI() == null ? "" : caps.item(0).getNamespaceURI(),
            "children of vosi:capabilities are unqualified");
        for (int i = 0; i < caps.getLength(); i++) {
            Element c = (Element) caps.item(i);
            String url = c.getElementsByTagName("accessURL").item(0).getTextContent();
            if (!url.equals(Http.tap())) {
                assertEquals(200, Http.get(url).statusCode(), url);
            }
        }
    }

    @Test
    void tablesMatchTapSchemaAndChildrenAreCaseInsensitive() throws Exception {
        HttpResponse<byte[]> r = Http.get(Http.tap() + "/tables");
        assertEquals(200, r.statusCode());
        XmlPath x = new XmlPath(Http.text(r));
        List<String> tables = x.getList("tableset.schema.table.name");
        assertEquals(TapSchemaContent.tables().map(t -> t.tableName()).toList(), tables);
        String obscore = Http.text(Http.get(Http.tap() + "/tables/ivoa.ObsCore"));
        assertTrue(obscore.contains("<vosi:table "), obscore);
        assertTrue(obscore.contains("<dataType xsi:type=\"vs:VOTableType\" arraysize=\"*\" extendedType=\"polygon\">double</dataType>"));
        assertFalse(obscore.contains("s_pos"));
        String min = Http.text(Http.get(Http.tap() + "/tables?detail=min"));
        assertFalse(min.contains("<column"));
    }

    @Test
    void availabilityIsTheVosiDocument() throws Exception {
        String doc = Http.text(Http.get(Http.tap() + "/availability"));
        assertTrue(doc.contains("<vosi:available>true</vosi:available>"), doc);
    }

    @Test
    void examplesAreWellFormedRdfaAndEveryQueryRuns() throws Exception {
        HttpResponse<byte[]> r = Http.get(Http.tap() + "/examples");
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("application/xhtml+xml"));
        Document d = parse(r.body());
        NodeList all = d.getElementsByTagNameNS("*", "*");
        int examples = 0;
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("typeof").equals("example")) {
                examples++;
                assertEquals("#" + e.getAttribute("id"), e.getAttribute("resource"));
            }
            if (e.getAttribute("property").equals("query")) {
                String query = e.getTextContent();
                HttpResponse<byte[]> run = Http.postForm(Http.tap() + "/sync", "LANG", "ADQL", "QUERY", query);
                assertEquals(200, run.statusCode(), query + "\n" + Http.text(run));
                assertTrue(Http.text(run).contains("value=\"OK\""), Http.text(run));
                assertFalse(Http.text(run).contains("value=\"ERROR\""), Http.text(run));
            }
        }
        assertEquals(TapExamples.EXAMPLES.size(), examples);
    }

    @Test
    void baseUrlIsAHumanPage() throws Exception {
        HttpResponse<byte[]> r = Http.get(Http.tap());
        assertEquals(200, r.statusCode());
        assertTrue(Http.contentType(r).startsWith("text/html"));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }
}
