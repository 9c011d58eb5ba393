package org.ozvo.loaders.spi;

import java.nio.file.Path;

/**
 * An original file handed to a loader.
 *
 * @param path     where the file is
 * @param collection the ObsCore collection to use instead of the loader's default, or null
 */
public record SourceFile(Path path, String collection) {

    public static SourceFile of(Path path) {
        return new SourceFile(path, null);
    }

    /** The file name without directories. */
    public String fileName() {
        return path.getFileName().toString();
    }
}
