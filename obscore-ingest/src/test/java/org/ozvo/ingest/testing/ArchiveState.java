package org.ozvo.ingest.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ozvo.ingest.store.ProductStore;
import org.ozvo.schema.archive.ArchiveLayout;

/** What a collection looks like in the database and under the data directory. */
public final class ArchiveState {

    private ArchiveState() {
    }

    /** product_path of every row of the collection. */
    public static Set<String> rowProducts(String collection) throws SQLException {
        return strings("SELECT product_path FROM ivoa.obscore WHERE obs_collection = ?", collection);
    }

    /** Files under products/ and originals/ of the collection, relative to the data directory. */
    public static Set<String> files(ArchiveLayout layout, String top, String collection) throws IOException {
        Path dir = layout.resolve(layout.productPath(collection, "x")).getParent();
        dir = layout.resolve(top).resolve(dir.getFileName());
        Set<String> found = new TreeSet<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).forEach(p -> found.add(layout.dataDir().relativize(p).toString()));
            }
        }
        return found;
    }

    /** Files left in the staging directory. */
    public static long stagedFiles(ArchiveLayout layout) throws IOException {
        Path staging = layout.resolve(ProductStore.STAGING_DIR);
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    /**
     * Asserts the invariant of a finished ingest: the collection's rows, product files, ledger
     * entries and copied originals correspond one to one; nothing is staged or pending.
     */
    public static void assertConsistent(ArchiveLayout layout, String collection) throws SQLException, IOException {
        Set<String> rows = rowProducts(collection);
        assertEquals(rows, files(layout, "products", collection), "product files = rows' product_path");
        assertEquals(rows, strings("SELECT product_path FROM archive.ingested_product WHERE obs_collection = ?",
            collection), "ingest ledger = rows");
        Set<String> originals = strings("SELECT DISTINCT original_path FROM ivoa.obscore WHERE obs_collection = ?"
            + " AND original_path NOT LIKE '/%'", collection);
        assertEquals(originals, files(layout, "originals", collection), "copied originals = rows' original_path");
        assertEquals(0, stagedFiles(layout), "nothing left in staging");
        assertEquals(0, IngestHarness.count("SELECT count(*) FROM archive.pending_file_op WHERE data_dir = ?",
            layout.dataDir().toString()), "no pending file operations");
    }

    public static Set<String> strings(String sql, Object... params) throws SQLException {
        Set<String> values = new HashSet<>();
        for (Object o : IngestHarness.column(sql, params)) {
            values.add((String) o);
        }
        return new TreeSet<>(values);
    }
}
