package org.ozvo.datalink.links;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ozvo.schema.archive.ArchiveLayout;

/**
 * Where a product's files are on disk. Paths come from the database (written by the ingest),
 * never from a request; relative ones are resolved strictly inside the data directory, so a
 * corrupted row cannot point the services elsewhere. An absolute original path is an original
 * the ingest left in place, which is allowed. Also names the preview-plot cache file.
 * Immutable.
 *
 * @param layout the archive layout (data directory)
 */
public record ProductFiles(ArchiveLayout layout) {

    /** Directory of cached preview plots, relative to the data directory. */
    public static final String PREVIEW_DIR = "cache/previews";

    /**
     * The simplified FITS file, or null when the record has none.
     *
     * @throws IllegalArgumentException if the stored path leaves the data directory
     */
    public Path product(ProductInfo p) {
        return p.productPath() == null ? null : layout.resolve(p.productPath());
    }

    /**
     * The original file, or null when the record has none.
     *
     * @throws IllegalArgumentException if a relative stored path leaves the data directory
     */
    public Path original(ProductInfo p) {
        if (p.originalPath() == null || p.originalPath().isBlank()) {
            return null;
        }
        Path given = Path.of(p.originalPath());
        return given.isAbsolute() ? given.normalize() : layout.resolve(p.originalPath());
    }

    /** The cached preview plot of a product (may not exist yet), or null without a product. */
    public Path preview(ProductInfo p) {
        if (p.productPath() == null) {
            return null;
        }
        String rel = p.productPath().startsWith("products/") ? p.productPath().substring("products/".length())
            : p.productPath();
        if (rel.toLowerCase(Locale.ROOT).endsWith(".fits")) {
            rel = rel.substring(0, rel.length() - 5);
        }
        return layout.resolve(PREVIEW_DIR + "/" + rel + ".png");
    }

    /** Size of a file in bytes, or null if it does not exist or cannot be read. */
    public static Long size(Path file) {
        if (file == null) {
            return null;
        }
        try {
            return Files.size(file);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
