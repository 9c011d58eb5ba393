package org.ozvo.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs STILTS {@code votlint} (the Debian {@code stilts} package) on a document. votlint exits
 * with 0 even when it reports problems, so the check is that it prints nothing.
 */
public final class Votlint {

    private Votlint() {
    }

    /**
     * Fails the test unless votlint reports nothing for the document.
     *
     * @param what names the document in the failure message
     */
    public static void assertClean(byte[] votable, String what) {
        try {
            Path file = Files.createTempFile("votlint-", ".vot");
            try {
                Files.write(file, votable);
                Process p = new ProcessBuilder("stilts", "votlint", "validate=true", file.toString())
                    .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(p.waitFor(120, TimeUnit.SECONDS), "votlint did not finish");
                assertEquals(0, p.exitValue(), "votlint failed to run: " + out);
                assertEquals("", out.trim(), "votlint reports problems in " + what + ":\n" + out);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run stilts votlint: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
