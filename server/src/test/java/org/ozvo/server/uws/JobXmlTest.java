package org.ozvo.server.uws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.ozvo.dali.fault.UsageFault;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class JobXmlTest {

    private static final String NS = "http://www.ivoa.net/xml/UWS/v1.0";

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    }

    private static Job job(Phase phase, Job.ErrorSummary error) {
        return new Job("abc123", "tap", "run<1>", null, phase, Instant.parse("2024-01-02T03:04:05.123456Z"),
            Instant.parse("2024-01-02T03:04:06Z"), null, 600, Instant.parse("2024-01-09T03:04:05Z"),
            List.of(new Job.Parameter("QUERY", "SELECT a < b", false), new Job.Parameter("t", "http://x/t", true)),
            List.of(new Job.Result("result", "result.vot", "application/x-votable+xml", 42)), error);
    }

    @Test
    void jobElementsAreQualifiedInSchemaOrderWithZInstants() throws Exception {
        Element root = parse(JobXml.job(job(Phase.COMPLETED, null), "http://h/vo/tap/async/abc123"));
        assertEquals(NS, root.getNamespaceURI());
        assertEquals("job", root.getLocalName());
        assertEquals("1.1", root.getAttribute("version"));
        List<String> order = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                assertEquals(NS, e.getNamespaceURI());
                order.add(e.getLocalName());
            }
        }
        assertEquals(List.of("jobId", "runId", "ownerId", "phase", "quote", "creationTime", "startTime", "endTime",
            "executionDuration", "destruction", "parameters", "results"), order);
        String xml = JobXml.job(job(Phase.COMPLETED, null), "http://h/vo/tap/async/abc123");
        assertTrue(xml.contains("<uws:creationTime>2024-01-02T03:04:05.123Z</uws:creationTime>"), xml);
        assertTrue(xml.contains("<uws:endTime xsi:nil=\"true\"/>"), xml);
        assertTrue(xml.contains("<uws:ownerId xsi:nil=\"true\"/>"), xml);
        assertTrue(xml.contains("<uws:parameter id=\"t\" byReference=\"true\">http://x/t</uws:parameter>"), xml);
        assertTrue(xml.contains("<uws:result id=\"result\" xlink:href=\"http://h/vo/tap/async/abc123/results/result\""), xml);
        assertTrue(xml.contains("SELECT a &lt; b"), xml);
    }

    @Test
    void errorSummaryComesLast() throws Exception {
        String xml = JobXml.job(job(Phase.ERROR, new Job.ErrorSummary("fatal", "bad & wrong")), "http://h/j");
        Element root = parse(xml);
        Node last = root.getLastChild();
        while (!(last instanceof Element)) {
            last = last.getPreviousSibling();
        }
        assertEquals("errorSummary", last.getLocalName());
        assertTrue(xml.contains("<uws:message>bad &amp; wrong</uws:message>"));
    }

    @Test
    void jobListHasRefsWithPhaseAndCreationTime() throws Exception {
        String xml = JobXml.jobs(List.of(new JobStore.JobRef("j1", Phase.PENDING, null, null,
            Instant.parse("2024-01-02T03:04:05Z"))), "http://h/vo/tap/async");
        Element root = parse(xml);
        assertEquals("jobs", root.getLocalName());
        assertEquals("1.1", root.getAttribute("version"));
        assertTrue(xml.contains("<uws:jobref id=\"j1\" xlink:href=\"http://h/vo/tap/async/j1\">"), xml);
        assertTrue(xml.contains("<uws:creationTime>2024-01-02T03:04:05Z</uws:creationTime>"), xml);
    }

    @Test
    void instantsFromClientsAcceptDaliAndPyvoForms() {
        assertEquals(Instant.parse("2024-01-02T03:04:05.123456Z"), UwsActions.instant("2024-01-02T03:04:05.123456Z"));
        assertEquals(Instant.parse("2024-01-02T03:04:05Z"), UwsActions.instant("2024-01-02T03:04:05"));
        assertEquals(Instant.parse("2024-01-02T00:00:00Z"), UwsActions.instant("2024-01-02"));
        assertEquals(Instant.parse("2024-01-02T01:04:05Z"), UwsActions.instant("2024-01-02T03:04:05+02:00"));
        assertThrows(UsageFault.class, () -> UwsActions.instant("yesterday"));
    }

    @Test
    void partFileNamesAreSafeAndDistinct() {
        assertEquals("p_tab", JobFiles.partFileName("tab"));
        assertTrue(JobFiles.partFileName("../x").matches("[A-Za-z0-9_]+"));
        assertTrue(!JobFiles.partFileName("a.b").equals(JobFiles.partFileName("a_b")));
    }

    @Test
    void executionDurationsAreGrantedUpToTheHardLimit() {
        UwsSettings s = UwsSettings.of(org.ozvo.tap.TapLimits.defaults());
        assertEquals(5, s.grantExecution(5));
        assertEquals(s.hardExecutionSecs(), s.grantExecution(0));
        assertEquals(s.hardExecutionSecs(), s.grantExecution(1_000_000));
    }
}
