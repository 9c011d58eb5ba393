package org.ozvo.server.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ozvo.server.testing.IvoaSchemas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class OaiPmhTest {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    private final OaiPmh oai = RegistryFixtures.responder(100);

    @Test
    void identifyDescribesTheRegistryWithItsOwnRecord() throws Exception {
        Document d = call(oai, "verb", "Identify");
        assertEquals("http://example.org:8093/vo/oai", text(d, "baseURL"));
        assertEquals("2.0", text(d, "protocolVersion"));
        assertEquals("team@test.ozvo.org", text(d, "adminEmail"));
        assertEquals("2024-05-01T10:00:00Z", text(d, "earliestDatestamp"));
        assertEquals("YYYY-MM-DDThh:mm:ssZ", text(d, "granularity"));
        assertEquals("transient", text(d, "deletedRecord"));
        Element resource = (Element) d.getElementsByTagNameNS("http://www.ivoa.net/xml/RegistryInterface/v1.0", "Resource").item(0);
        assertEquals("vg:Registry", resource.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"));
        assertEquals("2024-06-01T12:00:00Z", text(d, "responseDate"));
        assertEquals("Identify", ((Element) d.getElementsByTagNameNS(OAI, "request").item(0)).getAttribute("verb"));
    }

    @Test
    void listMetadataFormatsOffersVoResourceAndDublinCore() throws Exception {
        Document d = call(oai, "verb", "ListMetadataFormats");
        assertEquals(List.of("ivo_vor", "oai_dc"), texts(d, "metadataPrefix"));
        assertEquals(List.of("http://www.ivoa.net/xml/RegistryInterface/v1.0", "http://www.openarchives.org/OAI/2.0/oai_dc/"),
            texts(d, "metadataNamespace"));
        assertEquals(List.of("ivo_vor", "oai_dc"),
            texts(call(oai, "verb", "ListMetadataFormats", "identifier", "ivo://test.ozvo.org/sia2"), "metadataPrefix"));
        assertEquals("idDoesNotExist", errorCode(call(oai, "verb", "ListMetadataFormats", "identifier", "ivo://nope/x")));
    }

    @Test
    void listSetsHasIvoManaged() throws Exception {
        assertEquals(List.of("ivo_managed"), texts(call(oai, "verb", "ListSets"), "setSpec"));
    }

    @Test
    void listRecordsInBothFormatsCoversEveryRecord() throws Exception {
        for (String prefix : List.of("ivo_vor", "oai_dc")) {
            Document d = call(oai, "verb", "ListRecords", "metadataPrefix", prefix);
            assertEquals(8, d.getElementsByTagNameNS(OAI, "record").getLength(), prefix);
            assertEquals(java.util.Collections.nCopies(8, "ivo_managed"), texts(d, "setSpec"));
            assertNull(d.getElementsByTagNameNS(OAI, "resumptionToken").item(0), "one page suffices");
        }
        Document withSet = call(oai, "verb", "ListIdentifiers", "metadataPrefix", "ivo_vor", "set", "ivo_managed");
        assertEquals(8, withSet.getElementsByTagNameNS(OAI, "header").getLength());
    }

    @Test
    void getRecordInBothFormats() throws Exception {
        for (String id : List.of("ivo://test.ozvo.org/sia2", "ivo://test.ozvo.org/registry", "ivo://test.ozvo.org")) {
            Document vor = call(oai, "verb", "GetRecord", "identifier", id, "metadataPrefix", "ivo_vor");
            assertEquals(id, text(vor, "identifier"));
            assertEquals(1, vor.getElementsByTagNameNS("http://www.ivoa.net/xml/RegistryInterface/v1.0", "Resource").getLength());
            Document dc = call(oai, "verb", "GetRecord", "identifier", id, "metadataPrefix", "oai_dc");
            assertEquals(1, dc.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").getLength());
        }
    }

    @Test
    void resumptionTokensPageThroughTheWholeList() throws Exception {
        OaiPmh paged = RegistryFixtures.responder(2);
        List<String> seen = new ArrayList<>();
        Document d = call(paged, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc");
        List<String> cursors = new ArrayList<>();
        while (true) {
            seen.addAll(texts(d, "identifier"));
            Element token = (Element) d.getElementsByTagNameNS(OAI, "resumptionToken").item(0);
            assertNotNull(token);
            assertEquals("8", token.getAttribute("completeListSize"));
            cursors.add(token.getAttribute("cursor"));
            if (token.getTextContent().isEmpty()) {
                break;
            }
            d = call(paged, "verb", "ListIdentifiers", "resumptionToken", token.getTextContent());
        }
        assertEquals(List.of("0", "2", "4", "6"), cursors);
        assertEquals(RegistryFixtures.records(RegistryFixtures.identity(2)).stream().map(ResourceRecord::ivoid).toList(), seen);
    }

    @Test
    void aTokenFromAnOlderListIsRefused() throws Exception {
        OaiPmh paged = RegistryFixtures.responder(2);
        String token = text(call(paged, "verb", "ListRecords", "metadataPrefix", "ivo_vor"), "resumptionToken");
        RegistryIdentity id = RegistryFixtures.identity(2);
        // The same server state, except that the SIA2 record changed an hour later.
        RecordDatestamps changed = new RecordDatestamps(null);
        Map<String, String> original = new LinkedHashMap<>();
        RegistryFixtures.records(id).forEach(r -> original.put(r.ivoid(), RegistryContent.fingerprint(r, id)));
        original.put("ivo://test.ozvo.org/sia2", "older-content");
        changed.update(original, RegistryFixtures.T0);
        OaiPmh later = RegistryContent.responder("http://example.org:8093/vo/oai", id, RegistryFixtures.records(id),
            changed, RegistryFixtures.T0.plusSeconds(3600));
        assertEquals("2024-05-01T11:00:00Z", text(call(later, "verb", "GetRecord", "identifier",
            "ivo://test.ozvo.org/sia2", "metadataPrefix", "ivo_vor"), "datestamp"));
        assertEquals("2024-05-01T10:00:00Z", text(call(later, "verb", "GetRecord", "identifier",
            "ivo://test.ozvo.org/slink", "metadataPrefix", "ivo_vor"), "datestamp"));
        assertEquals("badResumptionToken", errorCode(call(later, "verb", "ListRecords", "resumptionToken", token)));
    }

    @Test
    void dateFiltersSelectByDatestamp() throws Exception {
        assertEquals(8, call(oai, "verb", "ListIdentifiers", "metadataPrefix", "ivo_vor", "from", "2024-05-01")
            .getElementsByTagNameNS(OAI, "header").getLength());
        assertEquals(8, call(oai, "verb", "ListIdentifiers", "metadataPrefix", "ivo_vor", "from", "2024-05-01T10:00:00Z",
            "until", "2024-05-01T10:00:00Z").getElementsByTagNameNS(OAI, "header").getLength());
        assertEquals(8, call(oai, "verb", "ListIdentifiers", "metadataPrefix", "ivo_vor", "until", "2024-05-01")
            .getElementsByTagNameNS(OAI, "header").getLength());
        assertEquals("noRecordsMatch", errorCode(call(oai, "verb", "ListRecords", "metadataPrefix", "ivo_vor",
            "from", "2024-05-01T10:00:01Z")));
        assertEquals("noRecordsMatch", errorCode(call(oai, "verb", "ListRecords", "metadataPrefix", "ivo_vor",
            "until", "2024-04-30")));
    }

    @Test
    void deletedRecordsKeepAHeaderWithoutMetadata() throws Exception {
        RegistryIdentity id = RegistryFixtures.identity(100);
        RecordDatestamps d = new RecordDatestamps(null);
        d.update(Map.of("ivo://test.ozvo.org/old-service", "x"), RegistryFixtures.T0.minusSeconds(86400));
        OaiPmh withDeleted = RegistryContent.responder("http://example.org:8093/vo/oai", id, RegistryFixtures.records(id),
            d, RegistryFixtures.T0);
        Document list = call(withDeleted, "verb", "ListRecords", "metadataPrefix", "ivo_vor");
        assertEquals(9, list.getElementsByTagNameNS(OAI, "record").getLength());
        assertEquals(8, list.getElementsByTagNameNS(OAI, "metadata").getLength());
        Document one = call(withDeleted, "verb", "GetRecord", "identifier", "ivo://test.ozvo.org/old-service",
            "metadataPrefix", "ivo_vor");
        assertEquals("deleted", ((Element) one.getElementsByTagNameNS(OAI, "header").item(0)).getAttribute("status"));
        assertEquals(0, one.getElementsByTagNameNS(OAI, "metadata").getLength());
        assertEquals("2024-05-01T10:00:00Z", text(one, "datestamp"), "the deletion is the last change");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                                                         | badVerb",
        "verb=Foo                                                   | badVerb",
        "verb=identify                                              | badVerb",
        "verb=Identify&verb=Identify                                | badVerb",
        "verb=Identify&metadataPrefix=ivo_vor                       | badArgument",
        "verb=ListRecords                                           | badArgument",
        "verb=ListRecords&metadataPrefix=ivo_vor&metadataPrefix=oai_dc | badArgument",
        "verb=ListRecords&metadataPrefix=ivo_vor&from=2024-13-01    | badArgument",
        "verb=ListRecords&metadataPrefix=ivo_vor&from=yesterday     | badArgument",
        "verb=ListRecords&metadataPrefix=ivo_vor&from=2024-01-01&until=2024-01-01T00:00:00Z | badArgument",
        "verb=ListRecords&metadataPrefix=ivo_vor&from=2024-02-01&until=2024-01-01 | badArgument",
        "verb=ListRecords&metadataPrefix=ivo_vor&resumptionToken=abc | badArgument",
        "verb=GetRecord&identifier=ivo://test.ozvo.org/sia2         | badArgument",
        "verb=GetRecord&metadataPrefix=ivo_vor                      | badArgument",
        "verb=ListRecords&resumptionToken=not-a-token               | badResumptionToken",
        "verb=ListSets&resumptionToken=abc                          | badResumptionToken",
        "verb=ListRecords&metadataPrefix=marc21                     | cannotDisseminateFormat",
        "verb=GetRecord&identifier=ivo://test.ozvo.org/sia2&metadataPrefix=dc | cannotDisseminateFormat",
        "verb=GetRecord&identifier=bad identifier with spaces&metadataPrefix=ivo_vor | idDoesNotExist",
        "verb=GetRecord&identifier=ivo://test.ozvo.org/none&metadataPrefix=ivo_vor | idDoesNotExist",
        "verb=ListIdentifiers&metadataPrefix=ivo_vor&set=local      | noRecordsMatch",
    })
    void problemsAreOaiErrorsInValidDocuments(String query, String code) throws Exception {
        Document d = call(oai, args(query));
        assertEquals(code, errorCode(d));
        Element request = (Element) d.getElementsByTagNameNS(OAI, "request").item(0);
        if (code.equals("badVerb") || code.equals("badArgument")) {
            assertFalse(request.hasAttributes(), "no arguments echoed after " + code);
        } else {
            assertTrue(request.hasAttribute("verb"));
        }
        assertEquals("http://example.org:8093/vo/oai", request.getTextContent());
    }

    static Document call(OaiPmh oai, String... kv) throws Exception {
        Map<String, List<String>> args = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            args.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
        }
        return call(oai, args);
    }

    static Document call(OaiPmh oai, Map<String, List<String>> args) throws Exception {
        String xml = oai.respond(args, NOW);
        IvoaSchemas.assertValid(xml, "OAI-PMH response to " + args);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static Map<String, List<String>> args(String query) {
        Map<String, List<String>> args = new LinkedHashMap<>();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                args.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>()).add(pair.substring(eq + 1));
            }
        }
        return args;
    }

    static String errorCode(Document d) {
        Element e = (Element) d.getElementsByTagNameNS(OAI, "error").item(0);
        return e == null ? null : e.getAttribute("code");
    }

    static String text(Document d, String name) {
        NodeList n = d.getElementsByTagNameNS(OAI, name);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    static List<String> texts(Document d, String name) {
        NodeList n = d.getElementsByTagNameNS(OAI, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) {
            out.add(n.item(i).getTextContent());
        }
        return out;
    }
}
