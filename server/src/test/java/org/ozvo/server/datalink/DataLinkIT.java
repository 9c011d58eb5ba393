package org.ozvo.server.datalink;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ozvo.server.testing.ArchiveFixture;
import org.ozvo.server.testing.PythonClient;
import org.ozvo.server.testing.VoTableDoc;
import org.ozvo.server.testing.Votlint;

/** DataLink {links} against the sample archive, by hand and through pyvo. */
class DataLinkIT {

    private static ArchiveFixture fixture;
    private static List<String> spectra;
    private static String image;

    @BeforeAll
    static void archive() {
        fixture = ArchiveFixture.get();
        spectra = fixture.column("SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_collection = ?"
            + " AND dataproduct_type = 'spectrum' ORDER BY obs_publisher_did LIMIT 3", fixture.collection("ozdes"));
        image = fixture.column("SELECT obs_publisher_did FROM ivoa.obscore WHERE obs_collection = ?"
            + " AND dataproduct_type = 'image' ORDER BY 1 LIMIT 1", fixture.collection("6dfgs")).get(0);
    }

    private static VoTableDoc links(Response r) {
        r.then().statusCode(200).contentType(equalTo("application/x-votable+xml;content=datalink"));
        byte[] body = r.asByteArray();
        Votlint.assertClean(body, "{links}");
        VoTableDoc doc = VoTableDoc.parse(body);
        assertEquals("OK", doc.status());
        assertTrue(doc.infos().stream().anyMatch(i -> i.get("name").equals("standardID")
            && i.get("value").equals("ivo://ivoa.net/std/DataLink#links-1.1")));
        return doc;
    }

    @Test
    void manyIdsByPostIncludingAnUnknownOneGiveGroupedRows() {
        String unknown = "ivo://demo.ozvo.org/archive?nothing/../../etc/passwd";
        var post = given().baseUri(fixture.baseUrl()).contentType("application/x-www-form-urlencoded");
        List<String> ids = new ArrayList<>(spectra);
        ids.add(1, unknown);
        ids.add(image);
        for (String id : ids) {
            post = post.formParam("ID", id);
        }
        VoTableDoc doc = links(post.when().post("/datalink/links"));
        assertEquals(List.of("ID", "access_url", "service_def", "error_message", "description", "semantics",
            "content_type", "content_length"), doc.fields().stream().map(f -> f.get("name")).toList());
        assertEquals("long", doc.fields().get(7).get("datatype"));
        assertEquals("meta.id;meta.main", doc.fields().get(0).get("ucd"));
        List<String> order = new ArrayList<>(new LinkedHashSet<>(doc.values("ID")));
        assertEquals(ids, order, "IDs echoed byte-identical, grouped, in request order");
        int row = doc.values("ID").indexOf(unknown);
        assertEquals("#this", doc.values("semantics").get(row));
        assertTrue(doc.values("error_message").get(row).startsWith("NotFoundFault: "), "error row for an unknown ID");
        for (List<String> r : doc.rows()) {
            long set = r.subList(1, 4).stream().filter(c -> !c.isEmpty()).count();
            assertEquals(1, set, "exactly one of access_url, service_def, error_message: " + r);
        }
        // every spectrum: FITS and VOTable #this, #progenitor, #preview-plot, #cutout with its descriptor
        for (String id : spectra) {
            List<String> semantics = new ArrayList<>();
            for (List<String> r : doc.rows()) {
                if (r.get(0).equals(id)) {
                    semantics.add(r.get(5));
                }
            }
            assertEquals(List.of("#this", "#this", "#progenitor", "#preview-plot", "#cutout"), semantics, id);
        }
        List<Map<String, String>> descriptors = doc.metaResources();
        assertEquals(spectra.size(), descriptors.size(), "one SODA descriptor per spectrum, none for the image");
        for (Map<String, String> d : descriptors) {
            assertEquals("ivo://ivoa.net/std/SODA#sync-1.0", d.get("PARAM:standardID"));
            assertTrue(spectra.contains(d.get("PARAM:ID")));
            assertTrue(doc.values("service_def").contains(d.get("ID")), "service_def refers to " + d.get("ID"));
        }
        assertTrue(doc.values("semantics").contains("#preview-image"));
    }

    @Test
    void contentTypeAndLengthDescribeWhatTheLinksDeliver() {
        VoTableDoc doc = links(given().baseUri(fixture.baseUrl()).queryParam("ID", spectra.get(0))
            .when().get("/datalink/links"));
        for (int i = 0; i < doc.rows().size(); i++) {
            List<String> r = doc.rows().get(i);
            if (r.get(1).isEmpty() || r.get(7).isEmpty()) {
                continue;
            }
            Response file = given().urlEncodingEnabled(false).when().get(r.get(1));
            file.then().statusCode(200).contentType(containsString(r.get(6)));
            assertEquals(Long.parseLong(r.get(7)), file.asByteArray().length, "content_length of " + r.get(5));
        }
        assertTrue(doc.values("content_length").stream().filter(s -> !s.isEmpty()).count() >= 2);
    }

    @Test
    void noIdGivesAnEmptyTableAndABadFormatAUsageFault() {
        VoTableDoc empty = links(given().baseUri(fixture.baseUrl()).when().get("/datalink/links"));
        assertEquals(0, empty.rows().size());
        byte[] bad = given().baseUri(fixture.baseUrl()).queryParam("ID", spectra.get(0))
            .queryParam("RESPONSEFORMAT", "text/csv").when().get("/datalink/links")
            .then().statusCode(400).contentType(containsString("votable")).extract().asByteArray();
        Votlint.assertClean(bad, "{links} error");
        VoTableDoc doc = VoTableDoc.parse(bad);
        assertEquals("ERROR", doc.status());
        assertTrue(doc.infos().get(0).get("text").startsWith("UsageFault: "));
    }

    @Test
    void maxrecCapsTheIdsWithoutSplittingOne() {
        VoTableDoc doc = links(given().baseUri(fixture.baseUrl()).queryParam("ID", spectra.get(0))
            .queryParam("ID", spectra.get(1)).queryParam("MAXREC", "1").when().get("/datalink/links"));
        assertEquals(List.of(spectra.get(0)), new ArrayList<>(new LinkedHashSet<>(doc.values("ID"))));
        assertEquals(5, doc.rows().size());
        assertEquals("OVERFLOW", doc.infos().get(doc.infos().size() - 1).get("value"));
    }

    @Test
    void pyvoFollowsTheLinksAndCallsTheCutout() {
        String out = PythonClient.run("/datalink/pyvo_datalink.py", fixture.baseUrl(), spectra.get(0));
        assertNotNull(out);
        assertTrue(out.contains("all DataLink client checks passed"), out);
    }
}
