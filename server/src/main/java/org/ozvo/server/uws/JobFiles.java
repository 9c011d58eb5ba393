package org.ozvo.server.uws;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where a job's files live: {@code <data dir>/uws/<job id>/}, with {@code params/<part>} for
 * inline parameters and result files beside them. Thread-safe.
 */
public final class JobFiles {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final Path root;

    /** @param dataDir the archive data directory (VO_DATA_DIR) */
    public JobFiles(Path dataDir) {
        this.root = dataDir.resolve("uws");
    }

    /** The job's directory (not created). */
    public Path jobDir(String jobId) {
        return root.resolve(checked(jobId));
    }

    /** Path of a file in the job's directory. */
    public Path file(String jobId, String fileName) {
        return jobDir(jobId).resolve(checked(fileName));
    }

    /** Stored inline parameter part. */
    public Path part(String jobId, String partName) {
        return jobDir(jobId).resolve("params").resolve(partFileName(partName));
    }

    /** Moves a temporary part file into the job's directory. */
    public void storePart(String jobId, String partName, Path tempFile) throws IOException {
        Path target = part(jobId, partName);
        Files.createDirectories(target.getParent());
        Files.move(tempFile, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes the job's directory and everything in it. */
    public void delete(String jobId) throws IOException {
        Path dir = jobDir(jobId);
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Part names come from clients; map them to a safe, unique file name. */
    static String partFileName(String partName) {
        StringBuilder sb = new StringBuilder("p_");
        for (char c : partName.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                sb.append(c);
            } else {
                sb.append('_').append(Integer.toHexString(c)).append('_');
            }
        }
        return sb.toString();
    }

    private static String checked(String name) {
        if (!SAFE.matcher(name).matches()) {
            throw new IllegalArgumentException("unsafe file name " + name);
        }
        return name;
    }
}
