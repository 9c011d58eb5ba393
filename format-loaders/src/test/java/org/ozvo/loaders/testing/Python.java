package org.ozvo.loaders.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the helper scripts in {@code src/test/resources/python} with Debian's
 * {@code /usr/bin/python3} (the {@code python3} first on PATH has no astropy). Tests that need it
 * are skipped, with the reason, when that interpreter or astropy/specutils is missing.
 */
public final class Python {

    public static final Path INTERPRETER = Path.of("/usr/bin/python3");
    private static Boolean available;
    private static String whyNot;
    private static Path scripts;

    private Python() {
    }

    /** Skips the calling test unless python3 with astropy and specutils is installed. */
    public static synchronized void assumeAvailable() {
        if (available == null) {
            available = probe();
        }
        assumeTrue(available, whyNot);
    }

    private static boolean probe() {
        if (!Files.isExecutable(INTERPRETER)) {
            whyNot = INTERPRETER + " not found: skipping astropy/specutils checks";
            return false;
        }
        try {
            Process p = new ProcessBuilder(INTERPRETER.toString(), "-c", "import astropy, specutils")
                .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                whyNot = "astropy/specutils not importable by " + INTERPRETER + ": " + out.trim();
                return false;
            }
            return true;
        } catch (IOException | InterruptedException e) {
            whyNot = "cannot run " + INTERPRETER + ": " + e.getMessage();
            return false;
        }
    }

    /**
     * Runs a script and returns its standard output lines.
     *
     * @throws AssertionError if it exits non-zero or takes more than 10 minutes
     */
    public static List<String> run(String script, List<String> args) {
        assumeAvailable();
        try {
            List<String> cmd = new ArrayList<>();
            cmd.add(INTERPRETER.toString());
            cmd.add(script(script).toString());
            cmd.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(cmd);
            Path err = Files.createTempFile("python-stderr", ".txt");
            pb.redirectError(err.toFile());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail(script + " timed out");
            }
            String stderr = Files.readString(err);
            Files.deleteIfExists(err);
            if (p.exitValue() != 0) {
                fail(script + " exited with " + p.exitValue() + ": " + stderr + out);
            }
            return out.lines().toList();
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("cannot run " + script + ": " + e.getMessage(), e);
        }
    }

    private static synchronized Path script(String name) throws IOException {
        if (scripts == null) {
            scripts = Files.createTempDirectory("loader-test-python");
            scripts.toFile().deleteOnExit();
        }
        Path target = scripts.resolve(name);
        if (!Files.exists(target)) {
            try (InputStream in = Python.class.getResourceAsStream("/python/" + name)) {
                if (in == null) {
                    throw new IOException("no test resource python/" + name);
                }
                Files.copy(in, target);
            }
            target.toFile().deleteOnExit();
        }
        return target;
    }
}
