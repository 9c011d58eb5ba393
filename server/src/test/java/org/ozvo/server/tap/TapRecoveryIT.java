package org.ozvo.server.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.xml.XmlPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ozvo.testing.TestDatabase;

/**
 * What a restart leaves behind: a job still QUEUED and a job marked EXECUTING whose thread died
 * with the old server. Written straight into the job tables, as they are after a kill; the
 * running server must run the first and end the second in ERROR with a reason.
 */
class TapRecoveryIT {

    @BeforeAll
    static void fixture() throws Exception {
        TapFixture.load();
        Http.get(Http.tap() + "/availability"); // server up before rows appear
    }

    private static String insertJob(String phase, String query) throws SQLException {
        String id = UUID.randomUUID().toString().replace("-", "");
        try (Connection c = TestDatabase.owner().getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO uws.job (job_id, job_list, phase, creation_time,"
                    + " start_time, execution_duration, destruction) VALUES (?, 'tap', ?, now() - interval '2 hours',"
                    + " CASE WHEN ? = 'EXECUTING' THEN now() - interval '1 hour' END, 600, now() + interval '1 day')")) {
                ps.setString(1, id);
                ps.setString(2, phase);
                ps.setString(3, phase);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO uws.job_parameter (job_id, position, name, value)"
                    + " VALUES (?, 0, 'LANG', 'ADQL'), (?, 1, 'QUERY', ?)")) {
                ps.setString(1, id);
                ps.setString(2, id);
                ps.setString(3, query);
                ps.executeUpdate();
            }
        }
        return Http.tap() + "/async/" + id;
    }

    private static XmlPath awaitPhase(String url, String expected) throws Exception {
        XmlPath job = null;
        for (int i = 0; i < 90; i++) {
            job = new XmlPath(Http.text(Http.get(url)));
            if (job.getString("job.phase").equals(expected)) {
                return job;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("job " + url + " never reached " + expected + ": " + job.prettify());
    }

    @Test
    void queuedJobsRunAndOrphanedExecutingJobsEndInError() throws Exception {
        String queued = insertJob("QUEUED", "SELECT COUNT(*) AS n FROM ivoa.obscore WHERE obs_collection = '"
            + TapFixture.COLLECTION + "'");
        String orphan = insertJob("EXECUTING", "SELECT 1 AS one FROM TAP_SCHEMA.schemas");
        awaitPhase(queued, "COMPLETED");
        assertTrue(Http.text(Http.get(queued + "/results/result")).contains("<TD>20</TD>"));
        XmlPath failed = awaitPhase(orphan, "ERROR");
        assertTrue(failed.getString("job.errorSummary.message").contains("restarted"), failed.prettify());
        assertEquals(200, Http.get(orphan + "/error").statusCode());
    }
}
