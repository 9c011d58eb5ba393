package org.ozvo.ingest.product;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Walks the paths given on the command line: files are taken as they are, directories are
 * descended into in name order (so runs are reproducible), hidden entries (names starting
 * with a dot) are skipped, and file names can be restricted to glob patterns. Paths that cannot be read are reported, not thrown. Does not keep
 * the files it found: a release of millions of files is streamed.
 */
public final class SourceWalker {

    /** Receives what the walk finds. */
    public interface Visitor {
        /** A regular file to load; the path is absolute and normalised. */
        void file(Path file) throws InterruptedException;

        /** A path given or found that cannot be read. */
        void unreadable(Path path, String reason) throws InterruptedException;
    }

    private SourceWalker() {
    }

    /** Walks the roots in the given order, taking every file found in directories. */
    public static void walk(List<Path> roots, Visitor visitor) throws InterruptedException {
        walk(roots, List.of(), visitor);
    }

    /**
     * Walks the roots in the given order. A root inside another root is walked only once.
     *
     * @param include glob patterns (e.g. {@code *.fits}) a file name found in a directory must
     *                match one of; empty for all. Files named as roots are always taken.
     */
    public static void walk(List<Path> roots, List<String> include, Visitor visitor) throws InterruptedException {
        List<PathMatcher> matchers = include.stream()
            .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList();
        Predicate<Path> wanted = file -> matchers.isEmpty()
            || matchers.stream().anyMatch(m -> m.matches(file.getFileName()));
        List<Path> normalised = new ArrayList<>();
        for (Path root : roots) {
            Path p = root.toAbsolutePath().normalize();
            if (normalised.stream().noneMatch(other -> p.startsWith(other) && Files.isDirectory(other))) {
                normalised.removeIf(other -> other.startsWith(p) && Files.isDirectory(p));
                normalised.add(p);
            }
        }
        for (Path root : normalised) {
            if (Files.isDirectory(root)) {
                walkDirectory(root, wanted, visitor);
            } else if (Files.isRegularFile(root)) {
                visitor.file(root);
            } else if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                visitor.unreadable(root, "not a regular file or directory");
            } else {
                visitor.unreadable(root, "no such file or directory");
            }
        }
    }

    private static void walkDirectory(Path dir, Predicate<Path> wanted, Visitor visitor) throws InterruptedException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            visitor.unreadable(dir, "cannot list directory: " + FailureMessages.of(e));
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            // Directories are followed only when they are real, so symlink loops cannot trap us.
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walkDirectory(entry, wanted, visitor);
            } else if (Files.isRegularFile(entry) && wanted.test(entry)) {
                visitor.file(entry);
            }
        }
    }
}
