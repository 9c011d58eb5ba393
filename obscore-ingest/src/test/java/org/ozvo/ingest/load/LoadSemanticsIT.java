package org.ozvo.ingest.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ozvo.ingest.testing.IngestHarness.column;
import static org.ozvo.ingest.testing.IngestHarness.count;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ozvo.ingest.testing.ArchiveState;
import org.ozvo.ingest.testing.IngestHarness;
import org.ozvo.schema.archive.ArchiveLayout;

/**
 * What {@code load} does with new, unchanged, touched, updated, conflicting and broken files,
 * with the test loader ({@code *.fake} files) so each case is exactly what the test says.
 */
class LoadSemanticsIT {

    @TempDir
    Path tmp;

    private IngestHarness ingest;
    private ArchiveLayout layout;
    private Path release;
    private String collection;

    @BeforeEach
    void setUp() throws IOException {
        ingest = new IngestHarness(tmp.resolve("data"));
        layout = ingest.layout();
        release = Files.createDirectories(tmp.resolve("release"));
        collection = IngestHarness.uniqueCollection("it_fake");
    }

    @AfterEach
    void deleteCollection() {
        ingest.run("delete", "--collection", collection);
    }

    private Path file(String name, String... lines) throws IOException {
        Path p = release.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, List.of(lines));
        return p;
    }

    private IngestHarness.Run load(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "load";
        args[1] = "--collection";
        args[2] = collection;
        System.arraycopy(extra, 0, args, 3, extra.length);
        args[args.length - 1] = release.toString();
        return ingest.run(args);
    }

    private String did(String obsId) {
        return layout.publisherDid(collection, obsId);
    }

    private Map<String, Object> row(String obsId) throws SQLException {
        List<Map<String, Object>> rows = IngestHarness.rows("SELECT * FROM ivoa.obscore WHERE obs_publisher_did = ?",
            did(obsId));
        return rows.isEmpty() ? null : rows.get(0);
    }

    @Test
    void loadingTheSameReleaseAgainChangesNothing() throws Exception {
        file("a.fake", "product a1 10 20", "product a2 11 21");
        file("sub/b.fake", "product b1 12 22");
        IngestHarness.Run first = load();
        assertEquals(0, first.exit(), first.toString());
        assertTrue(first.out().contains("2 loaded, 0 unchanged"), first.out());
        assertEquals(3, count("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = ?", collection));
        ArchiveState.assertConsistent(layout, collection);

        Map<String, Object> before = row("a1");
        assertEquals(layout.accessUrl(did("a1")), before.get("access_url"));
        assertEquals(ArchiveLayout.DATALINK_MIME, before.get("access_format"));
        assertEquals(layout.productPath(collection, "a1"), before.get("product_path"));
        assertEquals(layout.originalPath(collection, "a.fake"), before.get("original_path"));
        assertEquals("line 1", before.get("original_hdu"));
        long bytes = Files.size(layout.resolve((String) before.get("product_path")));
        assertEquals((bytes + 1023) / 1024, before.get("access_estsize"));
        FileTime productTime = Files.getLastModifiedTime(layout.resolve((String) before.get("product_path")));

        IngestHarness.Run second = load();
        assertEquals(0, second.exit(), second.toString());
        assertTrue(second.out().contains("0 loaded, 2 unchanged"), second.out());
        assertEquals(3, count("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = ?", collection));
        assertEquals(before, row("a1"), "row untouched, record_modified included");
        assertEquals(productTime, Files.getLastModifiedTime(layout.resolve((String) before.get("product_path"))));
        ArchiveState.assertConsistent(layout, collection);
    }

    @Test
    void anUpdatedFileReplacesItsRowsAndProductsAndDropsVanishedOnes() throws Exception {
        Path a = file("a.fake", "product a1 10 20", "product a2 11 21");
        file("b.fake", "product b1 12 22");
        assertEquals(0, load().exit());
        Map<String, Object> b1 = row("b1");
        Path a2Product = layout.resolve(layout.productPath(collection, "a2"));
        assertTrue(Files.exists(a2Product));
        byte[] a1Fits = Files.readAllBytes(layout.resolve(layout.productPath(collection, "a1")));

        Files.write(a, List.of("product a1 30 -40", "product a3 31 -41"));
        IngestHarness.Run run = load();
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("1 loaded, 1 unchanged"), run.out());
        assertTrue(run.out().contains("1 removed"), run.out());

        assertEquals(30.0, row("a1").get("s_ra"));
        assertEquals(-40.0, row("a1").get("s_dec"));
        assertFalse(java.util.Arrays.equals(a1Fits,
            Files.readAllBytes(layout.resolve(layout.productPath(collection, "a1")))), "product rewritten");
        assertEquals(null, row("a2"), "vanished product's row is gone");
        assertFalse(Files.exists(a2Product), "vanished product's file is gone");
        assertEquals(0, count("SELECT count(*) FROM archive.ingested_product WHERE obs_publisher_did = ?", did("a2")));
        assertEquals(31.0, row("a3").get("s_ra"));
        assertEquals(b1, row("b1"), "other file untouched");
        ArchiveState.assertConsistent(layout, collection);
    }

    @Test
    void aTouchedFileIsRememberedNotReloaded() throws Exception {
        Path a = file("a.fake", "product a1 10 20");
        assertEquals(0, load().exit());
        Map<String, Object> before = row("a1");
        Files.setLastModifiedTime(a, FileTime.from(Instant.now().plusSeconds(60)));

        IngestHarness.Run touched = load();
        assertTrue(touched.out().contains("0 loaded, 0 unchanged, 1 touched"), touched.out());
        assertEquals(before, row("a1"));
        IngestHarness.Run again = load();
        assertTrue(again.out().contains("0 loaded, 1 unchanged, 0 touched"), again.out());

        IngestHarness.Run forced = load("--force");
        assertTrue(forced.out().contains("1 loaded"), forced.out());
        assertTrue(((java.sql.Timestamp) row("a1").get("record_modified"))
            .after((java.sql.Timestamp) before.get("record_modified")));
    }

    @Test
    void brokenFilesAreReportedByNameAndLeaveNothingBehind() throws Exception {
        file("good.fake", "product g1 10 20", "product g2 10 21");
        Path fails = file("fails.fake", "product f1 10 20", "fail checksum mismatch in HDU 2");
        Path invalid = file("invalid.fake", "product i1 10 20", "product i2 400 20");
        Path badWrite = file("badwrite.fake", "product w1 10 20", "product w2 10 21", "badwrite");
        Path badRegion = file("region.fake", "product r1 10 20", "product r2 10 21",
            "region 0 0 10 10 10 0 0 10");
        Path unknown = file("notes.txt", "not a survey file");

        IngestHarness.Run run = load("--report", tmp.resolve("report.tsv").toString());
        assertEquals(1, run.exit(), run.toString());
        List<String> failures = run.err().lines().filter(l -> l.contains("FAILED")).toList();
        assertEquals(5, failures.size(), run.err());
        assertTrue(hasLine(failures, fails, "checksum mismatch in HDU 2"), run.err());
        assertTrue(hasLine(failures, invalid, "s_ra must be in [0, 360)"), run.err());
        assertTrue(hasLine(failures, badWrite, "disk on fire while writing w2"), run.err());
        assertTrue(hasLine(failures, badRegion, "spherepoly"), run.err());
        assertTrue(hasLine(failures, unknown, "no loader recognises this file"), run.err());
        String report = Files.readString(tmp.resolve("report.tsv"));
        for (Path p : List.of(fails, invalid, badWrite, badRegion, unknown)) {
            assertTrue(report.contains(p + "\t"), report);
        }

        assertEquals(List.of(did("g1"), did("g2")), column("SELECT obs_publisher_did FROM ivoa.obscore"
            + " WHERE obs_collection = ? ORDER BY 1", collection), "only the good file's rows");
        assertEquals(1, count("SELECT count(*) FROM archive.ingested_file WHERE source_path LIKE ?",
            release + "/%"), "only the good file is in the ledger");
        ArchiveState.assertConsistent(layout, collection);
    }

    private static boolean hasLine(List<String> lines, Path file, String reason) {
        return lines.stream().anyMatch(l -> l.contains(file.toString()) && l.contains(reason));
    }

    @Test
    void aDidProducedByTwoFilesIsLoadedOnceAndTheOtherFileFails() throws Exception {
        file("one.fake", "product same 10 20");
        Path other = file("two.fake", "product same 11 21", "product own 12 22");
        IngestHarness.Run run = load("--threads", "1");   // one.fake is handled first
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains(other + ": " + did("same") + " is "), run.err());
        assertEquals(10.0, row("same").get("s_ra"));
        assertEquals(null, row("own"), "nothing of the failed file");

        IngestHarness.Run again = load();
        assertTrue(again.err().contains(did("same") + " is already published from " + release.resolve("one.fake")),
            again.err());
        ArchiveState.assertConsistent(layout, collection);
    }

    @Test
    void aMovedReleaseTakesOverItsProductsAndOriginals() throws Exception {
        file("a.fake", "product a1 10 20", "product a2 11 21");
        file("b.fake", "product b1 12 22");
        assertEquals(0, load().exit());
        Map<String, Object> before = row("a1");

        Path moved = tmp.resolve("moved");
        Files.move(release, moved);
        release = moved;
        IngestHarness.Run run = load();
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("2 loaded, 0 unchanged"), run.out());
        assertEquals(3, ArchiveState.rowProducts(collection).size());
        assertEquals(before.get("product_path"), row("a1").get("product_path"));
        assertEquals(List.of(moved.resolve("a.fake").toString(), moved.resolve("b.fake").toString()),
            column("SELECT source_path FROM archive.ingested_file WHERE source_path LIKE ? OR source_path LIKE ?"
                + " ORDER BY 1", tmp + "/release/%", moved + "/%"), "the vanished paths are forgotten");
        ArchiveState.assertConsistent(layout, collection);
    }

    @Test
    void twoFilesCannotShareAnOriginalCopyNorTakeOverAVanishedFilesOtherProducts() throws Exception {
        file("x/same.fake", "product x1 10 20");
        Path second = file("y/same.fake", "product y1 11 21");
        IngestHarness.Run run = load("--threads", "1");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains(second + ": its original copy " + layout.originalPath(collection, "same.fake")
            + " is also produced by"), run.err());
        IngestHarness.Run again = load();
        assertTrue(again.err().contains(second + ": its original copy " + layout.originalPath(collection, "same.fake")
            + " is the copy of " + release.resolve("x/same.fake")), again.err());
        IngestHarness.Run referenced = ingest.run("load", "--collection", collection, "--originals", "reference",
            second.toString());
        assertEquals(0, referenced.exit(), referenced.toString());

        Path gone = file("gone.fake", "product g1 10 20", "product g2 10 21");
        assertEquals(0, load("--originals", "reference").exit());
        Files.delete(gone);
        Path heir = file("heir.fake", "product g1 10 20");
        IngestHarness.Run partial = load("--originals", "reference");
        assertTrue(partial.err().contains(heir + ": " + did("g1") + " belongs to " + gone
            + ", which no longer exists but also had 1 products this file does not have (e.g. " + did("g2")), partial.err());
    }

    @Test
    void operatorValuesApplyAndChangingThemReloads() throws Exception {
        file("a.fake", "product a1 10 20");
        assertEquals(0, load("--release-date", "2030-01-02", "--data-rights", "proprietary").exit());
        Map<String, Object> r = row("a1");
        assertEquals("proprietary", r.get("data_rights"));
        assertEquals("2030-01-02 00:00:00.0", r.get("obs_release_date").toString());

        IngestHarness.Run changed = load("--release-date", "2030-01-02", "--data-rights", "public");
        assertTrue(changed.out().contains("1 loaded"), changed.out());
        assertEquals("public", row("a1").get("data_rights"));

        IngestHarness.Run bad = load("--data-rights", "open");
        assertEquals(2, bad.exit(), bad.toString());
        assertTrue(bad.err().contains("data rights must be one of public, secure, proprietary"), bad.err());
    }

    @Test
    void referencedOriginalsAreNotCopiedAndSwitchingRemovesTheCopies() throws Exception {
        Path a = file("a.fake", "product a1 10 20");
        assertEquals(0, load().exit());
        Path copy = layout.resolve(layout.originalPath(collection, "a.fake"));
        assertEquals(Files.readString(a), Files.readString(copy));

        IngestHarness.Run reference = load("--originals", "reference");
        assertTrue(reference.out().contains("1 loaded"), reference.out());
        assertEquals(a.toString(), row("a1").get("original_path"));
        assertFalse(Files.exists(copy), "copy removed when the file is referenced instead");
        ArchiveState.assertConsistent(layout, collection);
    }

    @Test
    void deleteRemovesRowsProductsOriginalsAndLedger() throws Exception {
        file("a.fake", "product a1 10 20", "product a2 11 21");
        file("b.fake", "product b1 12 22");
        assertEquals(0, load().exit());
        assertEquals(3, ArchiveState.rowProducts(collection).size());

        IngestHarness.Run delete = ingest.run("delete", "--collection", collection);
        assertEquals(0, delete.exit(), delete.toString());
        assertTrue(delete.out().contains("3 rows deleted"), delete.out());
        assertEquals(0, count("SELECT count(*) FROM ivoa.obscore WHERE obs_collection = ?", collection));
        assertEquals(0, count("SELECT count(*) FROM archive.ingested_product WHERE obs_collection = ?", collection));
        assertEquals(0, count("SELECT count(*) FROM archive.ingested_file WHERE source_path LIKE ?", release + "/%"));
        assertEquals(List.of(), List.copyOf(ArchiveState.files(layout, "products", collection)));
        assertEquals(List.of(), List.copyOf(ArchiveState.files(layout, "originals", collection)));
        ArchiveState.assertConsistent(layout, collection);

        IngestHarness.Run reload = load();
        assertTrue(reload.out().contains("2 loaded"), "a deleted collection loads again: " + reload.out());
        assertEquals(3, ArchiveState.rowProducts(collection).size());
    }

    @Test
    void verifyFindsDamagedMissingAndOrphanedFiles() throws Exception {
        file("a.fake", "product a1 10 20", "product a2 11 21", "product a3 12 22");
        assertEquals(0, load().exit());
        IngestHarness.Run clean = ingest.run("verify", "--collection", collection);
        assertEquals(0, clean.exit(), clean.toString());
        assertTrue(clean.out().contains("3 products checked"), clean.out());

        Path a1 = layout.resolve(layout.productPath(collection, "a1"));
        byte[] bytes = Files.readAllBytes(a1);
        bytes[2880 + 10] ^= 0x40;   // a flux byte, after the header block
        Files.write(a1, bytes);
        Files.delete(layout.resolve(layout.productPath(collection, "a2")));
        Files.writeString(layout.resolve(layout.productPath(collection, "stray")), "left over");

        IngestHarness.Run damaged = ingest.run("verify", "--collection", collection);
        assertEquals(1, damaged.exit(), damaged.toString());
        assertTrue(damaged.out().contains("PROBLEM checksum_invalid " + did("a1")), damaged.out());
        assertTrue(damaged.out().contains("PROBLEM product_missing " + did("a2")), damaged.out());
        assertTrue(damaged.out().contains("PROBLEM product_without_row " + layout.productPath(collection, "stray")),
            damaged.out());
        assertTrue(damaged.out().contains("3 problems"), damaged.out());
    }
}
