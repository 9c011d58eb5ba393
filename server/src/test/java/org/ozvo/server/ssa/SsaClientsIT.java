package org.ozvo.server.ssa;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ozvo.server.testing.ArchiveFixture;
import org.ozvo.server.testing.PythonClient;

/** SSA through the real clients: pyvo 1.2.1 with astropy, and the VOSI documents of the service. */
class SsaClientsIT {

    @Test
    void pyvoSearchesByPositionNameAndRestBandAndReadsTheFits() {
        ArchiveFixture f = ArchiveFixture.get();
        String ozdes = f.collection("ozdes");
        String target = f.column("SELECT target_name FROM ivoa.obscore WHERE obs_collection = ? GROUP BY 1"
            + " HAVING count(*) >= 3 AND bool_or(dataproduct_subtype = 'combined') ORDER BY 1 LIMIT 1", ozdes).get(0);
        String count = f.column("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = ? AND target_name = ?",
            ozdes, target).get(0);
        String pos = f.column("SELECT s_ra || ' ' || s_dec FROM ivoa.obscore WHERE obs_collection = ?"
            + " AND target_name = ? AND dataproduct_subtype = 'combined'", ozdes, target).get(0);
        String out = PythonClient.run("/ssa/pyvo_ssa.py", f.baseUrl(), pos.split(" ")[0], pos.split(" ")[1], target,
            count, ozdes);
        assertTrue(out.contains("all SSA client checks passed"), out);
    }

    /** STILTS (the engine of TOPCAT's SSA window) sends POS and SIZE and reads the SSA utypes. */
    @Test
    void stiltsConeSearchReadsTheResult() throws Exception {
        ArchiveFixture f = ArchiveFixture.get();
        String pos = f.column("SELECT s_ra || ' ' || s_dec FROM ivoa.obscore WHERE obs_collection = ?"
            + " AND dataproduct_subtype = 'combined' ORDER BY obs_publisher_did LIMIT 1", f.collection("ozdes")).get(0);
        Process p = new ProcessBuilder("stilts", "cone", "servicetype=ssa", "serviceurl=" + f.baseUrl() + "/ssa/query",
            "lon=" + pos.split(" ")[0], "lat=" + pos.split(" ")[1], "radius=0.001", "ofmt=csv", "out=-")
            .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), out);
        assertTrue(p.exitValue() == 0, "stilts cone failed:\n" + out);
        assertTrue(out.contains("accref") && out.contains("/slink?ID="), "STILTS got the rows:\n" + out);
    }

    @Test
    void vosiCapabilitiesAndAvailability() {
        String base = ArchiveFixture.get().baseUrl();
        given().baseUri(base).when().get("/ssa/capabilities").then().statusCode(200)
            .body(containsString("standardID=\"ivo://ivoa.net/std/SSA\""))
            .body(containsString("vs:ParamHTTP"))
            .body(containsString(base + "/ssa/query"))
            .body(containsString("<complianceLevel>"))
            .body(containsString("ivo://ivoa.net/std/VOSI#availability"))
            .body(containsString("ivo://ivoa.net/std/VOSI#capabilities"))
            .body(stringContainsInOrder("<complianceLevel>query</complianceLevel>", "<dataSource>survey</dataSource>",
                "<creationType>archival</creationType>", "<supportedFrame>ICRS</supportedFrame>",
                "<maxSearchRadius>", "<maxRecords>", "<defaultMaxRecords>", "<testQuery>"));
        given().baseUri(base).when().get("/ssa/availability").then().statusCode(200)
            .body(containsString("<vosi:available>true</vosi:available>"));
    }
}
