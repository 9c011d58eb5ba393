package org.ozvo.ingest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.ingest.testing.IngestHarness;

/** The {@code bin/ingest} script itself: environment, usage and exit statuses. */
class BinIngestIT {

    private static final Path SCRIPT = Path.of("..", "bin", "ingest").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private record Result(int exit, String output) {
    }

    private Result run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        Path log = tmp.resolve("out.log");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(new IngestHarness(tmp.resolve("data")).env());
        Process p = pb.start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new Result(p.exitValue(), Files.readString(log));
    }

    @Test
    void helpListsTheCommandsAndTheEnvironment() throws Exception {
        Result help = run("--help");
        assertEquals(0, help.exit(), help.output());
        for (String command : List.of("load", "convert", "delete", "stats", "verify", "synth")) {
            assertTrue(help.output().contains("  " + command + " "), help.output());
        }
        assertTrue(help.output().contains("VO_DATA_DIR"), help.output());
    }

    @Test
    void badCommandLinesPrintUsageAndExitWith2() throws Exception {
        for (String[] args : List.of(new String[] {}, new String[] {"load"}, new String[] {"load", "--frobnicate", "x"},
                new String[] {"nonsense"}, new String[] {"load", "--collection", "Bad Name", "x"},
                new String[] {"synth"})) {
            Result r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + ":\n" + r.output());
            assertTrue(r.output().contains("Usage: ingest"), r.output());
        }
    }

    @Test
    void statsRunsAgainstTheConfiguredDatabase() throws Exception {
        Result stats = run("stats");
        assertEquals(0, stats.exit(), stats.output());
        assertTrue(stats.output().contains("all collections: "), stats.output());
    }
}
