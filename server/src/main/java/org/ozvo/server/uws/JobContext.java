package org.ozvo.server.uws;

import java.nio.file.Path;

/** What a running job may use. Thread-safe. */
public interface JobContext {

    /** A file in the job's directory to write a result to (parent directories exist). */
    Path resultFile(String fileName);

    /** The stored file of an inline (multipart) parameter, or null if there is none. */
    Path part(String partName);

    /**
     * Registers what stops the job's work (e.g. cancelling its SQL statement); called once if the
     * job is aborted or exceeds its execution duration. Runs at once if that already happened.
     */
    void onCancel(Runnable cancel);

    /** True once the job was aborted or ran out of time. */
    boolean cancelled();
}
