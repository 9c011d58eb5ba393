package org.ozvo.server.uws;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ozvo.dali.fault.NotFoundFault;
import org.ozvo.dali.fault.UsageFault;
import org.ozvo.dali.param.ParamMap;
import org.ozvo.dali.votable.VOTableErrorDocument;
import org.ozvo.server.http.ErrorResponses;
import org.ozvo.server.http.RequestParams;

/**
 * The UWS 1.1 REST binding (UWS 1.1 section 2.2) for one job list, independent of what the
 * jobs do: a protocol's JAX-RS resource maps its paths to these methods. Every state change
 * answers 303 See Other; a job of another list or an unknown job is 404; an action the phase
 * does not allow is 403. Thread-safe.
 */
@ApplicationScoped
public class UwsActions {

    private static final String TEXT = "text/plain;charset=UTF-8";

    @Inject
    JobManager jobs;

    /** GET {jobs}: the job list with PHASE, AFTER and LAST filters. */
    public Response list(String jobList, String listUrl, ParamMap params) {
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        for (String p : params.all("PHASE")) {
            phases.add(phase(p));
        }
        Instant after = params.single("AFTER").map(UwsActions::instant).orElse(null);
        Integer last = params.integer("LAST", 1, Integer.MAX_VALUE).orElse(null);
        List<JobStore.JobRef> refs = jobs.store().list(jobList, new JobFilter(phases, after, last),
            jobs.settings().listCap());
        return Response.ok(JobXml.jobs(refs, listUrl), JobXml.CONTENT_TYPE).build();
    }

    /**
     * POST {jobs}: creates a PENDING job holding every parameter (requirements are checked when
     * it runs, TAP 1.1 section 2.7), inline parts stored by reference; {@code PHASE=RUN} starts
     * it at once. 303 to the job.
     */
    public Response create(String jobList, String listUrl, RequestParams request) {
        String jobId = jobs.newJobId();
        String jobUrl = listUrl + "/" + jobId;
        ParamMap params = request.params();
        List<Job.Parameter> stored = parameters(params, request, jobUrl);
        jobs.create(jobList, jobId, params.single("RUNID").orElse(null), stored, request.releaseParts());
        if (params.single("PHASE").map(p -> p.equalsIgnoreCase("RUN")).orElse(false)) {
            jobs.run(jobId);
        }
        return seeOther(jobUrl);
    }

    /** GET {job}, with optional blocking {@code WAIT} (and {@code PHASE}) (UWS 1.1 section 2.2.1.2). */
    public Response job(String jobList, String listUrl, String jobId, ParamMap params) throws InterruptedException {
        Job job = find(jobList, jobId);
        Optional<String> wait = params.single("WAIT");
        if (wait.isPresent() && job.phase().isActive()) {
            long seconds = parseLong("WAIT", wait.get());
            Optional<Phase> expected = params.single("PHASE").map(UwsActions::phase);
            if (seconds != 0 && (expected.isEmpty() || expected.get() == job.phase())) {
                jobs.awaitChange(jobId, job.phase(), seconds < 0 ? Duration.ofDays(1) : Duration.ofSeconds(seconds));
                job = find(jobList, jobId);
            }
        }
        return Response.ok(JobXml.job(job, listUrl + "/" + jobId), JobXml.CONTENT_TYPE).build();
    }

    /** HTTP DELETE {job}: 303 to the job list. */
    public Response delete(String jobList, String listUrl, String jobId) {
        find(jobList, jobId);
        jobs.delete(jobId);
        return seeOther(listUrl);
    }

    /** POST {job}: only {@code ACTION=DELETE} is allowed there. */
    public Response post(String jobList, String listUrl, String jobId, ParamMap params) {
        find(jobList, jobId);
        String action = params.single("ACTION").orElse("");
        if (action.equalsIgnoreCase("DELETE")) {
            jobs.delete(jobId);
            return seeOther(listUrl);
        }
        if (params.names().contains("ACTION")) {
            throw new UsageFault("unknown ACTION '" + action + "'; only ACTION=DELETE is supported");
        }
        return ErrorResponses.votable(403, "parameters must be posted to " + listUrl + "/" + jobId + "/parameters");
    }

    public Response phase(String jobList, String jobId) {
        return text(find(jobList, jobId).phase().name());
    }

    /** POST {job}/phase: RUN or ABORT; 303 to the job. */
    public Response setPhase(String jobList, String listUrl, String jobId, ParamMap params) {
        Job job = find(jobList, jobId);
        String value = params.single("PHASE").orElseThrow(() -> new UsageFault("PHASE is required (RUN or ABORT)"));
        switch (value.toUpperCase(Locale.ROOT)) {
            case "RUN" -> {
                if (!jobs.run(jobId)) {
                    return ErrorResponses.votable(403, "the job cannot be run: it is " + job.phase());
                }
            }
            case "ABORT" -> {
                if (!jobs.abort(jobId, "aborted by the client") && !job.phase().isFinal()) {
                    return ErrorResponses.votable(403, "the job cannot be aborted: it is " + job.phase());
                }
            }
            default -> throw new UsageFault("PHASE must be RUN or ABORT, not '" + value + "'");
        }
        return seeOther(listUrl + "/" + jobId);
    }

    public Response executionDuration(String jobList, String jobId) {
        return text(String.valueOf(find(jobList, jobId).executionDuration()));
    }

    /** POST {job}/executionduration: the server grants at most its hard limit; 303 to the job. */
    public Response setExecutionDuration(String jobList, String listUrl, String jobId, ParamMap params) {
        Job job = find(jobList, jobId);
        long requested = parseLong("EXECUTIONDURATION", params.single("EXECUTIONDURATION")
            .orElseThrow(() -> new UsageFault("EXECUTIONDURATION is required")));
        if (!jobs.store().setExecutionDuration(jobId, jobs.settings().grantExecution(requested))) {
            return ErrorResponses.votable(403, "the execution duration cannot change: the job is " + job.phase());
        }
        return seeOther(listUrl + "/" + jobId);
    }

    public Response destruction(String jobList, String jobId) {
        return text(JobXml.instant(find(jobList, jobId).destruction()));
    }

    /** POST {job}/destruction: clamped to the retention limit; 303 to the job. */
    public Response setDestruction(String jobList, String listUrl, String jobId, ParamMap params) {
        Job job = find(jobList, jobId);
        Instant wanted = instant(params.single("DESTRUCTION")
            .orElseThrow(() -> new UsageFault("DESTRUCTION is required")));
        Instant latest = job.creationTime().plus(jobs.settings().hardRetention());
        jobs.store().setDestruction(jobId, wanted.isAfter(latest) ? latest : wanted);
        return seeOther(listUrl + "/" + jobId);
    }

    public Response quote(String jobList, String jobId) {
        find(jobList, jobId);
        return text(""); // no estimate: UWS says an empty quote means unknown
    }

    public Response owner(String jobList, String jobId) {
        Job job = find(jobList, jobId);
        return text(job.ownerId() == null ? "" : job.ownerId());
    }

    /** GET {job}/error: the error document (VOTable) with 200, 404 if the job has no error. */
    public Response error(String jobList, String jobId) {
        Job job = find(jobList, jobId);
        if (job.error() == null) {
            throw new NotFoundFault("job " + jobId + " has no error (it is " + job.phase() + ")");
        }
        return Response.ok(VOTableErrorDocument.text(job.error().message()), VOTableErrorDocument.CONTENT_TYPE).build();
    }

    public Response results(String jobList, String listUrl, String jobId) {
        return Response.ok(JobXml.results(find(jobList, jobId), listUrl + "/" + jobId), JobXml.CONTENT_TYPE).build();
    }

    /** GET {job}/results/{id}: the stored file. */
    public Response result(String jobList, String jobId, String resultId) {
        Job job = find(jobList, jobId);
        Job.Result r = job.results().stream().filter(x -> x.id().equals(resultId)).findFirst()
            .orElseThrow(() -> new NotFoundFault("job " + jobId + " has no result " + resultId
                + " (it is " + job.phase() + ")"));
        Path file = jobs.files().file(jobId, r.fileName());
        if (!Files.exists(file)) {
            throw new NotFoundFault("the result of job " + jobId + " is gone");
        }
        return Response.ok(file.toFile(), r.mimeType()).header("Content-Length", r.size()).build();
    }

    public Response parameters(String jobList, String jobId) {
        return Response.ok(JobXml.parameters(find(jobList, jobId)), JobXml.CONTENT_TYPE).build();
    }

    /** POST {job}/parameters: only while PENDING (DALI 1.1 section 2.1); 303 to the job. */
    public Response addParameters(String jobList, String listUrl, String jobId, RequestParams request) {
        Job job = find(jobList, jobId);
        String jobUrl = listUrl + "/" + jobId;
        if (job.phase() != Phase.PENDING) {
            return ErrorResponses.votable(403, "parameters can only change while the job is PENDING; it is " + job.phase());
        }
        jobs.storeParts(jobId, request.releaseParts());
        if (!jobs.store().addParameters(jobId, parameters(request.params(), request, jobUrl))) {
            return ErrorResponses.votable(403, "parameters can only change while the job is PENDING");
        }
        return seeOther(jobUrl);
    }

    /** GET {job}/parameters/{name}: the bytes of an inline parameter. */
    public Response parameter(String jobList, String jobId, String name) {
        Job job = find(jobList, jobId);
        Job.Parameter p = job.parameters().stream().filter(x -> x.byReference() && x.name().equals(name)).findFirst()
            .orElseThrow(() -> new NotFoundFault("job " + jobId + " has no inline parameter " + name));
        Path file = jobs.files().part(jobId, p.name());
        if (!Files.exists(file)) {
            throw new NotFoundFault("the parameter " + name + " of job " + jobId + " is gone");
        }
        return Response.ok(file.toFile(), "application/octet-stream").build();
    }

    private Job find(String jobList, String jobId) {
        if (!jobId.matches("[A-Za-z0-9]{1,64}")) {
            throw new NotFoundFault("no job " + jobId);
        }
        return jobs.store().find(jobList, jobId).orElseThrow(() -> new NotFoundFault("no job " + jobId));
    }

    /** Parameters to store: every value (PHASE and ACTION excluded), plus file parts by reference. */
    private static List<Job.Parameter> parameters(ParamMap params, RequestParams request, String jobUrl) {
        List<Job.Parameter> out = new ArrayList<>();
        for (String name : params.names()) {
            if (name.equals("PHASE") || name.equals("ACTION")) {
                continue;
            }
            for (String v : params.all(name)) {
                out.add(new Job.Parameter(name, v, false));
            }
        }
        for (Map.Entry<String, Path> part : request.parts().entrySet()) {
            if (params.all(part.getKey()).isEmpty()) {
                out.add(new Job.Parameter(part.getKey(), jobUrl + "/parameters/" + part.getKey(), true));
            }
        }
        return out;
    }

    private static Response seeOther(String url) {
        return Response.seeOther(URI.create(url)).build();
    }

    private static Response text(String body) {
        return Response.ok(body, TEXT).build();
    }

    private static Phase phase(String value) {
        try {
            return Phase.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageFault("unknown phase '" + value + "'");
        }
    }

    private static long parseLong(String name, String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageFault(name + " must be an integer, not '" + value + "'");
        }
    }

    /** ISO-8601 instant; a missing zone means UTC (DALI 1.1 section 3.3.3). */
    static Instant instant(String value) {
        String v = value.trim();
        try {
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return java.time.OffsetDateTime.parse(v).toInstant();
            }
            if (v.length() == 10) {
                v = v + "T00:00:00";
            }
            return java.time.LocalDateTime.parse(v).toInstant(java.time.ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new UsageFault("not an ISO-8601 instant: '" + value + "'");
        }
    }
}
