package org.ozvo.server.vosi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.path.xml.XmlPath;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ozvo.server.testing.RunningServer;

/**
 * Stops the local PostgreSQL cluster under the running server, then starts it again: VOSI
 * availability must follow without a restart of the server. Needs root (pg_ctlcluster), as
 * bin/test has on CI machines.
 */
class DatabaseOutageIT {

    @Test
    void availabilityFollowsTheDatabaseDownAndUpAgain() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to stop and start PostgreSQL");
        String base = RunningServer.baseUrl();
        assertEquals("true", available(base));
        try {
            cluster("stop");
            assertEquals("false", available(base));
        } finally {
            cluster("start");
        }
        // The pool validates connections on checkout, so the first check after restart heals.
        String after = "false";
        for (int i = 0; i < 20 && !"true".equals(after); i++) {
            Thread.sleep(500);
            after = available(base);
        }
        assertEquals("true", after);
    }

    private static String available(String base) {
        String body = given().baseUri(base).when().get("/availability").then().statusCode(200).extract().asString();
        return new XmlPath(body).getString("availability.available");
    }

    private static void cluster(String action) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pg_ctlcluster", "15", "main", action).inheritIO().start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("pg_ctlcluster 15 main " + action + " failed");
        }
    }
}
