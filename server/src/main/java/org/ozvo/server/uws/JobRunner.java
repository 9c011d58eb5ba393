package org.ozvo.server.uws;

/**
 * Executes the jobs of one job list (e.g. TAP's ADQL queries). Implementations are CDI beans
 * found by {@link JobManager}; they must be thread-safe, as several jobs run at once.
 */
public interface JobRunner {

    /** The job list this runner serves, e.g. {@code tap}. */
    String jobList();

    /**
     * Runs a job on an executor thread.
     *
     * @param job     the job as stored, phase EXECUTING
     * @param context where results go, how to learn about aborts
     * @return the job's result, already written to {@link JobContext#resultFile(String)}
     * @throws Exception a {@link org.ozvo.dali.fault.Fault} becomes the job's error summary;
     *                   anything else a fatal error with a log id
     */
    Job.Result run(Job job, JobContext context) throws Exception;
}
