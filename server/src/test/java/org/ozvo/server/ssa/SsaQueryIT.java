package org.ozvo.server.ssa;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ozvo.server.testing.ArchiveFixture;
import org.ozvo.server.testing.VoTableDoc;
import org.ozvo.server.testing.Votlint;

/**
 * SSA 1.1 queryData against the running server and the ingested sample archive: results,
 * constraints (checked against the database as oracle), overflow, FORMAT=METADATA and errors;
 * every VOTable passes votlint.
 */
class SsaQueryIT {

    /** The fixture's collections as a COLLECTION value (exact names, so nobody else's rows match). */
    private static final String MINE = String.join(",", new java.util.TreeSet<>(ArchiveFixture.COLLECTIONS.values()));

    private static ArchiveFixture fixture;
    private static String ozdes;
    /** An OzDES target with a combined spectrum and at least two epochs. */
    private static String target;
    private static double ra;
    private static double dec;

    @BeforeAll
    static void archive() {
        fixture = ArchiveFixture.get();
        ozdes = fixture.collection("ozdes");
        target = fixture.column("SELECT target_name FROM ivoa.obscore WHERE obs_collection = ? GROUP BY target_name"
            + " HAVING count(*) >= 3 AND bool_or(dataproduct_subtype = 'combined') ORDER BY target_name LIMIT 1", ozdes)
            .get(0);
        ra = Double.parseDouble(fixture.column("SELECT s_ra FROM ivoa.obscore WHERE obs_collection = ? AND target_name = ?"
            + " AND dataproduct_subtype = 'combined'", ozdes, target).get(0));
        dec = Double.parseDouble(fixture.column("SELECT s_dec FROM ivoa.obscore WHERE obs_collection = ?"
            + " AND target_name = ? AND dataproduct_subtype = 'combined'", ozdes, target).get(0));
    }

    static Response ssa(Object... nameValues) {
        var spec = given().baseUri(fixture.baseUrl()).urlEncodingEnabled(true);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            spec = spec.queryParam((String) nameValues[i], nameValues[i + 1]);
        }
        return spec.when().get("/ssa/query");
    }

    static VoTableDoc ok(Response r, String what) {
        r.then().statusCode(200).contentType(containsString("votable"));
        byte[] body = r.asByteArray();
        Votlint.assertClean(body, what);
        VoTableDoc doc = VoTableDoc.parse(body);
        assertTrue(doc.status().equals("OK") || doc.status().equals("OVERFLOW"), what + ": " + doc.infos());
        return doc;
    }

    private static Set<String> dids(VoTableDoc doc) {
        return new HashSet<>(doc.values("obs_publisher_did"));
    }

    /** The spectra of the fixture's collections matching a condition, by the database itself. */
    private Set<String> oracle(String where, Object... binds) {
        return new HashSet<>(fixture.column("SELECT obs_publisher_did FROM ivoa.obscore WHERE dataproduct_type ="
            + " 'spectrum' AND obs_collection = ANY (string_to_array('" + MINE + "', ',')) AND " + where, binds));
    }

    /** Like {@link #oracle} over every collection: for constraints that do not restrict the collection. */
    private Set<String> oracleAll(String where, Object... binds) {
        return new HashSet<>(fixture.column("SELECT obs_publisher_did FROM ivoa.obscore WHERE dataproduct_type ="
            + " 'spectrum' AND " + where, binds));
    }

    @Test
    void coneSearchReturnsTheTargetNearestFirstWithSsaMetadata() {
        VoTableDoc doc = ok(ssa("REQUEST", "queryData", "POS", ra + "," + dec, "SIZE", "0.02"), "cone search");
        assertEquals("1.4", doc.version());
        assertEquals("INFO:QUERY_STATUS", doc.resultsChildren().get(0), "QUERY_STATUS leads the results RESOURCE");
        assertTrue(doc.infos().stream().anyMatch(i -> i.get("name").equals("SERVICE_PROTOCOL")
            && i.get("value").equals("1.1") && i.get("text").equals("SSAP")));
        List<String> scores = doc.values("score");
        assertFalse(scores.isEmpty());
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(Double.parseDouble(scores.get(i - 1)) <= Double.parseDouble(scores.get(i)), "ordered by distance");
        }
        assertTrue(Double.parseDouble(scores.get(0)) < 1.0, "the target itself comes first");
        assertTrue(doc.values("target_name").contains(target));
        // cone of 0.01 deg radius around the target, by the database itself
        Set<String> expected = oracleAll("s_pos @ scircle(spoint(radians(?), radians(?)), radians(0.01))", ra, dec);
        Set<String> got = dids(doc);
        assertTrue(got.containsAll(expected), "missing " + expected + " in " + got);
        for (String a : doc.values("accref")) {
            assertTrue(a.startsWith(fixture.baseUrl() + "/slink?ID="), a);
        }
        assertEquals(Set.of("application/fits"), new HashSet<>(doc.values("mime")));
        assertTrue(doc.values("access_url").stream().allMatch(u -> u.contains("/datalink/links?ID=")));
        assertTrue(doc.values("full_data_url").stream().allMatch(u -> u.contains("/slink/original?ID=")));
        Map<String, String> link = doc.metaResources().get(0);
        assertEquals("adhoc:service", link.get("utype"));
        assertEquals("ivo://ivoa.net/std/DataLink#links-1.1", link.get("PARAM:standardID"));
        assertEquals("pubdid", link.get("REF:ID"));
        assertEquals("pubdid", doc.fields().get(doc.column("obs_publisher_did")).get("ID"));
    }

    @Test
    void everyMandatoryFieldCarriesItsExactUtype() {
        VoTableDoc doc = ok(ssa("REQUEST", "queryData", "MAXREC", "1"), "any row");
        for (String utype : List.of("ssa:Access.Reference", "ssa:Access.Format", "ssa:Dataset.DataModel",
            "ssa:Dataset.Length", "ssa:DataID.Title", "ssa:Curation.Publisher",
            "ssa:Char.SpatialAxis.Coverage.Location.Value", "ssa:Char.SpatialAxis.Coverage.Bounds.Extent",
            "ssa:Char.TimeAxis.Coverage.Location.Value", "ssa:Char.SpectralAxis.Coverage.Location.Value",
            "ssa:Char.SpectralAxis.Coverage.Bounds.Extent", "ssa:Target.Pos", "ssa:DataID.Date")) {
            assertTrue(doc.columnByUtype(utype) >= 0, "missing FIELD with utype " + utype);
        }
        assertEquals(1, doc.rows().size());
    }

    @Test
    void targetNameFindsTheCombinedSpectrumAndEveryEpoch() {
        VoTableDoc doc = ok(ssa("REQUEST", "queryData", "TARGETNAME", target.toLowerCase()), "TARGETNAME");
        assertEquals(oracleAll("lower(target_name) = lower(?)", target), dids(doc));
        VoTableDoc mine = ok(ssa("REQUEST", "queryData", "TARGETNAME", target, "COLLECTION", ozdes), "TARGETNAME");
        assertEquals(oracle("lower(target_name) = lower(?) AND obs_collection = ?", target, ozdes), dids(mine));
        Set<String> subtypes = new HashSet<>(mine.values("dataproduct_subtype"));
        assertTrue(subtypes.containsAll(List.of("combined", "epoch")), subtypes.toString());
        assertTrue(mine.rows().size() >= 3);
    }

    @Test
    void collectionMatchesByPartAndCaseInsensitively() {
        VoTableDoc doc = ok(ssa("REQUEST", "queryData", "COLLECTION", "IT_OZDES", "MAXREC", "10000"), "COLLECTION");
        assertEquals(Set.of(ozdes), new HashSet<>(doc.values("obs_collection")));
        assertEquals(oracle("obs_collection = ?", ozdes), dids(doc));
        VoTableDoc none = ok(ssa("REQUEST", "queryData", "COLLECTION", "no_such_survey"), "unknown COLLECTION");
        assertEquals(0, none.rows().size());
        assertEquals("OK", none.status());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "BAND|5e-7/5.1e-7|em_max >= 5e-7 AND em_min <= 5.1e-7",
        "BAND|9.4e-7|em_min <= 9.4e-7 AND em_max >= 9.4e-7",
        "BAND|/3.75e-7|em_min <= 3.75e-7",
        "BANDREST|6.5e-7/6.6e-7|em_max_rest >= 6.5e-7 AND em_min_rest <= 6.6e-7",
        "BAND|3.7e-7/3.71e-7;source|em_max_rest >= 3.7e-7 AND em_min_rest <= 3.71e-7",
        "REDSHIFT|0.1/0.3|redshift BETWEEN 0.1 AND 0.3",
        "TIME|2015/2016|t_max >= 57023 AND t_min < 57754",
        "SPECRP|1300|em_res_power >= 1300",
        "SNR|5|em_snr >= 5",
        "DPSUBTYPE|epoch|dataproduct_subtype = 'epoch'"})
    void constraintsSelectWhatTheDatabaseSays(String param, String value, String where) {
        VoTableDoc doc = ok(ssa("REQUEST", "queryData", param, value, "COLLECTION", MINE, "MAXREC", "10000"), param);
        assertEquals(oracle(where), dids(doc), param + "=" + value);
    }

    @Test
    void maxrecTruncatesAndReportsOverflow() {
        VoTableDoc one = ok(ssa("REQUEST", "queryData", "COLLECTION", MINE, "MAXREC", "1"), "MAXREC=1");
        assertEquals(1, one.rows().size());
        List<Map<String, String>> statuses = new ArrayList<>(one.infos().stream()
            .filter(i -> i.get("name").equals("QUERY_STATUS")).toList());
        assertEquals("OVERFLOW", statuses.get(statuses.size() - 1).get("value"));
        VoTableDoc zero = ok(ssa("REQUEST", "queryData", "MAXREC", "0"), "MAXREC=0");
        assertEquals("OVERFLOW", zero.status());
        assertEquals(0, zero.rows().size());
        assertTrue(zero.fields().size() > 40);
        VoTableDoc top = ok(ssa("REQUEST", "queryData", "POS", ra + "," + dec, "SIZE", "1", "TOP", "2"), "TOP");
        assertEquals(2, top.rows().size());
        assertTrue(top.infos().stream().noneMatch(i -> "OVERFLOW".equals(i.get("value"))), "TOP is no overflow");
    }

    @Test
    void postAndMixedCaseNamesWorkLikeGet() {
        Response post = given().baseUri(fixture.baseUrl()).contentType("application/x-www-form-urlencoded")
            .formParam("request", "queryData").formParam("TargetName", target).when().post("/ssa/query");
        VoTableDoc doc = ok(post, "POST");
        assertEquals(oracleAll("lower(target_name) = lower(?)", target), dids(doc));
    }

    @Test
    void formatMetadataDescribesEveryParameterAndField() {
        VoTableDoc doc = ok(ssa("REQUEST", "queryData", "FORMAT", "METADATA"), "FORMAT=METADATA");
        assertEquals("OK", doc.status());
        Set<String> names = new HashSet<>();
        doc.params().forEach(p -> names.add(p.get("name")));
        for (String p : List.of("POS", "SIZE", "BAND", "TIME", "FORMAT", "MAXREC", "TARGETNAME", "COLLECTION",
            "REDSHIFT", "SPECRP", "SPATRES", "TIMERES", "PUBDID", "CREATORDID", "TOP", "MTIME", "BANDREST", "DPSUBTYPE")) {
            assertTrue(names.contains("INPUT:" + p), "missing INPUT:" + p + " in " + names);
        }
        assertEquals(0, doc.rows().size());
        assertTrue(doc.columnByUtype("ssa:Access.Reference") >= 0);
        String collection = doc.params().stream().filter(p -> p.get("name").equals("INPUT:COLLECTION")).findFirst()
            .orElseThrow().toString();
        assertTrue(collection.contains(ozdes), "the metadata lists the collections: " + collection);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {"POS|12.5", "POS|abc,def", "POS|10,95", "SIZE|-0.1", "BAND|6e-7/5e-7",
        "BAND|optical", "TIME|2019/2010", "FORMAT|spreadsheet", "MAXREC|-3", "MAXREC|lots", "VERSION|3.0"})
    void badInputGivesAnSsaErrorDocument(String param, String value) {
        Response r = ssa("REQUEST", "queryData", "POS", param.equals("POS") ? value : "10,10", param, value);
        r.then().statusCode(200).contentType(containsString("votable")).body(not(containsString("<html")));
        byte[] body = r.asByteArray();
        Votlint.assertClean(body, "error for " + param);
        VoTableDoc doc = VoTableDoc.parse(body);
        assertEquals("ERROR", doc.status());
        assertTrue(doc.infos().get(0).get("text").toUpperCase().contains(param), doc.infos().toString());
        assertEquals("INFO:QUERY_STATUS", doc.resultsChildren().get(0));
    }

    @Test
    void missingRequestIsAnErrorToo() {
        VoTableDoc doc = VoTableDoc.parse(given().baseUri(fixture.baseUrl()).queryParam("POS", "1,1")
            .when().get("/ssa/query").then().statusCode(200).extract().asByteArray());
        assertEquals("ERROR", doc.status());
    }
}
