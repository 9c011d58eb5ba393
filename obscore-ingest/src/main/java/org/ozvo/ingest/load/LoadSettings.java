package org.ozvo.ingest.load;

import java.util.List;
import org.ozvo.ingest.product.RecordOverrides;

/**
 * Everything a load run is told by the operator.
 *
 * @param survey        loader id to use for every file, or null to detect per file
 * @param overrides     values imposed on every row
 * @param originals     copy or reference the original files
 * @param threads       worker threads reading files and writing products
 * @param batchProducts products per database transaction (at most; files are never split)
 * @param force         reload files even when unchanged since the last load
 * @param include       glob patterns file names found in directories must match; empty for all
 */
public record LoadSettings(String survey, RecordOverrides overrides, OriginalsMode originals, int threads,
                           int batchProducts, boolean force, List<String> include) {

    public LoadSettings {
        include = List.copyOf(include);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (batchProducts < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
    }

    /**
     * What shapes the rows of a file besides its content; stored per file, so a file loaded
     * again with other options is reloaded.
     */
    public String fingerprint() {
        return "loader=" + (survey == null ? "auto" : survey) + ";" + overrides.fingerprint() + ";originals=" + originals;
    }
}
