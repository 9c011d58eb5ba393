package org.ozvo.ingest.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ozvo.ingest.testing.IngestHarness.count;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.ingest.testing.ArchiveState;
import org.ozvo.ingest.testing.IngestHarness;
import org.ozvo.ingest.testing.SampleFiles;
import org.ozvo.sampledata.SampleFile;
import org.ozvo.sampledata.SampleManifest;
import org.ozvo.schema.archive.ArchiveLayout;

/** {@code load}, reload, update, verify and delete with the real survey loaders on generated survey files. */
class RealLoadersIT {

    @TempDir
    static Path shared;

    private static SampleManifest samples;

    @TempDir
    Path tmp;

    private IngestHarness ingest;
    private ArchiveLayout layout;
    private String collection;

    @BeforeAll
    static void generateSamples() throws Exception {
        samples = SampleFiles.generate(shared.resolve("samples"), 6, 11);
    }

    @BeforeEach
    void setUp() {
        ingest = new IngestHarness(tmp.resolve("data"));
        layout = ingest.layout();
        // The collection is imposed so this test's rows never meet another test's sample rows.
        collection = IngestHarness.uniqueCollection("it_real");
    }

    @AfterEach
    void deleteCollection() {
        ingest.run("delete", "--collection", collection);
    }

    private IngestHarness.Run load(Path root) {
        return ingest.run("load", "--collection", collection, SampleFiles.FITS_ONLY[0], SampleFiles.FITS_ONLY[1],
            SampleFiles.FITS_ONLY[2], SampleFiles.FITS_ONLY[3], root.toString());
    }

    private long rows() throws Exception {
        return count("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = ?", collection);
    }

    @Test
    void theSampleReleaseLoadsReportsItsBrokenFilesAndReloadsAsNoChange() throws Exception {
        IngestHarness.Run run = load(samples.root());
        assertEquals(1, run.exit(), "broken files make the exit status 1:\n" + run);
        List<String> failed = run.err().lines().filter(l -> l.startsWith("ingest load: FAILED ")).toList();
        assertEquals(samples.brokenFiles().size(), failed.size(), run.err());
        for (SampleFile broken : samples.brokenFiles()) {
            assertTrue(failed.stream().anyMatch(l -> l.startsWith("ingest load: FAILED " + broken.path() + ": ")),
                "one line naming " + broken.path() + " (" + broken.description() + "):\n" + run.err());
            assertEquals(0, count("SELECT count(*) FROM ivoa.obscore WHERE original_path = ? OR original_path = ?",
                broken.path().toString(), layout.originalPath(collection, broken.path().getFileName().toString())),
                "nothing of " + broken.path());
        }
        assertEquals(SampleFiles.expectedProducts(samples), rows(), run.toString());
        ArchiveState.assertConsistent(layout, collection);
        IngestHarness.Run verify = ingest.run("verify", "--collection", collection);
        assertEquals(0, verify.exit(), verify.toString());

        Set<String> before = ArchiveState.strings("SELECT obs_publisher_did || record_modified FROM ivoa.obscore"
            + " WHERE obs_collection = ?", collection);
        IngestHarness.Run again = load(samples.root());
        assertTrue(again.out().contains(" 0 loaded, " + samples.goodFiles().size() + " unchanged"), again.out());
        assertEquals(before, ArchiveState.strings("SELECT obs_publisher_did || record_modified FROM ivoa.obscore"
            + " WHERE obs_collection = ?", collection), "no duplicates, no rewritten rows");
    }

    @Test
    void anUpdatedFileReplacesItsRowsAndDropsTheSpectraItNoLongerHas() throws Exception {
        // 2dFGRS names products after the file and the HDU: a two-spectrum file replaced by a
        // one-spectrum file of the same name keeps the first DID and loses the second.
        List<SampleFile> twodf = samples.forSurvey("2dfgrs").stream().filter(f -> !f.broken()).toList();
        SampleFile two = twodf.stream().filter(f -> f.expectedProducts() == 2).findFirst().orElseThrow();
        SampleFile one = twodf.stream().filter(f -> f.expectedProducts() == 1).findFirst().orElseThrow();
        Path release = Files.createDirectories(tmp.resolve("release"));
        Path target = release.resolve(two.path().getFileName());
        Files.copy(two.path(), target);
        assertEquals(0, load(release).exit());
        List<Map<String, Object>> before = rowsOf();
        assertEquals(2, before.size());

        Files.copy(one.path(), target, StandardCopyOption.REPLACE_EXISTING);
        IngestHarness.Run update = load(release);
        assertEquals(0, update.exit(), update.toString());
        assertTrue(update.out().contains("1 loaded") && update.out().contains("1 removed"), update.out());
        List<Map<String, Object>> after = rowsOf();
        assertEquals(1, after.size());
        assertEquals(before.get(0).get("obs_publisher_did"), after.get(0).get("obs_publisher_did"));
        assertNotEquals(before.get(0).get("s_ra"), after.get(0).get("s_ra"), "the row has the new file's values");
        assertFalse(Files.exists(layout.resolve((String) before.get(1).get("product_path"))), "vanished product file");
        assertTrue(Arrays.equals(Files.readAllBytes(target), Files.readAllBytes(layout.resolve((String) after.get(0)
            .get("original_path")))), "the new original is kept");
        ArchiveState.assertConsistent(layout, collection);
    }

    private List<Map<String, Object>> rowsOf() throws Exception {
        return IngestHarness.rows("SELECT obs_publisher_did, s_ra, product_path, original_path FROM ivoa.obscore"
            + " WHERE obs_collection = ? ORDER BY obs_publisher_did", collection);
    }

    @Test
    void statsAndDeleteSeeTheCollection() throws Exception {
        load(samples.root());
        IngestHarness.Run stats = ingest.run("stats");
        assertEquals(0, stats.exit(), stats.toString());
        assertTrue(stats.out().contains(collection + ": " + SampleFiles.expectedProducts(samples) + " rows"), stats.out());

        IngestHarness.Run delete = ingest.run("delete", "--collection", collection);
        assertEquals(0, delete.exit(), delete.toString());
        assertEquals(0, rows());
        ArchiveState.assertConsistent(layout, collection);
        assertEquals(Set.of(), ArchiveState.files(layout, "products", collection));
    }
}
