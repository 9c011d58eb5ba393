package org.ozvo.ingest.load;

/**
 * What the archive remembers about an ingested original file ({@code archive.ingested_file}).
 *
 * @param sourcePath     absolute path it was loaded from
 * @param size           size in bytes
 * @param mtimeMicros    last-modified time, microseconds since 1970
 * @param sha256         hex digest of the content
 * @param loaderId       the loader that read it
 * @param loadOptions    {@link LoadSettings#fingerprint()} of that load
 * @param originalPath   where the original is kept (relative copy, or the source path)
 * @param originalCopied whether {@code originalPath} is a copy under the data directory
 */
public record LedgerEntry(String sourcePath, long size, long mtimeMicros, String sha256, String loaderId,
                          String loadOptions, String originalPath, boolean originalCopied) {
}
