package org.ozvo.server.uws;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ozvo.dali.fault.Fault;
import org.ozvo.dali.fault.TransientFault;
import org.ozvo.server.app.Databases;
import org.ozvo.server.app.ServerSettings;
import org.ozvo.tap.TapLimits;

/**
 * Runs UWS jobs. Jobs wait in the database (phase QUEUED), so the in-memory queue of the
 * bounded executor only holds ids. A sweeper (at startup, then every few seconds) submits
 * QUEUED jobs this server has not submitted, and ends in ERROR, with a reason, jobs marked
 * EXECUTING that no thread of this server runs: after a restart (or a crash) no job is lost
 * or left hanging. This assumes one server per database. A scheduler also aborts jobs that
 * exceed their execution duration and deletes jobs (rows and files) whose destruction time
 * passed.
 *
 * <p>Thread-safe. Phase changes go through {@link JobStore#transition} (compare-and-set), and
 * every change made here wakes the threads blocked in {@link #awaitChange}.
 */
@ApplicationScoped
public class JobManager {

    private static final Logger LOG = Logger.getLogger(JobManager.class.getName());

    @Inject
    Databases databases;

    @Inject
    ServerSettings settings;

    @Inject
    Instance<JobRunner> runners;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threadFactory;

    private final UwsSettings uws = UwsSettings.of(TapLimits.defaults());
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final Set<String> submitted = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private JobStore store;
    private JobFiles files;
    private ExecutorService executor;
    private ScheduledExecutorService scheduler;

    /** After the schema migration (StartupCheck, default priority): start the sweeper and the reaper. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                 Object event) {
        init();
    }

    private synchronized void init() {
        if (store != null) {
            return;
        }
        store = new JobStore(databases.owner());
        files = new JobFiles(settings.layout().dataDir());
        ThreadFactory tf = threadFactory != null ? threadFactory : Executors.defaultThreadFactory();
        executor = new ThreadPoolExecutor(uws.threads(), uws.threads(), 60, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), tf);
        scheduler = Executors.newSingleThreadScheduledExecutor(tf);
        scheduler.scheduleWithFixedDelay(this::reap, 10, 10, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(this::sweep, 0, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
            scheduler.shutdownNow();
        }
    }

    public UwsSettings settings() {
        return uws;
    }

    public JobStore store() {
        init();
        return store;
    }

    public JobFiles files() {
        init();
        return files;
    }

    /** A fresh job id. */
    public String newJobId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * Stores a new PENDING job.
     *
     * @param parts inline parameter files, moved into the job directory
     */
    public Job create(String jobList, String jobId, String runId, List<Job.Parameter> parameters,
                      Map<String, Path> parts) {
        init();
        Instant now = Instant.now();
        Job job = new Job(jobId, jobList, runId, null, Phase.PENDING, now, null, null, uws.defaultExecutionSecs(),
            now.plus(uws.defaultRetention()), parameters, List.of(), null);
        storeParts(jobId, parts);
        store.create(job);
        return job;
    }

    /** Moves inline parameter files into the job directory. */
    public void storeParts(String jobId, Map<String, Path> parts) {
        try {
            for (Map.Entry<String, Path> e : parts.entrySet()) {
                files.storePart(jobId, e.getKey(), e.getValue());
            }
        } catch (IOException e) {
            throw new TransientFault("cannot store the uploaded parts: " + e.getMessage(), e);
        }
    }

    /** PHASE=RUN: PENDING becomes QUEUED and is submitted; true if the job is (now) queued or running. */
    public boolean run(String jobId) {
        init();
        if (store.transition(jobId, EnumSet.of(Phase.PENDING), Phase.QUEUED, null)) {
            changed();
            submit(jobId);
            return true;
        }
        return store.phase(jobId).map(p -> p == Phase.QUEUED || p == Phase.EXECUTING).orElse(false);
    }

    /** PHASE=ABORT: true if the job was active and is now ABORTED. */
    public boolean abort(String jobId, String reason) {
        init();
        boolean done = store.transition(jobId, Phase.ACTIVE, Phase.ABORTED,
            reason == null ? null : new Job.ErrorSummary("fatal", reason));
        if (done) {
            Running r = running.get(jobId);
            if (r != null) {
                r.cancel();
            }
            changed();
        }
        return done;
    }

    /** Aborts if active, then deletes the job and its files; false if it did not exist. */
    public boolean delete(String jobId) {
        init();
        abort(jobId, "deleted by the client");
        boolean existed = store.delete(jobId);
        deleteFiles(jobId);
        changed();
        return existed;
    }

    /**
     * Blocks while the job is active and its phase is still {@code seen}, at most {@code wait}
     * (capped by the service's maximum).
     */
    public void awaitChange(String jobId, Phase seen, Duration wait) throws InterruptedException {
        init();
        Duration capped = wait.isNegative() || wait.compareTo(uws.maxWait()) > 0 ? uws.maxWait() : wait;
        long deadline = System.nanoTime() + capped.toNanos();
        while (true) {
            Optional<Phase> now = store.phase(jobId);
            if (now.isEmpty() || now.get() != seen || !now.get().isActive()) {
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            synchronized (signal) {
                // woken by changes made in this server; the timeout also catches any other change
                signal.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 500)));
            }
        }
    }

    private void changed() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void submit(String jobId) {
        if (submitted.add(jobId)) {
            executor.execute(() -> execute(jobId));
        }
    }

    private void execute(String jobId) {
        if (!store.transition(jobId, EnumSet.of(Phase.QUEUED), Phase.EXECUTING, null)) {
            submitted.remove(jobId);
            return; // aborted or deleted while queued
        }
        changed();
        Running r = new Running();
        running.put(jobId, r);
        ScheduledFuture<?> watchdog = null;
        long started = System.nanoTime();
        Job job = null;
        try {
            job = store.find(jobList(jobId), jobId).orElse(null);
            if (job == null) {
                return;
            }
            if (job.executionDuration() > 0) {
                String reason = durationExceeded(job);
                watchdog = scheduler.schedule(() -> abort(jobId, reason), job.executionDuration(), TimeUnit.SECONDS);
            }
            JobRunner runner = runner(job.jobList());
            Job.Result result = runner.run(job, new Context(jobId, r));
            if (store.complete(jobId, result)) {
                changed();
            }
        } catch (Fault f) {
            if (outOfTime(job, started)) {
                // The statement timeout and the watchdog fire together; either way the job ran out
                // of time, which UWS reports as ABORTED, not as a query error.
                abort(jobId, durationExceeded(job));
            } else {
                fail(jobId, f instanceof TransientFault ? "transient" : "fatal", f.getMessage());
            }
        } catch (Exception | Error e) {
            if (r.cancelled) {
                fail(jobId, "fatal", "the job was aborted");
            } else {
                String logId = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.SEVERE, "job " + jobId + " failed, log id " + logId, e);
                fail(jobId, "fatal", "internal error while executing the job (log id " + logId + ")");
            }
        } finally {
            if (watchdog != null) {
                watchdog.cancel(false);
            }
            running.remove(jobId);
            submitted.remove(jobId);
        }
    }

    private static boolean outOfTime(Job job, long startedNanos) {
        return job != null && job.executionDuration() > 0
            && System.nanoTime() - startedNanos >= TimeUnit.SECONDS.toNanos(job.executionDuration());
    }

    private static String durationExceeded(Job job) {
        return "the job exceeded its execution duration of " + job.executionDuration() + " s";
    }

    private void fail(String jobId, String type, String message) {
        if (store.transition(jobId, EnumSet.of(Phase.EXECUTING), Phase.ERROR, new Job.ErrorSummary(type, message))) {
            changed();
        }
    }

    private String jobList(String jobId) {
        // job ids are unique across lists; find the list through any runner's list
        for (JobRunner r : runners) {
            if (store.find(r.jobList(), jobId).isPresent()) {
                return r.jobList();
            }
        }
        return "";
    }

    private JobRunner runner(String jobList) {
        for (JobRunner r : runners) {
            if (r.jobList().equals(jobList)) {
                return r;
            }
        }
        throw new IllegalStateException("no runner for job list " + jobList);
    }

    /**
     * Restart and crash recovery: QUEUED jobs nobody submitted run now; EXECUTING jobs that no
     * thread of this server runs and that started more than {@link #ORPHAN_SECONDS} ago (so they
     * cannot be a job whose thread is just starting) cannot be resumed and end in ERROR.
     */
    private void sweep() {
        try {
            for (JobRunner r : runners) {
                Instant orphanBefore = Instant.now().minusSeconds(ORPHAN_SECONDS);
                for (String id : store.executingSince(r.jobList(), orphanBefore)) {
                    if (!running.containsKey(id) && !submitted.contains(id) && store.transition(id,
                            EnumSet.of(Phase.EXECUTING), Phase.ERROR, new Job.ErrorSummary("transient",
                                "the server restarted while the job was executing; submit it again"))) {
                        LOG.info(() -> "job " + id + " was executing when the server stopped: set to ERROR");
                        changed();
                    }
                }
                for (String id : store.inPhase(r.jobList(), Phase.QUEUED)) {
                    if (!submitted.contains(id)) {
                        LOG.info(() -> "queued job " + id + " submitted (left from before a restart)");
                        submit(id);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "job sweep failed; retrying later", e);
        }
    }

    private void reap() {
        try {
            for (String id : store.expired(Instant.now())) {
                delete(id);
                LOG.fine(() -> "job " + id + " destroyed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "job reaper failed; retrying later", e);
        }
    }

    private void deleteFiles(String jobId) {
        try {
            files.delete(jobId);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "cannot delete the files of job " + jobId, e);
        }
    }

    /** Cancellation state of one executing job. */
    private static final class Running {
        private final java.util.List<Runnable> hooks = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile boolean cancelled;

        void cancel() {
            cancelled = true;
            hooks.forEach(Runnable::run);
        }
    }

    private final class Context implements JobContext {
        private final String jobId;
        private final Running running;

        Context(String jobId, Running running) {
            this.jobId = jobId;
            this.running = running;
        }

        @Override
        public Path resultFile(String fileName) {
            Path p = files.file(jobId, fileName);
            try {
                Files.createDirectories(p.getParent());
            } catch (IOException e) {
                throw new TransientFault("cannot create the job directory: " + e.getMessage(), e);
            }
            return p;
        }

        @Override
        public Path part(String partName) {
            Path p = files.part(jobId, partName);
            return Files.exists(p) ? p : null;
        }

        @Override
        public void onCancel(Runnable cancel) {
            running.hooks.add(cancel);
            if (running.cancelled) {
                cancel.run();
            }
        }

        @Override
        public boolean cancelled() {
            return running.cancelled;
        }
    }

    /** Seconds between recovery sweeps. */
    private static final int SWEEP_SECONDS = 5;

    /** An EXECUTING job unknown to this server for this long is an orphan. */
    private static final int ORPHAN_SECONDS = 30;
}
