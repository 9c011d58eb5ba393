package org.ozvo.server.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.xml.XmlPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.ac.starlink.table.RowSequence;
import uk.ac.starlink.table.StarTable;

/** Async TAP (UWS 1.1) over HTTP. */
class TapAsyncIT {

    private static final String MINE = "obs_collection = '" + TapFixture.COLLECTION + "'";

    /** Billions of rows to count: never finishes before it is aborted. */
    private static final String SLOW = "SELECT COUNT(*) FROM TAP_SCHEMA.columns AS a, TAP_SCHEMA.columns AS b,"
        + " TAP_SCHEMA.columns AS c, TAP_SCHEMA.columns AS d, TAP_SCHEMA.columns AS e";

    @BeforeAll
    static void fixture() throws Exception {
        TapFixture.load();
    }

    private static String async() {
        return Http.tap() + "/async";
    }

    private static String create(String... params) throws Exception {
        HttpResponse<byte[]> r = Http.postForm(async(), params);
        assertEquals(303, r.statusCode(), Http.text(r));
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(async() + "/"), location);
        return location;
    }

    private static XmlPath job(String url) throws Exception {
        HttpResponse<byte[]> r = Http.get(url);
        assertEquals(200, r.statusCode(), Http.text(r));
        return new XmlPath(Http.text(r));
    }

    private static String phase(String url) throws Exception {
        return Http.text(Http.get(url + "/phase"));
    }

    private static String waitFinal(String url) throws Exception {
        for (int i = 0; i < 60; i++) {
            String p = job(url + "?WAIT=10").getString("job.phase");
            if (!p.equals("QUEUED") && !p.equals("EXECUTING") && !p.equals("PENDING")) {
                return p;
            }
        }
        throw new AssertionError("job did not finish: " + url);
    }

    @Test
    void jobLifecycleFromPendingToCompletedWithResult() throws Exception {
        String url = create("REQUEST", "doQuery", "LANG", "ADQL", "RUNID", "run-42", "MAXREC", "7",
            "QUERY", "SELECT obs_id, s_region FROM ivoa.obscore WHERE " + MINE + " ORDER BY obs_id");
        String doc = Http.text(Http.get(url));
        assertTrue(doc.contains("version=\"1.1\""), doc);
        XmlPath x = new XmlPath(doc);
        assertEquals("PENDING", x.getString("job.phase"));
        assertEquals("run-42", x.getString("job.runId"));
        assertTrue(x.getString("job.creationTime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
        assertTrue(x.getString("job.destruction").endsWith("Z"));
        assertEquals("600", x.getString("job.executionDuration"));
        assertTrue(doc.contains("<uws:parameter id=\"LANG\">ADQL</uws:parameter>"), doc);

        HttpResponse<byte[]> run = Http.postForm(url + "/phase", "PHASE", "RUN");
        assertEquals(303, run.statusCode());
        assertEquals(url, run.headers().firstValue("Location").orElseThrow());
        String after = phase(url);
        assertTrue(after.equals("QUEUED") || after.equals("EXECUTING") || after.equals("COMPLETED"), after);
        assertEquals("COMPLETED", waitFinal(url));

        XmlPath done = job(url);
        assertTrue(done.getString("job.startTime").endsWith("Z"));
        assertTrue(done.getString("job.endTime").endsWith("Z"));
        assertEquals("result", done.getString("job.results.result.@id"));
        String href = done.getString("job.results.result.@xlink:href");
        assertEquals(url + "/results/result", href);
        HttpResponse<byte[]> result = Http.get(href);
        assertEquals(200, result.statusCode());
        String votable = Http.text(result);
        assertTrue(votable.indexOf("value=\"OVERFLOW\"") > votable.indexOf("</TABLE>"), votable);
        StarTable t = Http.votable(result.body());
        int n = 0;
        try (RowSequence seq = t.getRowSequence()) {
            while (seq.next()) {
                n++;
            }
        }
        assertEquals(7, n);
        assertTrue(Http.text(Http.get(url + "/results")).contains("id=\"result\""));

        HttpResponse<byte[]> runAgain = Http.postForm(url + "/phase", "PHASE", "RUN");
        assertEquals(403, runAgain.statusCode(), "a finished job cannot run again");
        HttpResponse<byte[]> lateParam = Http.postForm(url + "/parameters", "MAXREC", "1");
        assertEquals(403, lateParam.statusCode(), "parameters only while PENDING");
        assertEquals(404, Http.get(url + "/error").statusCode());
    }

    @Test
    void phaseRunOnCreationAndWaitBlocksUntilDone() throws Exception {
        String url = create("LANG", "ADQL", "PHASE", "RUN", "FORMAT", "csv",
            "QUERY", "SELECT COUNT(*) AS n FROM ivoa.obscore WHERE " + MINE);
        assertEquals("COMPLETED", waitFinal(url));
        HttpResponse<byte[]> r = Http.get(url + "/results/result");
        assertTrue(Http.contentType(r).startsWith("text/csv"), Http.contentType(r));
        assertEquals("n\r\n20\r\n", Http.text(r));
    }

    @Test
    void aFailingQueryEndsInErrorWithAVOTableErrorDocument() throws Exception {
        String url = create("LANG", "ADQL", "PHASE", "RUN", "QUERY", "SELECT nonsense FROM ivoa.obscore");
        assertEquals("ERROR", waitFinal(url));
        XmlPath x = job(url);
        assertTrue(x.getString("job.errorSummary.message").contains("nonsense"), x.prettify());
        HttpResponse<byte[]> error = Http.get(url + "/error");
        assertEquals(200, error.statusCode());
        assertTrue(Http.text(error).contains("value=\"ERROR\""));
        assertEquals(404, Http.get(url + "/results/result").statusCode());
        String missingLang = create("QUERY", "SELECT 1", "PHASE", "RUN");
        assertEquals("ERROR", waitFinal(missingLang), "requirements are checked when the job runs");
    }

    @Test
    void parametersCanBeAddedWhilePendingAndInlineUploadsAreKeptByReference() throws Exception {
        HttpResponse<byte[]> created = Http.postMultipart(async(), Map.of("LANG", "ADQL", "UPLOAD", "t,param:tab"),
            Map.of("tab", "a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(303, created.statusCode(), Http.text(created));
        String url = created.headers().firstValue("Location").orElseThrow();
        assertEquals(303, Http.postForm(url + "/parameters", "QUERY", "SELECT SUM(a) + SUM(b) AS s FROM TAP_UPLOAD.t",
            "RESPONSEFORMAT", "csv").statusCode());
        String doc = Http.text(Http.get(url));
        assertTrue(doc.contains("<uws:parameter id=\"tab\" byReference=\"true\">" + url + "/parameters/tab</uws:parameter>"),
            doc);
        assertEquals("a,b\n1,2\n3,4\n", Http.text(Http.get(url + "/parameters/tab")));
        Http.postForm(url + "/phase", "PHASE", "RUN");
        assertEquals("COMPLETED", waitFinal(url));
        assertEquals("s\r\n10\r\n", Http.text(Http.get(url + "/results/result")));
    }

    @Test
    void abortStopsARunningQueryAndFreesItsThread() throws Exception {
        // as many never-ending jobs as the executor has threads: unless abort really cancels the
        // statements, the quick job below would wait behind them
        String first = create("LANG", "ADQL", "PHASE", "RUN", "QUERY", SLOW);
        String second = create("LANG", "ADQL", "PHASE", "RUN", "QUERY", SLOW);
        for (String url : new String[] {first, second}) {
            for (int i = 0; i < 100 && !phase(url).equals("EXECUTING"); i++) {
                Thread.sleep(100);
            }
            HttpResponse<byte[]> abort = Http.postForm(url + "/phase", "PHASE", "ABORT");
            assertEquals(303, abort.statusCode());
            assertEquals("ABORTED", waitFinal(url));
        }
        String quick = create("LANG", "ADQL", "PHASE", "RUN", "QUERY", "SELECT 1 AS one FROM TAP_SCHEMA.schemas");
        long start = System.nanoTime();
        assertEquals("COMPLETED", waitFinal(quick));
        assertTrue(System.nanoTime() - start < 20_000_000_000L, "the aborted jobs' threads were freed");
        assertEquals("ABORTED", phase(first), "the cancelled statement does not turn the job into ERROR");
        assertEquals("ABORTED", phase(second));
    }

    @Test
    void executionDurationIsEnforcedAndDestructionAndDurationCanBeSet() throws Exception {
        String url = create("LANG", "ADQL", "QUERY",
            SLOW);
        assertEquals(303, Http.postForm(url + "/executionduration", "EXECUTIONDURATION", "1").statusCode());
        assertEquals("1", Http.text(Http.get(url + "/executionduration")));
        Instant soon = Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        assertEquals(303, Http.postForm(url + "/destruction", "DESTRUCTION", soon.toString()).statusCode());
        assertEquals(soon, Instant.parse(Http.text(Http.get(url + "/destruction"))));
        Http.postForm(url + "/phase", "PHASE", "RUN");
        assertEquals("ABORTED", waitFinal(url));
        assertTrue(job(url).getString("job.errorSummary.message").contains("execution duration"));
    }

    @Test
    void waitBlocksOnAnActiveJobAndReturnsAtOnceForAnotherPhase() throws Exception {
        String url = create("LANG", "ADQL", "QUERY", "SELECT 1 AS one FROM TAP_SCHEMA.schemas");
        long start = System.nanoTime();
        assertEquals("PENDING", job(url + "?WAIT=2").getString("job.phase"));
        assertTrue(System.nanoTime() - start >= 1_800_000_000L, "WAIT=2 on a PENDING job blocks about 2 s");
        start = System.nanoTime();
        job(url + "?WAIT=30&PHASE=EXECUTING");
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "PHASE differs from the current one: no wait");
    }

    @Test
    void jobsPastTheirDestructionTimeAreDeletedWithTheirResults() throws Exception {
        String url = create("LANG", "ADQL", "PHASE", "RUN", "QUERY", "SELECT 1 AS one FROM TAP_SCHEMA.schemas");
        assertEquals("COMPLETED", waitFinal(url));
        String id = url.substring(url.lastIndexOf('/') + 1);
        java.nio.file.Path dir = java.nio.file.Path.of(System.getenv().getOrDefault("VO_DATA_DIR",
            "target/it-data"), "uws", id);
        assertEquals(303, Http.postForm(url + "/destruction", "DESTRUCTION",
            Instant.now().minusSeconds(1).toString()).statusCode());
        for (int i = 0; i < 60 && Http.get(url).statusCode() != 404; i++) {
            Thread.sleep(500);
        }
        assertEquals(404, Http.get(url).statusCode(), "destroyed within the reaper's period");
        assertEquals(404, Http.get(url + "/results/result").statusCode());
        assertFalse(java.nio.file.Files.exists(dir), dir + " removed");
    }

    @Test
    void deleteByHttpDeleteAndByActionAndTheListFilters() throws Exception {
        String a = create("LANG", "ADQL", "QUERY", "SELECT 1 AS one FROM TAP_SCHEMA.schemas");
        String b = create("LANG", "ADQL", "QUERY", "SELECT 2 AS two FROM TAP_SCHEMA.schemas");
        String idA = a.substring(a.lastIndexOf('/') + 1);
        String idB = b.substring(b.lastIndexOf('/') + 1);
        String list = Http.text(Http.get(async() + "?PHASE=PENDING&LAST=2"));
        assertTrue(list.contains("version=\"1.1\""), list);
        assertTrue(list.indexOf(idB) >= 0 && list.indexOf(idB) < list.indexOf(idA), "newest first: " + list);
        assertFalse(Http.text(Http.get(async() + "?PHASE=COMPLETED")).contains(idA));
        String after = job(b).getString("job.creationTime");
        assertFalse(Http.text(Http.get(async() + "?AFTER=" + after)).contains(idA));

        HttpResponse<byte[]> del = Http.delete(a);
        assertEquals(303, del.statusCode());
        assertEquals(async(), del.headers().firstValue("Location").orElseThrow());
        assertEquals(404, Http.get(a).statusCode());
        HttpResponse<byte[]> action = Http.postForm(b, "ACTION", "DELETE");
        assertEquals(303, action.statusCode());
        assertEquals(async(), action.headers().firstValue("Location").orElseThrow());
        assertEquals(404, Http.get(b).statusCode());
        assertTrue(Http.text(Http.get(b)).contains("QUERY_STATUS"), "404s are VOTable errors too");
        assertEquals(404, Http.get(async() + "/nosuchjob/phase").statusCode());
    }
}
