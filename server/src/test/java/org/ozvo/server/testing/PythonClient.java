package org.ozvo.server.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python client script from the test resources with Debian's {@code /usr/bin/python3}
 * (which has pyvo 1.2.1 and astropy; the {@code python3} on PATH may be another one). Scripts
 * exit 0 when every check passed and print what they found; the output goes into failure
 * messages. No internet is needed.
 */
public final class PythonClient {

    /** The interpreter with pyvo and astropy. */
    public static final String PYTHON = "/usr/bin/python3";

    private PythonClient() {
    }

    /**
     * Runs {@code resource} (a path in the test class path, e.g. {@code /ssa/pyvo_ssa.py}) with
     * the arguments and returns its standard output; fails the test on a non-zero exit.
     */
    public static String run(String resource, String... args) {
        try {
            Path script = Files.createTempFile("client-", ".py");
            try (InputStream in = PythonClient.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no test resource " + resource);
                }
                Files.write(script, in.readAllBytes());
            }
            List<String> cmd = new ArrayList<>(List.of(PYTHON, "-W", "ignore::DeprecationWarning", script.toString()));
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            // astropy's cache and config in a scratch place, and no network look-ups.
            pb.environment().put("XDG_CACHE_HOME", Files.createTempDirectory("astropy-cache").toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "python client timed out:\n" + out);
            Files.deleteIfExists(script);
            assertEquals(0, p.exitValue(), resource + " failed:\n" + out);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + resource + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
