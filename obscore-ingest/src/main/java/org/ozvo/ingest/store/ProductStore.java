package org.ozvo.ingest.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ozvo.schema.archive.ArchiveLayout;

/**
 * The files of the archive's data directory as the ingest sees them. New content is written
 * completely to {@code <data dir>/.staging/<run id>/} and later moved into place with an atomic
 * rename, so a reader (or a crash) never sees a half-written product. Thread-safe.
 */
public final class ProductStore {

    /** Directory under the data directory where runs stage files; not part of the archive. */
    public static final String STAGING_DIR = ".staging";

    private static final int BUFFER = 1 << 16;

    private final ArchiveLayout layout;
    private final String runId;
    private final AtomicLong sequence = new AtomicLong();
    private final Set<Path> knownDirectories = ConcurrentHashMap.newKeySet();

    /** Writes the content of a file to a stream; must not close it. */
    @FunctionalInterface
    public interface ContentWriter {
        void write(OutputStream out) throws IOException;
    }

    public ProductStore(ArchiveLayout layout, String runId) {
        this.layout = layout;
        this.runId = runId;
    }

    public ArchiveLayout layout() {
        return layout;
    }

    public String runId() {
        return runId;
    }

    /** Writes a new staged file with the given suffix (e.g. {@code .fits}). */
    public StagedFile stage(String suffix, ContentWriter content) throws IOException {
        String relative = nextStagedPath(suffix);
        Path file = layout.resolve(relative);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
            content.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new StagedFile(relative, Files.size(file));
    }

    /** Copies an original file into staging. */
    public StagedFile stageCopy(Path source, String suffix) throws IOException {
        String relative = nextStagedPath(suffix);
        Path file = layout.resolve(relative);
        try {
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new StagedFile(relative, Files.size(file));
    }

    /** Deletes a staged file that will not be placed. Never throws. */
    public void discard(String stagedPath) {
        try {
            Files.deleteIfExists(layout.resolve(stagedPath));
        } catch (IOException | RuntimeException e) {
            // Left-overs in staging are removed by the next run's reconcile.
        }
    }

    /**
     * Carries out one operation. Idempotent: a place whose staged file is gone was done
     * already, a remove of a missing target has nothing to do.
     *
     * @return true if something changed on disk
     */
    public boolean apply(FileOp op) throws IOException {
        Path target = layout.resolve(op.targetPath());
        if (op.kind() == FileOp.Kind.REMOVE) {
            return Files.deleteIfExists(target);
        }
        Path staged = layout.resolve(op.stagedPath());
        ensureDirectory(target.getParent());
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (NoSuchFileException e) {
            if (Files.exists(staged)) {
                throw e;
            }
            return false;
        }
    }

    /**
     * Deletes everything under the staging directory (all runs). Only safe while holding the
     * {@link IngestLock} and after the pending operations were replayed.
     *
     * @return number of files deleted
     */
    public long clearStaging() throws IOException {
        Path staging = layout.resolve(STAGING_DIR);
        knownDirectories.clear();
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        AtomicLong deleted = new AtomicLong();
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                deleted.incrementAndGet();
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (!dir.equals(staging)) {
                    try {
                        Files.deleteIfExists(dir);
                    } catch (DirectoryNotEmptyException e) {
                        // Written concurrently; cannot happen under the lock, harmless otherwise.
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return deleted.get();
    }

    private String nextStagedPath(String suffix) throws IOException {
        String dir = STAGING_DIR + "/" + runId;
        ensureDirectory(layout.resolve(dir));
        return dir + "/" + sequence.incrementAndGet() + suffix;
    }

    private void ensureDirectory(Path dir) throws IOException {
        if (!knownDirectories.contains(dir)) {
            Files.createDirectories(dir);
            knownDirectories.add(dir);
        }
    }
}
