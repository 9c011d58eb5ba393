package org.ozvo.ingest.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The failures of a run: each one is written at once as one stderr line naming the file and
 * the reason, and as one line of a tab-separated report file ({@code file<TAB>reason}).
 * Thread-safe.
 */
public final class IngestReport implements AutoCloseable {

    private final Path file;
    private final BufferedWriter out;
    private final Consumer<String> stderr;
    private long failures;

    /**
     * Creates the report file (and its directory) with a header line.
     *
     * @param file   the report file; replaced if it exists
     * @param stderr receives one line per failure (without a trailing newline)
     */
    public IngestReport(Path file, Consumer<String> stderr) throws IOException {
        this.file = file.toAbsolutePath();
        Path parent = this.file.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.out = Files.newBufferedWriter(this.file, StandardCharsets.UTF_8);
        this.out.write("file\treason\n");
        this.stderr = stderr;
    }

    /** Records a failed file. */
    public synchronized void failed(Path path, String reason) {
        String oneLine = reason == null ? "unknown reason" : reason.replaceAll("\\s*\\R\\s*", " ");
        failures++;
        stderr.accept("FAILED " + path + ": " + oneLine);
        try {
            out.write(path + "\t" + oneLine.replace('\t', ' ') + "\n");
            out.flush();
        } catch (IOException e) {
            stderr.accept("cannot write the report " + file + ": " + e.getMessage());
        }
    }

    public synchronized long failures() {
        return failures;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
