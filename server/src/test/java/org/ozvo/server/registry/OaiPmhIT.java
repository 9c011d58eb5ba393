package org.ozvo.server.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ozvo.server.testing.IvoaSchemas;
import org.ozvo.server.testing.RunningServer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The OAI-PMH endpoint of the running server: every verb, GET and POST, records and errors. */
class OaiPmhIT {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String RI = "http://www.ivoa.net/xml/RegistryInterface/v1.0";

    @ParameterizedTest
    @ValueSource(strings = {"verb=Identify", "verb=ListMetadataFormats", "verb=ListSets",
        "verb=ListIdentifiers&metadataPrefix=ivo_vor", "verb=ListRecords&metadataPrefix=ivo_vor",
        "verb=ListRecords&metadataPrefix=oai_dc", "verb=ListIdentifiers&metadataPrefix=oai_dc&set=ivo_managed",
        "verb=ListRecords&metadataPrefix=ivo_vor&from=2000-01-01&until=2999-12-31"})
    void everyVerbAnswersValidOaiPmh(String query) throws Exception {
        Document d = get(query);
        assertEquals(0, d.getElementsByTagNameNS(OAI, "error").getLength(), query);
    }

    @Test
    void recordsCoverEveryServiceTheArchiveTheRegistryAndTheAuthority() throws Exception {
        Document d = get("verb=ListRecords&metadataPrefix=ivo_vor");
        NodeList resources = d.getElementsByTagNameNS(RI, "Resource");
        List<String> types = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < resources.getLength(); i++) {
            Element e = (Element) resources.item(i);
            types.add(e.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"));
            ids.add(e.getElementsByTagName("identifier").item(0).getTextContent());
        }
        assertTrue(types.containsAll(List.of("vg:Registry", "vg:Authority", "vs:CatalogResource")), types.toString());
        assertTrue(ids.stream().anyMatch(i -> i.endsWith("/sia2")), ids.toString());
        assertTrue(ids.stream().anyMatch(i -> i.endsWith("/datalink")), ids.toString());
        assertTrue(ids.stream().anyMatch(i -> i.endsWith("/archive")), ids.toString());
        assertTrue(ids.stream().anyMatch(i -> i.endsWith("/tap")), ids.toString());
        assertTrue(ids.stream().anyMatch(i -> i.endsWith("/ssa")), ids.toString());
        assertTrue(ids.stream().anyMatch(i -> i.endsWith("/slink")), ids.toString());
        for (String id : ids) {
            Document one = get("verb=GetRecord&metadataPrefix=ivo_vor&identifier=" + enc(id));
            assertEquals(1, one.getElementsByTagNameNS(RI, "Resource").getLength(), id);
            get("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + enc(id));
        }
    }

    @Test
    void sia2RecordCarriesTheQueryCapabilityAtThisServer() throws Exception {
        String sia = null;
        Document list = get("verb=ListIdentifiers&metadataPrefix=ivo_vor");
        NodeList ids = list.getElementsByTagNameNS(OAI, "identifier");
        for (int i = 0; i < ids.getLength(); i++) {
            if (ids.item(i).getTextContent().endsWith("/sia2")) {
                sia = ids.item(i).getTextContent();
            }
        }
        String xml = text("verb=GetRecord&metadataPrefix=ivo_vor&identifier=" + enc(sia));
        assertTrue(xml.contains("standardID=\"ivo://ivoa.net/std/SIA#query-2.0\""), xml);
        assertTrue(xml.contains(RunningServer.baseUrl() + "/sia2/query</accessURL>"), xml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sia2", "ssa", "tap", "datalink", "slink"})
    void registryRecordsListTheSameCapabilitiesAsTheLiveEndpoints(String root) throws Exception {
        String id = null;
        NodeList ids = get("verb=ListIdentifiers&metadataPrefix=ivo_vor").getElementsByTagNameNS(OAI, "identifier");
        for (int i = 0; i < ids.getLength(); i++) {
            if (ids.item(i).getTextContent().endsWith("/" + root)) {
                id = ids.item(i).getTextContent();
            }
        }
        Document record = get("verb=GetRecord&metadataPrefix=ivo_vor&identifier=" + enc(id));
        HttpResponse<String> live = HTTP.send(HttpRequest.newBuilder(URI.create(RunningServer.baseUrl() + "/" + root
            + "/capabilities")).build(), HttpResponse.BodyHandlers.ofString());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document caps = f.newDocumentBuilder().parse(new InputSource(new StringReader(live.body())));
        assertEquals(standardIds(caps), standardIds(record), root);
    }

    private static java.util.Set<String> standardIds(Document d) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        NodeList caps = d.getElementsByTagName("capability");
        for (int i = 0; i < caps.getLength(); i++) {
            out.add(((Element) caps.item(i)).getAttribute("standardID"));
        }
        return out;
    }

    @Test
    void postWorksLikeGet() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(RunningServer.baseUrl() + "/oai"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("verb=Identify")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        IvoaSchemas.assertValid(r.body(), "POST Identify");
        assertTrue(r.body().contains("<oai:baseURL>" + RunningServer.baseUrl() + "/oai</oai:baseURL>"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "verb=Nonsense", "verb=GetRecord&identifier=not%20a%20uri&metadataPrefix=ivo_vor",
        "verb=ListRecords&metadataPrefix=ivo_vor&from=never", "verb=ListRecords&resumptionToken=%25%25%25"})
    void protocolErrorsAreOaiErrorsWithHttp200(String query) throws Exception {
        Document d = get(query);
        assertEquals(1, d.getElementsByTagNameNS(OAI, "error").getLength(), query);
    }

    static Document get(String query) throws Exception {
        String xml = text(query);
        IvoaSchemas.assertValid(xml, "OAI-PMH " + query);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static String text(String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(RunningServer.baseUrl() + "/oai"
            + (query.isEmpty() ? "" : "?" + query))).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        return r.body();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
