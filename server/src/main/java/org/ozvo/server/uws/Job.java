package org.ozvo.server.uws;

import java.time.Instant;
import java.util.List;

/**
 * A UWS job as stored (UWS 1.1 section 2.2.2.2). Immutable snapshot; read again for the current
 * state.
 *
 * @param jobId             URL-safe identifier
 * @param jobList           the service's job list, e.g. {@code tap}
 * @param runId             client's RUNID or null
 * @param ownerId           null for anonymous jobs
 * @param phase             current phase
 * @param creationTime      when it was created
 * @param startTime         when it started executing, or null
 * @param endTime           when it ended, or null
 * @param executionDuration seconds it may run, 0 for unlimited
 * @param destruction       when it and its results are deleted
 * @param parameters        parameters in the order given
 * @param results           results (TAP: one named {@code result})
 * @param error             error summary or null
 */
public record Job(String jobId, String jobList, String runId, String ownerId, Phase phase, Instant creationTime,
                  Instant startTime, Instant endTime, int executionDuration, Instant destruction,
                  List<Parameter> parameters, List<Result> results, ErrorSummary error) {

    public Job {
        parameters = List.copyOf(parameters);
        results = List.copyOf(results);
    }

    /**
     * A job parameter.
     *
     * @param name        as the client spelled it
     * @param value       the value, or for {@code byReference} the URL of the stored part
     * @param byReference true for inline (multipart) parts stored as files
     */
    public record Parameter(String name, String value, boolean byReference) {
    }

    /**
     * A job result stored as a file in the job's directory.
     *
     * @param id       result id, e.g. {@code result}
     * @param fileName file name in the job directory
     * @param mimeType Content-Type to serve it with
     * @param size     bytes
     */
    public record Result(String id, String fileName, String mimeType, long size) {
    }

    /**
     * Why a job failed.
     *
     * @param type    {@code fatal} or {@code transient}
     * @param message for the client
     */
    public record ErrorSummary(String type, String message) {
    }
}
