package org.ozvo.loaders.spi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.ozvo.loaders.fits.HeaderScan;

/**
 * An original file handed to a loader: where it is, and the collection to use instead of the
 * loader's default (or null).
 *
 * <p>The file is read at most once per instance: its bytes ({@link #content()}) and its header
 * scan ({@link #headerScan()}) are kept, so that detection (every loader's {@code accepts})
 * and the chosen loader's {@code load} share one read and one header parse. Make a new
 * instance to see a file that changed. Equality is by path and collection only. Meant for one
 * thread at a time (the caches are nevertheless safe to share).
 */
public final class SourceFile {

    private final Path path;
    private final String collection;
    private byte[] content;
    private HeaderScan scan;

    /**
     * @param path       where the file is
     * @param collection the ObsCore collection to use instead of the loader's default, or null
     */
    public SourceFile(Path path, String collection) {
        this.path = Objects.requireNonNull(path, "path");
        this.collection = collection;
    }

    public static SourceFile of(Path path) {
        return new SourceFile(path, null);
    }

    public Path path() {
        return path;
    }

    /** The ObsCore collection to use instead of the loader's default, or null. */
    public String collection() {
        return collection;
    }

    /** The file name without directories. */
    public String fileName() {
        return path.getFileName().toString();
    }

    /**
     * The whole file, read on first use and kept. Do not modify the array.
     *
     * @throws IOException if it is not a regular file or cannot be read
     */
    public synchronized byte[] content() throws IOException {
        if (content == null) {
            if (!Files.isRegularFile(path)) {
                throw new IOException("not a regular file: " + path);
            }
            content = Files.readAllBytes(path);
        }
        return content;
    }

    /**
     * The headers of every HDU of the file ({@link HeaderScan#of(byte[])} of {@link #content()}),
     * parsed on first use and kept.
     *
     * @throws IOException if the file cannot be read at all
     */
    public synchronized HeaderScan headerScan() throws IOException {
        if (scan == null) {
            scan = HeaderScan.of(content());
        }
        return scan;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFile s && s.path.equals(path) && Objects.equals(s.collection, collection);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, collection);
    }

    @Override
    public String toString() {
        return "SourceFile[path=" + path + ", collection=" + collection + "]";
    }
}
