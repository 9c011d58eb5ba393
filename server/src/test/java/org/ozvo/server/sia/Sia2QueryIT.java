package org.ozvo.server.sia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ozvo.server.testing.IvoaSchemas;
import org.ozvo.server.testing.RunningServer;
import org.ozvo.testing.TestDatabase;

/**
 * SIA 2.0 queries against the running server, as a table of (parameters, expected rows) over
 * synthetic rows of a collection of their own ({@link Sia2TestRows}).
 */
class Sia2QueryIT {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static Sia2TestRows rows;

    @BeforeAll
    static void insertRows() throws Exception {
        rows = new Sia2TestRows("sia2_it_" + Long.toString(System.nanoTime(), 36));
        rows.insert(TestDatabase.owner());
        RunningServer.baseUrl();
    }

    @AfterAll
    static void deleteRows() throws Exception {
        rows.delete(TestDatabase.owner());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                                                      | img-a img-b cube-c img-e img-f",
        "POS=CIRCLE 10 -30 0.05                                  | img-a",
        "POS=CIRCLE 10.0 -30.0 0.05&POS=CIRCLE 10.5 -30.0 0.05   | img-a img-b",
        "POS=RANGE 359 1 -1 1                                    | img-e",
        "POS=RANGE -Inf +Inf -31 -29                             | img-a img-b",
        "POS=POLYGON 9.95 -30.05 10.05 -30.05 10.05 -29.95       | img-a",
        "POS=CIRCLE 100 50 1                                     | ''",
        "BAND=5e-7                                               | img-a cube-c img-e",
        "BAND=1.3e-6 +Inf                                        | img-b",
        "BAND=1.3e-06 inf                                        | img-b",
        "BAND=-inf 3e-7                                          | ''",
        "BAND=5.5e-7&BAND=1.3e-6                                 | img-a img-b cube-c img-e",
        "TIME=51000.005                                          | img-a",
        "TIME=51999 +Inf                                         | img-b cube-c img-e",
        "POL=I                                                   | img-b cube-c",
        "POL=Q                                                   | cube-c",
        "POL=V                                                   | ''",
        "FOV=0.1 0.3                                             | img-a img-b img-e",
        "SPATRES=0 1.1                                           | img-a cube-c",
        "EXPTIME=100 +Inf                                        | img-a cube-c img-e",
        "TIMERES=3000 4000                                       | cube-c",
        "SPECRP=500 2000                                         | img-a",
        "FACILITY=UKST                                           | img-a img-e",
        "INSTRUMENT=2MASS                                        | img-b",
        "DPTYPE=cube                                             | cube-c",
        "DPTYPE=spectrum                                         | ''",
        "CALIB=3                                                 | cube-c",
        "CALIB=1                                                 | img-f",
        "CALIB=2&CALIB=3                                         | img-a img-b cube-c img-e",
        "TARGET=TA                                               | img-a img-b",
        "TARGET=ta                                               | ''",
        "FORMAT=application/fits                                 | img-f",
        "POS=CIRCLE 10 -30 0.05&BAND=1.3e-6 inf                  | ''",
        "POS=CIRCLE 10 -30 0.05&FACILITY=UKST&EXPTIME=500 700    | img-a",
        "pos=CIRCLE 10 -30 0.05&Band=5e-7                        | img-a",
    })
    void parametersSelectTheExpectedRows(String query, String expected) throws Exception {
        HttpResponse<String> r = get(query + (query.isEmpty() ? "" : "&") + "COLLECTION=" + rows.collection());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(ids(expected), new TreeSet<>(new VotableRows(r.body()).column("obs_id")), query);
    }

    @Test
    void idsCompareCaseInsensitively() throws Exception {
        String a = rows.did("img-a").toUpperCase(java.util.Locale.ROOT);
        HttpResponse<String> r = get("ID=" + a + "&ID=" + rows.did("cube-c"));
        assertEquals(ids("img-a cube-c"), new TreeSet<>(new VotableRows(r.body()).column("obs_id")));
    }

    @Test
    void otherCollectionsAreNotMixedIn() throws Exception {
        HttpResponse<String> r = get("COLLECTION=" + rows.collection() + "-none");
        assertEquals(List.of(), new VotableRows(r.body()).column("obs_id"));
    }

    @Test
    void responseIsASchemaValidObsCoreVoTable() throws Exception {
        HttpResponse<String> r = get("COLLECTION=" + rows.collection() + "&POS=CIRCLE 10 -30 0.05");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-votable+xml"));
        IvoaSchemas.assertValid(r.body(), "SIA2 query response");
        VotableRows v = new VotableRows(r.body());
        assertEquals("OK", v.info("QUERY_STATUS"));
        assertEquals("ivo://ivoa.net/std/SIA#query-2.0", v.info("standardID"));
        assertTrue(v.fields.containsAll(List.of("dataproduct_type", "calib_level", "obs_collection", "obs_id",
            "obs_publisher_did", "access_url", "access_format", "s_ra", "s_dec", "s_fov", "s_region", "s_resolution",
            "t_min", "t_max", "t_exptime", "em_min", "em_max", "pol_states", "facility_name", "instrument_name")));
        assertEquals(rows.did("img-a"), v.rows.get(0).get("obs_publisher_did"));
        double[] region = Arrays.stream(v.rows.get(0).get("s_region").trim().split("\\s+"))
            .mapToDouble(Double::parseDouble).toArray();
        assertEquals(8, region.length);
        assertEquals(9.9, region[0], 1e-9);
        assertTrue(r.body().contains("utype=\"adhoc:service\""), "DataLink descriptor");
    }

    @Test
    void maxrecCutsAndReportsOverflow() throws Exception {
        VotableRows v = new VotableRows(get("COLLECTION=" + rows.collection() + "&MAXREC=2").body());
        assertEquals(List.of("cube-c", "img-a"), v.column("obs_id"), "ordered by publisher DID");
        assertTrue(v.infos("QUERY_STATUS").contains("OVERFLOW"), v.infos("QUERY_STATUS").toString());
        VotableRows exact = new VotableRows(get("COLLECTION=" + rows.collection() + "&MAXREC=5").body());
        assertEquals(5, exact.rows.size());
        assertEquals(List.of("OK"), exact.infos("QUERY_STATUS"));
    }

    @Test
    void maxrecZeroGivesMetadataAndTheParameterOptions() throws Exception {
        HttpResponse<String> r = get("MAXREC=0");
        assertEquals(200, r.statusCode());
        IvoaSchemas.assertValid(r.body(), "SIA2 MAXREC=0 response");
        VotableRows v = new VotableRows(r.body());
        assertEquals(0, v.rows.size());
        assertEquals("OVERFLOW", v.info("QUERY_STATUS"));
        assertTrue(r.body().contains("<OPTION value=\"" + rows.collection() + "\"/>"), "collection offered");
        assertTrue(r.body().contains("<OPTION value=\"cube\"/>"));
    }

    @Test
    void postGivesTheSameAnswerAsGet() throws Exception {
        String form = "POS=" + enc("CIRCLE 10 -30 0.05") + "&POS=" + enc("CIRCLE 10.5 -30 0.05") + "&COLLECTION="
            + enc(rows.collection());
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(RunningServer.baseUrl() + "/sia2/query"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(ids("img-a img-b"), new TreeSet<>(new VotableRows(r.body()).column("obs_id")));
    }

    @Test
    void otherFormatsComeFromTheSharedWriters() throws Exception {
        HttpResponse<String> r = get("COLLECTION=" + rows.collection() + "&TARGET=TA&RESPONSEFORMAT=csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = r.body().lines().toList();
        assertTrue(lines.get(0).startsWith("dataproduct_type,calib_level,obs_collection,obs_id,"), lines.get(0));
        assertEquals(3, lines.size());
    }

    @Test
    void badParametersAreDaliErrors() throws Exception {
        HttpResponse<String> r = get("POS=BOX 1 2 3 4");
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/x-votable+xml"));
        IvoaSchemas.assertValid(r.body(), "SIA2 error document");
        VotableRows v = new VotableRows(r.body());
        assertEquals("ERROR", v.info("QUERY_STATUS"));
        assertEquals("UsageFault: POS: unknown shape 'BOX'; expected CIRCLE, RANGE or POLYGON",
            v.doc.getElementsByTagNameNS(VotableRows.VOT, "INFO").item(0).getTextContent());

        HttpResponse<String> csv = get("CALIB=7&RESPONSEFORMAT=text/csv");
        assertEquals(400, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(csv.body().startsWith("UsageFault: CALIB"), csv.body());

        assertEquals(400, get("RESPONSEFORMAT=application/x-nonsense").statusCode());
        assertEquals(400, get("MAXREC=1&MAXREC=2").statusCode());
    }

    @Test
    void corsHeadersLetBrowserClientsRead() throws Exception {
        HttpResponse<String> r = get("MAXREC=0");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    static HttpResponse<String> get(String query) throws Exception {
        StringBuilder q = new StringBuilder();
        if (!query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                q.append(q.length() == 0 ? "?" : "&").append(enc(pair.substring(0, eq))).append('=')
                    .append(enc(pair.substring(eq + 1)));
            }
        }
        return HTTP.send(HttpRequest.newBuilder(URI.create(RunningServer.baseUrl() + "/sia2/query" + q))
            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Set<String> ids(String expected) {
        return expected.isBlank() ? Set.of() : new TreeSet<>(Arrays.stream(expected.trim().split("\\s+"))
            .collect(Collectors.toList()));
    }
}
