package org.ozvo.server.uws;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.ozvo.dali.votable.Xml;

/**
 * The UWS 1.1 XML documents (namespace {@code http://www.ivoa.net/xml/UWS/v1.0},
 * {@code version="1.1"}, elements in schema order, instants in UTC ending in {@code Z}).
 * Result and job links are absolute URLs built from the job list URL. Stateless.
 */
public final class JobXml {

    public static final String CONTENT_TYPE = "text/xml";

    private static final String NS = " xmlns:uws=\"http://www.ivoa.net/xml/UWS/v1.0\""
        + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    private JobXml() {
    }

    /** {@code <uws:job>}; {@code jobUrl} without trailing slash. */
    public static String job(Job job, String jobUrl) {
        StringBuilder sb = new StringBuilder(2048).append(header())
            .append("<uws:job version=\"1.1\"").append(NS).append(">\n");
        element(sb, "jobId", job.jobId());
        if (job.runId() != null) {
            element(sb, "runId", job.runId());
        }
        nillable(sb, "ownerId", job.ownerId());
        element(sb, "phase", job.phase().name());
        nillable(sb, "quote", null);
        element(sb, "creationTime", instant(job.creationTime()));
        nillable(sb, "startTime", instant(job.startTime()));
        nillable(sb, "endTime", instant(job.endTime()));
        element(sb, "executionDuration", String.valueOf(job.executionDuration()));
        nillable(sb, "destruction", instant(job.destruction()));
        parameters(sb, job.parameters());
        results(sb, job.results(), jobUrl);
        if (job.error() != null) {
            sb.append("  <uws:errorSummary type=\"").append(job.error().type()).append("\" hasDetail=\"true\">\n")
              .append("    <uws:message>").append(Xml.escape(job.error().message())).append("</uws:message>\n")
              .append("  </uws:errorSummary>\n");
        }
        return sb.append("</uws:job>\n").toString();
    }

    /** {@code <uws:jobs>}; {@code listUrl} without trailing slash. */
    public static String jobs(List<JobStore.JobRef> refs, String listUrl) {
        StringBuilder sb = new StringBuilder(256 + refs.size() * 256).append(header())
            .append("<uws:jobs version=\"1.1\"").append(NS).append(">\n");
        for (JobStore.JobRef r : refs) {
            sb.append("  <uws:jobref id=\"").append(Xml.escape(r.jobId())).append("\" xlink:href=\"")
              .append(Xml.escape(listUrl + "/" + r.jobId())).append("\">\n")
              .append("    <uws:phase>").append(r.phase().name()).append("</uws:phase>\n");
            if (r.runId() != null) {
                sb.append("    <uws:runId>").append(Xml.escape(r.runId())).append("</uws:runId>\n");
            }
            if (r.ownerId() == null) {
                sb.append("    <uws:ownerId xsi:nil=\"true\"/>\n");
            } else {
                sb.append("    <uws:ownerId>").append(Xml.escape(r.ownerId())).append("</uws:ownerId>\n");
            }
            sb.append("    <uws:creationTime>").append(instant(r.creationTime())).append("</uws:creationTime>\n")
              .append("  </uws:jobref>\n");
        }
        return sb.append("</uws:jobs>\n").toString();
    }

    /** {@code <uws:results>}. */
    public static String results(Job job, String jobUrl) {
        StringBuilder sb = new StringBuilder(512).append(header());
        sb.append("<uws:results").append(NS).append(">\n");
        for (Job.Result r : job.results()) {
            result(sb, r, jobUrl, "  ");
        }
        return sb.append("</uws:results>\n").toString();
    }

    /** {@code <uws:parameters>}. */
    public static String parameters(Job job) {
        StringBuilder sb = new StringBuilder(512).append(header());
        sb.append("<uws:parameters").append(NS).append(">\n");
        for (Job.Parameter p : job.parameters()) {
            parameter(sb, p, "  ");
        }
        return sb.append("</uws:parameters>\n").toString();
    }

    /** UWS instant: UTC, {@code Z}, milliseconds at most; empty for null. */
    public static String instant(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static void parameters(StringBuilder sb, List<Job.Parameter> params) {
        sb.append("  <uws:parameters>\n");
        for (Job.Parameter p : params) {
            parameter(sb, p, "    ");
        }
        sb.append("  </uws:parameters>\n");
    }

    private static void parameter(StringBuilder sb, Job.Parameter p, String indent) {
        sb.append(indent).append("<uws:parameter id=\"").append(Xml.escape(p.name())).append('"');
        if (p.byReference()) {
            sb.append(" byReference=\"true\"");
        }
        sb.append('>').append(Xml.escape(p.value())).append("</uws:parameter>\n");
    }

    private static void results(StringBuilder sb, List<Job.Result> results, String jobUrl) {
        sb.append("  <uws:results>\n");
        for (Job.Result r : results) {
            result(sb, r, jobUrl, "    ");
        }
        sb.append("  </uws:results>\n");
    }

    private static void result(StringBuilder sb, Job.Result r, String jobUrl, String indent) {
        sb.append(indent).append("<uws:result id=\"").append(Xml.escape(r.id())).append("\" xlink:href=\"")
          .append(Xml.escape(jobUrl + "/results/" + r.id())).append("\" size=\"").append(r.size())
          .append("\" mime-type=\"").append(Xml.escape(r.mimeType())).append("\"/>\n");
    }

    private static void element(StringBuilder sb, String name, String value) {
        sb.append("  <uws:").append(name).append('>').append(Xml.escape(value)).append("</uws:").append(name).append(">\n");
    }

    private static void nillable(StringBuilder sb, String name, String value) {
        if (value == null) {
            sb.append("  <uws:").append(name).append(" xsi:nil=\"true\"/>\n");
        } else {
            element(sb, name, value);
        }
    }

    private static String header() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    }
}
