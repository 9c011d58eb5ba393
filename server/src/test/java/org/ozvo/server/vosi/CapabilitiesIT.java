package org.ozvo.server.vosi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ozvo.server.testing.IvoaSchemas;
import org.ozvo.server.testing.RunningServer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every service root answers VOSI capabilities and availability with schema-valid documents
 * whose capabilities carry standardIDs and point back at the same server (DALI-1, VOSI-1..6).
 */
class CapabilitiesIT {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ParameterizedTest
    @ValueSource(strings = {"sia2", "datalink", "slink", "ssa", "tap"})
    void capabilitiesAreValidAndListTheVosiEndpoints(String root) throws Exception {
        HttpResponse<String> r = get(root + "/capabilities");
        assumeTrue(r.statusCode() != 404 || !List.of("ssa", "tap").contains(root),
            root + " is not deployed yet");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").contains("xml"));
        IvoaSchemas.assertValid(r.body(), root + "/capabilities");
        Document d = CapabilitiesDocumentTest.parse(r.body());
        List<Element> caps = CapabilitiesDocumentTest.children(d.getDocumentElement(), "capability");
        List<String> ids = caps.stream().map(c -> c.getAttribute("standardID")).toList();
        assertTrue(ids.stream().noneMatch(String::isEmpty), "every capability has a standardID: " + ids);
        assertTrue(ids.contains("ivo://ivoa.net/std/VOSI#capabilities"), ids.toString());
        assertTrue(ids.contains("ivo://ivoa.net/std/VOSI#availability"), ids.toString());
        for (Element c : caps) {
            for (Element i : CapabilitiesDocumentTest.children(c, "interface")) {
                for (Element u : CapabilitiesDocumentTest.children(i, "accessURL")) {
                    assertTrue(u.getTextContent().startsWith(RunningServer.baseUrl() + "/"), u.getTextContent());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sia2", "datalink", "slink", "ssa", "tap"})
    void availabilityIsValid(String root) throws Exception {
        HttpResponse<String> r = get(root + "/availability");
        assumeTrue(r.statusCode() != 404 || !List.of("ssa", "tap").contains(root), root + " is not deployed yet");
        assertEquals(200, r.statusCode(), r.body());
        IvoaSchemas.assertValid(r.body(), root + "/availability");
        assertTrue(r.body().contains("<vosi:available>true</vosi:available>"), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sia2/query", "datalink/links", "slink"})
    void aClientGivenTheEndpointFindsTheSiblingCapabilities(String endpoint) throws Exception {
        // DALI-1: ../capabilities of the endpoint, as pyvo computes it.
        String sibling = endpoint.contains("/") ? endpoint.substring(0, endpoint.lastIndexOf('/')) + "/capabilities"
            : endpoint + "/capabilities";
        assertEquals(200, get(sibling).statusCode(), sibling);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tap/tables"})
    void tablesAreValid(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assumeTrue(r.statusCode() != 404, "TAP is not deployed yet");
        IvoaSchemas.assertValid(r.body(), path);
        IvoaSchemas.assertValid(get(path + "?detail=min").body(), path + "?detail=min");
        IvoaSchemas.assertValid(get(path + "/ivoa.obscore").body(), path + "/ivoa.obscore");
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(RunningServer.baseUrl() + "/" + path))
            .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
