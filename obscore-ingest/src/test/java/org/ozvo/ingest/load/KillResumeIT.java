package org.ozvo.ingest.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ozvo.ingest.testing.IngestHarness.count;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.ingest.testing.ArchiveState;
import org.ozvo.ingest.testing.IngestHarness;
import org.ozvo.ingest.testing.SampleFiles;
import org.ozvo.sampledata.SampleManifest;
import org.ozvo.schema.archive.ArchiveLayout;

/**
 * Runs the real command ({@code java -jar target/obscore-ingest.jar load}) as a subprocess,
 * kills it (SIGKILL) while it is committing, twice, and checks that the archive is consistent
 * right after each kill, as far as the journal goes, and complete after running the same
 * command again.
 */
class KillResumeIT {

    private static final Path JAR = Path.of("target", "obscore-ingest.jar");

    @TempDir
    Path tmp;

    private IngestHarness ingest;
    private String collection;

    @AfterEach
    void deleteCollection() {
        ingest.run("delete", "--collection", collection);
    }

    @Test
    void aKilledLoadIsFinishedByRunningItAgain() throws Exception {
        assertTrue(Files.exists(JAR), "run with mvn verify: the IT needs the packaged " + JAR);
        SampleManifest samples = SampleFiles.generate(tmp.resolve("samples"), 40, 5);
        int expected = SampleFiles.expectedProducts(samples);
        ingest = new IngestHarness(tmp.resolve("data"));
        ArchiveLayout layout = ingest.layout();
        collection = IngestHarness.uniqueCollection("it_kill");
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString(), "load", "--collection", collection,
            "--threads", "1", "--batch-size", "4", "--report", tmp.resolve("report.tsv").toString()));
        command.addAll(List.of(SampleFiles.FITS_ONLY));
        command.add(samples.root().toString());

        long rowsAtLastKill = 0;
        for (int kill = 1; kill <= 2; kill++) {
            Process load = start(command, tmp.resolve("kill" + kill + ".log"));
            long seen = waitForMoreRows(load, rowsAtLastKill);
            load.destroyForcibly();   // SIGKILL: no shutdown hooks, no cleanup
            assertTrue(load.waitFor(30, TimeUnit.SECONDS));
            long rows = rows();
            assertTrue(rows >= seen && rows < expected,
                "kill " + kill + " must land mid-way: " + rows + " of " + expected + " rows");
            assertConsistentAsFarAsTheJournalGoes(layout);
            rowsAtLastKill = rows;
        }

        Process resume = start(command, tmp.resolve("resume.log"));
        assertTrue(resume.waitFor(5, TimeUnit.MINUTES));
        String log = Files.readString(tmp.resolve("resume.log"));
        assertEquals(1, resume.exitValue(), "only the broken sample files fail:\n" + log);
        assertTrue(log.contains(samples.brokenFiles().size() + " failed"), log);
        assertEquals(expected, rows(), log);
        ArchiveState.assertConsistent(layout, collection);
        IngestHarness.Run verify = ingest.run("verify", "--collection", collection);
        assertEquals(0, verify.exit(), verify.toString());
    }

    private Process start(List<String> command, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(ingest.env());
        return pb.start();
    }

    /** Polls until the running load has committed more rows than {@code before}. */
    private long waitForMoreRows(Process load, long before) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            long rows = rows();
            if (rows > before) {
                return rows;
            }
            assertTrue(load.isAlive(), "the load ended before it could be killed");
            Thread.sleep(5);
        }
        throw new AssertionError("no rows committed within 2 minutes");
    }

    private long rows() throws Exception {
        return count("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = ?", collection);
    }

    /**
     * Right after a kill: every product file has its row, and every row has its file or a
     * journalled move that will put it there (the moment between commit and rename).
     */
    private void assertConsistentAsFarAsTheJournalGoes(ArchiveLayout layout) throws Exception {
        Set<String> rows = ArchiveState.rowProducts(collection);
        Set<String> files = ArchiveState.files(layout, "products", collection);
        assertTrue(rows.containsAll(files), "no product file without its row");
        Set<String> pending = ArchiveState.strings("SELECT target_path FROM archive.pending_file_op"
            + " WHERE data_dir = ? AND op = 'place'", layout.dataDir().toString());
        for (String row : rows) {
            assertTrue(files.contains(row) || pending.contains(row), "row without file or journalled move: " + row);
        }
        assertEquals(rows, ArchiveState.strings("SELECT product_path FROM archive.ingested_product"
            + " WHERE obs_collection = ?", collection), "ledger and rows commit together");
    }
}
