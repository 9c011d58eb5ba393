package org.ozvo.ingest.load;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.ozvo.ingest.product.Loaders;
import org.ozvo.ingest.product.ProductRecords;
import org.ozvo.ingest.product.SourceWalker;
import org.ozvo.ingest.report.IngestReport;
import org.ozvo.ingest.report.Progress;
import org.ozvo.ingest.store.IngestLock;
import org.ozvo.ingest.store.ProductStore;
import org.ozvo.ingest.store.Reconciler;

/**
 * One {@code load} run. Takes the ingest lock, reconciles what an interrupted run left, then
 * streams the files through three stages connected by bounded queues (a fourth thread only
 * counts the files, for the progress ETA):
 * <ol>
 *   <li>a scanner thread walks the paths and looks up, per chunk of files, what the ledger
 *       remembers of them;</li>
 *   <li>worker threads ({@link FileProcessor}) skip unchanged files and stage the others;</li>
 *   <li>the calling thread groups outcomes into batches and commits them ({@link BatchWriter}).</li>
 * </ol>
 * Per-file failures go to the {@link IngestReport}; a database or disk failure that is not
 * about one file stops the run (the next run picks up where it stopped).
 */
public final class IngestPipeline {

    /**
     * What a run did.
     *
     * @param files           files found (including unreadable paths)
     * @param unchanged       files skipped because they did not change
     * @param touched         files whose time changed but not their content
     * @param loaded          files (re)loaded and committed
     * @param failed          files that failed
     * @param productsWritten ObsCore rows inserted or replaced
     * @param productsRemoved rows removed because their file no longer has them
     * @param reconciled      what was left of an interrupted run and has been finished
     * @param elapsed         wall-clock time
     */
    public record Summary(long files, long unchanged, long touched, long loaded, long failed, long productsWritten,
                          long productsRemoved, Reconciler.Result reconciled, Duration elapsed) {
    }

    private static final int LOOKUP_CHUNK = 256;
    private static final int MAX_BATCH_FILES = 2000;
    private static final long MAX_BATCH_AGE_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final Object NO_MORE_TASKS = new Object();
    private static final Object WORKER_DONE = new Object();

    private final DataSource owner;
    private final ProductStore store;
    private final LoadSettings settings;
    private final FileProcessor processor;
    private final IngestReport report;
    private final Progress progress;

    private final BlockingQueue<Object> tasks;
    private final BlockingQueue<Object> results;
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();

    private long files;
    private long unchanged;
    private long touched;
    private long loaded;
    private long failed;
    private long productsWritten;
    private long productsRemoved;

    public IngestPipeline(DataSource owner, ProductStore store, ProductRecords records, Loaders loaders,
                          LoadSettings settings, IngestReport report, Progress progress) {
        this.owner = owner;
        this.store = store;
        this.settings = settings;
        this.processor = new FileProcessor(settings, loaders, records, store);
        this.report = report;
        this.progress = progress;
        this.tasks = new ArrayBlockingQueue<>(settings.threads() * 32);
        this.results = new ArrayBlockingQueue<>(settings.threads() * 32);
    }

    /**
     * Loads the files and directories given.
     *
     * @throws IllegalStateException if another ingest holds the lock
     * @throws SQLException when the database failed (not because of one file); rerunning finishes the run
     * @throws IOException  when the data directory failed; rerunning finishes the run
     */
    public Summary run(List<Path> roots) throws SQLException, IOException, InterruptedException {
        long start = System.nanoTime();
        try (IngestLock lock = IngestLock.acquire(owner)) {
            Reconciler.Result reconciled = Reconciler.reconcile(owner, store);
            try (Connection connection = owner.getConnection()) {
                BatchWriter writer = new BatchWriter(connection, store);
                List<Thread> threads = startThreads(roots);
                try {
                    consume(writer);
                } finally {
                    threads.forEach(Thread::interrupt);
                    for (Thread t : threads) {
                        t.join();
                    }
                }
            }
            progress.finish();
            return new Summary(files, unchanged, touched, loaded, failed, productsWritten, productsRemoved,
                reconciled, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private List<Thread> startThreads(List<Path> roots) {
        List<Thread> threads = new ArrayList<>();
        threads.add(new Thread(() -> count(roots), "ingest-counter"));
        threads.add(new Thread(() -> scan(roots), "ingest-scanner"));
        for (int i = 0; i < settings.threads(); i++) {
            threads.add(new Thread(this::work, "ingest-worker-" + i));
        }
        threads.forEach(t -> {
            t.setDaemon(true);
            t.start();
        });
        return threads;
    }

    /**
     * Counter thread: a walk of its own that only counts, so the total (and the ETA) is known
     * long before the scanner, held back by the workers, has seen every file.
     */
    private void count(List<Path> roots) {
        long[] n = {0};
        try {
            SourceWalker.walk(roots, settings.include(), new SourceWalker.Visitor() {
                @Override
                public void file(Path file) throws InterruptedException {
                    if (Thread.interrupted()) {
                        throw new InterruptedException();
                    }
                    n[0]++;
                }

                @Override
                public void unreadable(Path path, String reason) {
                    n[0]++;
                }
            });
            progress.total(n[0]);
        } catch (InterruptedException e) {
            // The run is over before the count.
        }
    }

    /** Scanner thread: walk, look the files up in the ledger chunk by chunk, hand them out. */
    private void scan(List<Path> roots) {
        try (Connection connection = owner.getConnection()) {
            List<Path> chunk = new ArrayList<>(LOOKUP_CHUNK);
            SourceWalker.walk(roots, settings.include(), new SourceWalker.Visitor() {
                @Override
                public void file(Path file) throws InterruptedException {
                    chunk.add(file);
                    if (chunk.size() == LOOKUP_CHUNK) {
                        handOut(connection, chunk);
                    }
                }

                @Override
                public void unreadable(Path path, String reason) throws InterruptedException {
                    results.put(new FileOutcome.Failed(path, reason));
                }
            });
            handOut(connection, chunk);
        } catch (InterruptedException e) {
            return;
        } catch (Throwable t) {
            fatal.compareAndSet(null, t);
        }
        try {
            for (int i = 0; i < settings.threads(); i++) {
                tasks.put(NO_MORE_TASKS);
            }
        } catch (InterruptedException e) {
            // The run is being stopped.
        }
    }

    private void handOut(Connection connection, List<Path> chunk) throws InterruptedException {
        if (chunk.isEmpty()) {
            return;
        }
        Map<String, LedgerEntry> known;
        try {
            known = IngestLedger.lookup(connection, chunk.stream().map(Path::toString).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the ingest ledger: " + e.getMessage(), e);
        }
        for (Path file : chunk) {
            tasks.put(new FileTask(file, known.get(file.toString())));
        }
        chunk.clear();
    }

    /** Worker thread. */
    private void work() {
        try {
            for (Object task = tasks.take(); task != NO_MORE_TASKS; task = tasks.take()) {
                results.put(processor.process((FileTask) task));
            }
            results.put(WORKER_DONE);
        } catch (InterruptedException e) {
            // The run is being stopped.
        } catch (Throwable t) {
            fatal.compareAndSet(null, t);
        }
    }

    /** The calling thread: batch the outcomes and commit them. */
    private void consume(BatchWriter writer) throws SQLException, IOException, InterruptedException {
        List<FileOutcome.Loaded> batch = new ArrayList<>();
        List<FileOutcome.Touched> batchTouched = new ArrayList<>();
        int batchProducts = 0;
        long batchStart = 0;
        int workersDone = 0;
        while (workersDone < settings.threads()) {
            Object next = results.poll(100, TimeUnit.MILLISECONDS);
            checkFatal();
            if (next == WORKER_DONE) {
                workersDone++;
            } else if (next instanceof FileOutcome outcome) {
                files++;
                if (outcome instanceof FileOutcome.Unchanged) {
                    unchanged++;
                } else if (outcome instanceof FileOutcome.Failed f) {
                    fail(f);
                } else {
                    if (batch.isEmpty() && batchTouched.isEmpty()) {
                        batchStart = System.nanoTime();
                    }
                    if (outcome instanceof FileOutcome.Touched t) {
                        batchTouched.add(t);
                    } else if (outcome instanceof FileOutcome.Loaded l) {
                        batch.add(l);
                        batchProducts += l.products().size();
                    }
                }
            }
            int batchFiles = batch.size() + batchTouched.size();
            if (batchFiles > 0 && (batchProducts >= settings.batchProducts() || batchFiles >= MAX_BATCH_FILES
                    || System.nanoTime() - batchStart >= MAX_BATCH_AGE_NANOS)) {
                commit(writer, batch, batchTouched);
                batchProducts = 0;
            }
            progress.update(files, productsWritten, failed);
        }
        checkFatal();
        commit(writer, batch, batchTouched);
        progress.update(files, productsWritten, failed);
    }

    private void commit(BatchWriter writer, List<FileOutcome.Loaded> batch, List<FileOutcome.Touched> batchTouched)
            throws SQLException, IOException {
        if (batch.isEmpty() && batchTouched.isEmpty()) {
            return;
        }
        BatchWriter.Result result = writer.write(batch, batchTouched);
        result.failed().forEach(this::fail);
        loaded += batch.size() - result.failed().size();
        touched += batchTouched.size();
        productsWritten += result.productsWritten();
        productsRemoved += result.productsRemoved();
        batch.clear();
        batchTouched.clear();
    }

    private void fail(FileOutcome.Failed f) {
        failed++;
        report.failed(f.path(), f.reason());
    }

    private void checkFatal() throws SQLException, IOException {
        Throwable t = fatal.get();
        if (t == null) {
            return;
        }
        if (t instanceof SQLException e) {
            throw e;
        }
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        throw new IllegalStateException("ingest thread failed: " + t, t);
    }
}
